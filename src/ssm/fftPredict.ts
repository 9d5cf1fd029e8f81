import FFT from 'fft.js';
import type { DiscretePredictor } from '../construction/types.ts';
import { kernelUnchecked } from './kernel.ts';
import { requireBatch, splitRows } from './requireBatch.ts';
import { requirePredictor } from './requirePredictor.ts';
import type { StridedBatch } from './types.ts';

const transforms = new Map<number, FFT>();
const spectra = new WeakMap<DiscretePredictor, Map<number, Float64Array>>();

/**
 * The FFT size used for sequences of length L: the smallest power of two >= max(2, 2L - 1), so that the circular
 * convolution of two length-L sequences equals the linear one on its first L entries.
 *
 * @param L - sequence length, integer >= 0
 * @returns a power of two >= 2
 * @example fftSizeFor(1000) === 2048
 * @see arXiv:2407.09375
 */
export function fftSizeFor(L: number): number {
  let n = 2;
  while (n < 2 * L - 1) n *= 2;
  return n;
}

function transformOf(n: number): FFT {
  let f = transforms.get(n);
  if (!f) {
    f = new FFT(n);
    transforms.set(n, f);
  }
  return f;
}

/** Whether the kernel spectrum of `predictor` at FFT size n is already cached (so the FFT path skips O(n N^2)). */
export function isSpectrumCached(predictor: DiscretePredictor, n: number): boolean {
  return spectra.get(predictor)?.has(n) ?? false;
}

/**
 * The complex spectrum (interleaved re, im; length 2n) of the kernel K_0..K_{n/2} zero-padded to n, cached per
 * (predictor object, n) in a WeakMap, so repeated predictions with one predictor compute the kernel once.
 *
 * One spectrum serves every L with fftSizeFor(L) = n: outputs k < L <= n/2 receive K_j u_i with i + j = k only, since
 * i + j <= (L - 1) + n/2 < n never wraps around; kernel terms j >= L only land on indices >= L.
 *
 * @internal
 */
export function kernelSpectrum(predictor: DiscretePredictor, n: number): Float64Array {
  let byN = spectra.get(predictor);
  if (!byN) {
    byN = new Map();
    spectra.set(predictor, byN);
  }
  let spec = byN.get(n);
  if (!spec) {
    const K = kernelUnchecked(predictor, n / 2 + 1, 'auto');
    const padded = new Float64Array(n);
    padded.set(K.subarray(0, Math.min(n, K.length)));
    spec = new Float64Array(2 * n);
    const f = transformOf(n);
    f.realTransform(spec, padded);
    f.completeSpectrum(spec);
    byN.set(n, spec);
  }
  return spec;
}

/**
 * Teacher-forced predictions by one causal FFT convolution per sequence (O(L log L), independent of N once the
 * kernel is known):
 *
 *   out[k] = uhat_{k+1} = sum_{j=0..k} K_j u_{k-j} + Dbar u_k,   K_j = Cbar Abar^j Bbar
 *
 * (x_{k+1} = sum_{i<=k} Abar^(k-i) Bbar u_i, so the convolution index is aligned with no shift: K_0 multiplies u_k).
 * Uses fft.js (radix-4, power-of-two sizes, see fftSizeFor). Two real sequences share one complex transform
 * (u_a + i u_b: the kernel is real, so the real and imaginary parts of the inverse are the two convolutions); the
 * kernel spectrum is computed once per (predictor, FFT size) and cached (kernelSpectrum). With
 * predictor.authorsFirstStep, out[0] = (Cbar/2) x_1 + Dbar u_0 with x_1 = Bbar u_0, as in the scan (see prophecy).
 * Agrees with the scan to rounding (~1e-15 relative to max |uhat| times log n).
 *
 * @param predictor - LTI DiscretePredictor
 * @param input - B sequences of length L (array of arrays, or a StridedBatch [B, L])
 * @returns predictions of the same kind as the input (Float64Array[] are views of one [B, L] buffer)
 * @throws RangeError for a time-varying (LegS) predictor or non-finite input (naming the index); TypeError for
 *   ragged or mistyped input or a malformed predictor
 * @example const [out] = fftPredict(p, [u]); // equals scan(p, [u]) to ~1e-14
 * @see arXiv:2407.09375, arXiv:2111.00396 (S4 convolution view)
 */
export function fftPredict(predictor: DiscretePredictor, input: readonly ArrayLike<number>[]): Float64Array[];
export function fftPredict(predictor: DiscretePredictor, input: StridedBatch): StridedBatch;
export function fftPredict(
  predictor: DiscretePredictor,
  input: readonly ArrayLike<number>[] | StridedBatch,
): Float64Array[] | StridedBatch {
  const where = 'fftPredict';
  const p = requirePredictor(where, predictor);
  const { views, batch, length } = requireBatch(where, 'input', input);
  const data = fftPredictUnchecked(p, views, length, where);
  return Array.isArray(input) ? splitRows(data, batch, length) : { data, batch, length };
}

/**
 * fftPredict on validated input; returns the [B, L] row-major predictions.
 *
 * @internal shared with predictNext
 */
export function fftPredictUnchecked(
  p: DiscretePredictor,
  us: readonly Float64Array[],
  L: number,
  where: string,
): Float64Array {
  if (p.op.timeVarying) {
    throw new RangeError(
      `${where}: the FFT path needs a time-invariant predictor; ${p.op.measure} is time-varying (use mode 'scan')`,
    );
  }
  const B = us.length;
  const out = new Float64Array(B * L);
  if (B === 0 || L === 0) return out;
  const n = fftSizeFor(L);
  const spec = kernelSpectrum(p, n);
  const f = transformOf(n);
  const buf = new Float64Array(2 * n);
  const freq = new Float64Array(2 * n);
  const res = new Float64Array(2 * n);
  const Dbar = p.Dbar;
  for (let b = 0; b < B; b += 2) {
    const ua = us[b];
    const ub = b + 1 < B ? us[b + 1] : null;
    buf.fill(0);
    for (let k = 0; k < L; k++) buf[2 * k] = ua[k];
    if (ub) for (let k = 0; k < L; k++) buf[2 * k + 1] = ub[k];
    f.transform(freq, buf);
    for (let i = 0; i < 2 * n; i += 2) {
      const re = freq[i];
      const im = freq[i + 1];
      const kr = spec[i];
      const ki = spec[i + 1];
      freq[i] = re * kr - im * ki;
      freq[i + 1] = re * ki + im * kr;
    }
    f.inverseTransform(res, freq);
    const oa = b * L;
    for (let k = 0; k < L; k++) out[oa + k] = res[2 * k] + Dbar * ua[k];
    if (ub) {
      const ob = oa + L;
      for (let k = 0; k < L; k++) out[ob + k] = res[2 * k + 1] + Dbar * ub[k];
    }
  }
  if (p.authorsFirstStep) {
    // out[0] = (Cbar/2) x_1 + Dbar u_0 with x_1 = Bbar u_0: remove half of the K_0 u_0 term
    let k0 = 0;
    for (let i = 0; i < p.Bbar.length; i++) k0 += p.Cbar[i] * p.Bbar[i];
    for (let b = 0; b < B; b++) out[b * L] = (k0 / 2) * us[b][0] + Dbar * us[b][0];
  }
  return out;
}
