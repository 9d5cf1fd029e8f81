import type * as TF from '@tensorflow/tfjs';
import FFT from 'fft.js';
import { tf } from './backend.ts';

const transforms = new Map<number, FFT>();

function transformOf(n: number): FFT {
  let f = transforms.get(n);
  if (f === undefined) {
    f = new FFT(n);
    transforms.set(n, f);
  }
  return f;
}

/**
 * The FFT size used for outputs k < `to`: the smallest power of two n >= 2 to, so that the circular convolution and
 * correlation of sequences supported on [0, to) never wrap onto [0, to).
 *
 * @param to - one past the last output position (integer >= 1)
 * @returns n, a power of two >= max(2, 2 to)
 * @throws RangeError when `to` is not an integer >= 1
 * @example causalConvFftSize(1000) // 2048
 */
export function causalConvFftSize(to: number): number {
  if (!Number.isInteger(to) || to < 1)
    throw new RangeError(`causalConvFftSize: to must be an integer >= 1, got ${to}`);
  let n = 2;
  while (n < 2 * to) n *= 2;
  return n;
}

/**
 * The complex spectrum U = FFT(u[0..to) zero-padded to n = causalConvFftSize(to)) of one input sequence, interleaved
 * (re, im), in float64. Inputs are data (not trained), so callers may compute this once per sequence and reuse it.
 *
 * @param u - the sequence, length >= to
 * @param to - number of leading samples used
 * @returns U, shape [2 n]
 * @throws RangeError when u is shorter than `to`
 * @example inputSpectrum(Float64Array.of(1, 0), 2) // the flat spectrum of an impulse, n = 4
 * @see arXiv:2407.09375
 */
export function inputSpectrum(u: ArrayLike<number>, to: number): Float64Array {
  const n = causalConvFftSize(to);
  if (u.length < to) throw new RangeError(`inputSpectrum: u needs >= ${to} samples, got ${u.length}`);
  const padded = new Float64Array(n);
  for (let k = 0; k < to; k++) padded[k] = u[k];
  const out = new Float64Array(2 * n);
  const f = transformOf(n);
  f.realTransform(out, padded);
  f.completeSpectrum(out);
  return out;
}

/**
 * The causal convolution y[b, k] = sum_{i <= k} K[k - i] u_b[i] for k in [from, to), by FFT in float64, as a tfjs op
 * whose gradient with respect to the kernel is the correlation
 *
 *   dL/dK[j] = sum_b sum_{k in [from, to)} g[b, k] u_b[k - j]   (g = dL/dy),   i.e. IFFT(sum_b G_b conj(U_b)).
 *
 * The inputs u_b are data, given by their spectra (inputSpectrum), and receive no gradient. Two real rows share each
 * complex transform (real and imaginary parts), so a step costs about B transforms of size n (forward) plus B
 * (backward), O(B n log n), against O(B L^2) for the Toeplitz product of causalConv. Only K[0..to) is read; taps
 * beyond get a zero gradient.
 *
 * @param spectra - B input spectra, each of shape [2 n] with n = causalConvFftSize(to)
 * @param K - kernel, shape [>= to]
 * @param from - first output position
 * @param to - one past the last output position
 * @returns y, shape [B, to - from] (float32)
 * @throws RangeError when 0 <= from < to does not hold, K is shorter than `to` or a spectrum has the wrong size
 * @example
 *   import { tf } from './backend.ts';
 *   import { causalConv } from './causalConv.ts';
 *   const K = tf.tensor1d([1, 1, 0]); // y[k] = u[k] + u[k - 1]
 *   const y = fftCausalConv([inputSpectrum([1, 2, 3], 3)], K, 0, 3).dataSync(); // [1, 3, 5]
 *   [1, 3, 5].every((v, k) => Math.abs(y[k] - v) < 1e-6);
 *   // the same as the Toeplitz product of causalConv
 *   const z = causalConv(tf.tensor2d([[1, 2, 3]]), K).dataSync();
 *   y.every((v, k) => Math.abs(v - z[k]) < 1e-6);
 * @see arXiv:2407.09375
 */
