import type { DiscretePredictor } from '../construction/types.ts';
import { kernelUnchecked } from './kernel.ts';
import { convolutionSpectrum } from './fft/convolution.ts';
import { fastRealFftSize } from './fft/fftSize.ts';
import { realFftPlan } from './fft/plan.ts';
import { requireBatch, splitRows } from './requireBatch.ts';
import { asPredictor } from './asPredictor.ts';
import type { PredictorLike } from './asPredictor.ts';
import { causalConvolve } from './transforms.ts';
import type { StridedBatch } from './types.ts';

/** What the FFT path keeps per predictor: the longest kernel computed so far and its spectra per transform size. */
interface ConvolutionCache {
  K: Float64Array;
  /** real FFT size n -> convolutionSpectrum of K_0..K_{taps-1} zero-padded to n */
  bySize: Map<number, { G: Float64Array; taps: number }>;
}

const caches = new WeakMap<DiscretePredictor, ConvolutionCache>();

function cacheOf(p: DiscretePredictor): ConvolutionCache {
  let c = caches.get(p);
  if (!c) {
    c = { K: new Float64Array(0), bySize: new Map() };
    caches.set(p, c);
  }
  return c;
}

/**
 * K_0..K_{length-1} from the per-predictor cache, computing (with the O(N) LegT step whenever the predictor carries
 * legtFactor, whatever N: the kernel's chains are latency-bound, where the structured step wins from N ~ 8) only
 * when the cached kernel is shorter.
 */
function cachedKernel(p: DiscretePredictor, length: number): Float64Array {
  const c = cacheOf(p);
  if (c.K.length < length) {
    c.K = kernelUnchecked(p, length, p.legtFactor !== undefined);
  }
  return c.K;
}

/**
 * The kernel spectrum (realFft.convolutionSpectrum) at real FFT size n for sequences of length L, cached per
 * (predictor object, n). Only K_0..K_{L-1} are needed (taps j >= L only reach outputs >= L); a cached spectrum of
 * T >= L taps serves L too when L + T - 1 <= n (no circular wrap-around reaches an output < L).
 */
function sizeSpectrum(p: DiscretePredictor, n: number, L: number): Float64Array {
  const c = cacheOf(p);
  const hit = c.bySize.get(n);
  if (hit && hit.taps >= L && L + hit.taps - 1 <= n) return hit.G;
  const K = cachedKernel(p, L);
  const G = convolutionSpectrum(realFftPlan(n), K.length === L ? K : K.subarray(0, L));
  c.bySize.set(n, { G, taps: L });
  return G;
}

/**
 * Whether the FFT path for sequences of length L would find its kernel cached for `predictor` (so the call costs
 * only the convolutions: the O(L N) or O(L N^2) kernel is the expensive part of a first call).
 *
 * @param predictor - a DiscretePredictor
 * @param L - sequence length
 * @returns true when K_0..K_{L-1} are cached
 * @example
 * const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
 * isKernelCached(p, 1000) === false;
 * fftPredict(p, [new Float64Array(1000)]);
 * isKernelCached(p, 1000) === true;
 * @see arXiv:2407.09375
 * @internal
 */
export function isKernelCached(predictor: DiscretePredictor, L: number): boolean {
  return L <= 0 || (caches.get(predictor)?.K.length ?? 0) >= L;
}

/**
 * The real FFT size the FFT path (fftPredict, predictNext's 'fft' mode, the sweep) uses for sequences of length L:
 * the cheapest n = 2m >= 2L - 1 with m even and 5-smooth (fastRealFftSize: the transforms' modelled cost picks e.g.
 * 20480 = 2^12 5 for L = 10^4, where the next power of two is 32768), so that the circular convolution of two
 * length-L sequences equals the linear one on its first L entries.
 *
 * @param L - sequence length, integer >= 0
 * @returns n, a multiple of 4 >= max(4, 2L - 1) whose half is 5-smooth
 * @example fftSizeFor(1000) === 2048; fftSizeFor(10_000) === 20_480
 * @see arXiv:2407.09375
 */
export function fftSizeFor(L: number): number {
  return fastRealFftSize(2 * L - 1);
}