export function fftCausalConv(
  spectra: readonly Float64Array[],
  K: TF.Tensor1D,
  from: number,
  to: number,
): TF.Tensor2D {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to)) {
    throw new RangeError(`fftCausalConv: need integers 0 <= from < to, got from = ${from}, to = ${to}`);
  }
  const taps = K.shape[0];
  if (taps < to) throw new RangeError(`fftCausalConv: K must have >= ${to} taps, got ${taps}`);
  const n = causalConvFftSize(to);
  const B = spectra.length;
  spectra.forEach((s, b) => {
    if (s.length !== 2 * n)
      throw new RangeError(`fftCausalConv: spectra[${b}] must have length ${2 * n}, got ${s.length}`);
  });
  const R = to - from;
  const f = transformOf(n);
  const op = tf.customGrad((...inputs: (TF.Tensor | TF.GradSaveFunc)[]) => {
    const k32 = (inputs[0] as TF.Tensor).dataSync();
    const padded = new Float64Array(n);
    for (let j = 0; j < to; j++) padded[j] = k32[j];
    const KS = new Float64Array(2 * n);
    f.realTransform(KS, padded);
    f.completeSpectrum(KS);
    const y = new Float32Array(B * R);
    const buf = new Float64Array(2 * n);
    const out = new Float64Array(2 * n);
    for (let a = 0; a < B; a += 2) {
      const Ua = spectra[a];
      const Ub = a + 1 < B ? spectra[a + 1] : undefined;
      // Z = Ua K + i Ub K: the inverse transform has y_a in its real and y_b in its imaginary part
      for (let m = 0; m < 2 * n; m += 2) {
        const kr = KS[m];
        const ki = KS[m + 1];
        let zr = Ua[m] * kr - Ua[m + 1] * ki;
        let zi = Ua[m] * ki + Ua[m + 1] * kr;
        if (Ub !== undefined) {
          zr -= Ub[m] * ki + Ub[m + 1] * kr;
          zi += Ub[m] * kr - Ub[m + 1] * ki;
        }
        buf[m] = zr;
        buf[m + 1] = zi;
      }
      f.inverseTransform(out, buf);
      for (let k = from; k < to; k++) {
        y[a * R + k - from] = out[2 * k];
        if (Ub !== undefined) y[(a + 1) * R + k - from] = out[2 * k + 1];
      }
    }
    const value = tf.tensor2d(y, [B, R]);
    const gradFunc = (dy: TF.Tensor): TF.Tensor[] => {
      const g = dy.dataSync();
      const acc = new Float64Array(2 * n);
      for (let a = 0; a < B; a += 2) {
        const Ua = spectra[a];
        const Ub = a + 1 < B ? spectra[a + 1] : undefined;
        buf.fill(0);
        for (let k = from; k < to; k++) {
          buf[2 * k] = g[a * R + k - from];
          if (Ub !== undefined) buf[2 * k + 1] = g[(a + 1) * R + k - from];
        }
        f.transform(out, buf);
        // Z = Ga + i Gb with Ga, Gb spectra of real sequences: Ga[m] = (Z[m] + conj Z[-m]) / 2,
        // Gb[m] = (Z[m] - conj Z[-m]) / (2i); accumulate Ga conj(Ua) + Gb conj(Ub)
        for (let m = 0; m < n; m++) {
          const p = 2 * m;
          const q = 2 * ((n - m) % n);
          const zr = out[p];
          const zi = out[p + 1];
          const wr = out[q];
          const wi = -out[q + 1];
          const gar = (zr + wr) / 2;
          const gai = (zi + wi) / 2;
          acc[p] += gar * Ua[p] + gai * Ua[p + 1];
          acc[p + 1] += gai * Ua[p] - gar * Ua[p + 1];
          if (Ub !== undefined) {
            // (Z - conj Z[-m]) / (2i) = (im, -re) / 2 of the difference
            const gbr = (zi - wi) / 2;
            const gbi = -(zr - wr) / 2;
            acc[p] += gbr * Ub[p] + gbi * Ub[p + 1];
            acc[p + 1] += gbi * Ub[p] - gbr * Ub[p + 1];
          }
        }
      }
      f.inverseTransform(out, acc);
      const dK = new Float32Array(taps);
      for (let j = 0; j < to; j++) dK[j] = out[2 * j];
      return [tf.tensor1d(dK)];
    };
    return { value, gradFunc };
  });
  return op(K) as TF.Tensor2D;
}