/**
 * Teacher-forced predictions by one causal FFT convolution per sequence (O(L log L), independent of N once the
 * kernel is known):
 *
 *   out[k] = uhat_{k+1} = sum_{j=0..k} K_j u_{k-j} + Dbar u_k,   K_j = Cbar Abar^j Bbar
 *
 * (x_{k+1} = sum_{i<=k} Abar^(k-i) Bbar u_i, so the convolution index is aligned with no shift: K_0 multiplies u_k).
 * Each sequence is convolved with the library's own real FFT (fft/convolution.ts causalConvolveInto, run as
 * WebAssembly SIMD by src/ssm/wasm where available, else in JS; the same bits either way) at the cheapest 5-smooth
 * size n = fftSizeFor(L) (20480 for L = 10^4, where a power of two would need 32768): one forward and one
 * inverse complex transform of size n/2, pruned to the nonzero half of the padded input and the needed half of the
 * output, and one fused per-bin pass; no allocation per sequence besides the result. The kernel (O(L N^2), or
 * O(L N) with the structured LegT step, predictor.legtFactor) and its spectrum are computed once per predictor object
 * and cached in a WeakMap (isKernelCached), so calling this (or predictNext) once per sequence redoes no shared work.
 * With
 * predictor.authorsFirstStep, out[0] = (Cbar/2) x_1 + Dbar u_0 with x_1 = Bbar u_0, as in the scan (see prophecy).
 * Agrees with the scan to rounding (~1e-15 relative to max |uhat| times log n).
 *
 * @param predictor - LTI DiscretePredictor, or any discrete SISO system (asPredictor)
 * @param input - B sequences of length L (array of arrays, or a StridedBatch [B, L])
 * @returns predictions of the same kind as the input (Float64Array[] are views of one [B, L] buffer)
 * @throws RangeError for a time-varying (LegS) predictor or non-finite input (naming the index); TypeError for
 *   ragged or mistyped input or a malformed predictor
 * @example
 * const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
 * const u = Float64Array.from({ length: 1000 }, (_, k) => Math.sin(k / 50));
 * const [out] = fftPredict(p, [u]); // equals scan(p, [u]) to ~1e-14
 * Math.abs(out[500] - scan(p, [u])[0][500]) < 1e-12;
 * @see arXiv:2407.09375, arXiv:2111.00396 (S4 convolution view)
 */
export function fftPredict(predictor: PredictorLike, input: readonly ArrayLike<number>[]): Float64Array[];
export function fftPredict(predictor: PredictorLike, input: StridedBatch): StridedBatch;
export function fftPredict(
  predictor: PredictorLike,
  input: readonly ArrayLike<number>[] | StridedBatch,
): Float64Array[] | StridedBatch {
  const where = 'fftPredict';
  const p = asPredictor(where, predictor);
  const { views, batch, length } = requireBatch(where, 'input', input);
  const data = fftPredictUnchecked(p, views, length, where);
  return Array.isArray(input) ? splitRows(data, batch, length) : { data, batch, length };
}

/**
 * Inputs whose largest magnitude lies outside [2^-SAFE_EXPONENT, 2^SAFE_EXPONENT] are convolved scaled by a power of
 * two (exact in floating point): the transforms' sums of up to n products |K_j| |u_k| would overflow for |u| ~ 1e305
 * (or lose digits to underflow for |u| ~ 1e-305) where the scan, which sums N products per step, is still finite.
 *
 * @internal
 */
export const SAFE_EXPONENT = 600;

/** One causal convolution, with u scaled by an exact power of two when its magnitude is extreme (SAFE_EXPONENT). */
function convolveScaled(...args: Parameters<typeof causalConvolve>): void {
  const [plan, G, u, L, out, offset, Dbar] = args;
  let peak = 0;
  for (let k = 0; k < L; k++) peak = Math.max(peak, Math.abs(u[k]));
  const e = peak > 0 ? Math.round(Math.log2(peak)) : 0;
  if (Math.abs(e) <= SAFE_EXPONENT) {
    causalConvolve(...args);
    return;
  }
  const down = 2 ** -e;
  const scaled = new Float64Array(L);
  for (let k = 0; k < L; k++) scaled[k] = u[k] * down;
  causalConvolve(plan, G, scaled, L, out, offset, Dbar);
  const up = 2 ** e;
  for (let k = 0; k < L; k++) out[offset + k] *= up;
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
  onProgress?: (done: number, total: number) => void,
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
  const plan = realFftPlan(n);
  const G = sizeSpectrum(p, n, L);
  const Dbar = p.Dbar;
  for (let b = 0; b < B; b++) {
    convolveScaled(plan, G, us[b], L, out, b * L, Dbar);
    onProgress?.((b + 1) * L, B * L);
  }
  if (p.authorsFirstStep) {
    // out[0] = (Cbar/2) x_1 + Dbar u_0 with x_1 = Bbar u_0: remove half of the K_0 u_0 term
    let k0 = 0;
    for (let i = 0; i < p.Bbar.length; i++) k0 += p.Cbar[i] * p.Bbar[i];
    for (let b = 0; b < B; b++) out[b * L] = (k0 / 2) * us[b][0] + Dbar * us[b][0];
  }
  return out;
}
