/**
 * Gaussian white noise filtered by an alpha synapse (the Filtered Noise of the paper's figure 4).
 *
 * @see arXiv:2407.09375
 */
import { requireInteger, requirePositive } from '../../util/validate.ts';
import type { Random } from '../random.ts';

/** Options of {@link filteredNoise}. */
export interface FilteredNoiseOptions {
  /** Number of samples L. @default 10000 */
  length?: number;
  /** Sample spacing in seconds. @default 1e-3 */
  dt?: number;
  /** Time constant alpha of the synapse h(t) = t / alpha^2 exp(-t / alpha), in seconds. Paper: 0.05, 0.1, 0.3. @default 0.1 */
  alpha?: number;
}

/**
 * I_j(h) = int_0^h s^j exp(-r s) ds for j = 0, 1, 2, without cancellation for small r h.
 * I_j = j! / r^(j+1) * exp(-x) sum_{i > j} x^i / i!, x = r h.
 */
function momentIntegral(j: number, r: number, h: number): number {
  const x = r * h;
  let fact = 1;
  for (let i = 2; i <= j; i++) fact *= i;
  let tail: number;
  if (x < 1) {
    // exp(-x) sum_{i=j+1}^{inf} x^i / i!
    let term = 1;
    for (let i = 1; i <= j + 1; i++) term *= x / i;
    let sum = 0;
    for (let i = j + 1; i < j + 40 && term > 1e-18 * sum; i++) {
      sum += term;
      term *= x / (i + 1);
    }
    tail = Math.exp(-x) * sum;
  } else {
    let partial = 0;
    let term = 1;
    for (let i = 0; i <= j; i++) {
      partial += term;
      term *= x / (i + 1);
    }
    tail = 1 - Math.exp(-x) * partial;
  }
  return (fact / Math.pow(r, j + 1)) * tail;
}

/**
 * Samples of y = h * w, w unit-intensity Gaussian white noise, h(t) = t / alpha^2 exp(-t / alpha), exactly.
 *
 * The alpha synapse is two identical first-order lowpasses in series, a linear SDE with state z = (z1, z2):
 *   dz1 = (-z1 dt + dW) / alpha,   dz2 = (z1 - z2) dt / alpha,   y = z2.
 * It is sampled exactly: z_{k+1} = Phi z_k + chol(Q) xi_k, xi_k ~ N(0, I_2), with
 * Phi = exp(-dt / alpha) [[1, 0], [dt / alpha, 1]] and Q = int_0^dt e^{A s} b b^T e^{A^T s} ds
 * (Q11 = I_0 / alpha^2, Q12 = I_1 / alpha^3, Q22 = I_2 / alpha^4, I_j = int_0^dt s^j e^{-2 s / alpha} ds),
 * starting from the stationary law N(0, [[1 / (2 alpha), 1 / (4 alpha)], [1 / (4 alpha), 1 / (4 alpha)]]).
 * So the output is stationary from the first sample (no start-up transient, unlike filtering from rest), with
 * variance 1 / (4 alpha) and autocorrelation rho(tau) = (1 + |tau| / alpha) exp(-|tau| / alpha).
 *
 * @param options - see {@link FilteredNoiseOptions}
 * @param random - the seeded stream (two normals per sample plus two for the initial state)
 * @returns the samples y_0..y_{L-1}, shape [L] (minmax scaling is applied by `generate`)
 * @throws RangeError when length < 1, dt <= 0 or alpha <= 0
 * @example filteredNoise({ alpha: 0.05 }, createRandom(0))
 * @see arXiv:2407.09375
 */
export function filteredNoise(options: FilteredNoiseOptions, random: Random): Float64Array {
  const W = 'filteredNoise';
  const L = requireInteger(W, 'length', options.length ?? 10000, 1);
  const dt = requirePositive(W, 'dt', options.dt ?? 1e-3);
  const alpha = requirePositive(W, 'alpha', options.alpha ?? 0.1);
  const e = Math.exp(-dt / alpha);
  const p11 = e;
  const p21 = (e * dt) / alpha;
  const p22 = e;
  const r = 2 / alpha;
  const q11 = momentIntegral(0, r, dt) / (alpha * alpha);
  const q12 = momentIntegral(1, r, dt) / (alpha * alpha * alpha);
  const q22 = momentIntegral(2, r, dt) / (alpha * alpha * alpha * alpha);
  const l11 = Math.sqrt(q11);
  const l21 = q12 / l11;
  const l22 = Math.sqrt(Math.max(0, q22 - l21 * l21));
  // Stationary initial state.
  const s11 = 1 / (2 * alpha);
  const s21 = 1 / (4 * alpha);
  const s22 = 1 / (4 * alpha);
  const c11 = Math.sqrt(s11);
  const c21 = s21 / c11;
  const c22 = Math.sqrt(Math.max(0, s22 - c21 * c21));
  const a = random.normal();
  const b = random.normal();
  let z1 = c11 * a;
  let z2 = c21 * a + c22 * b;
  const y = new Float64Array(L);
  y[0] = z2;
  for (let k = 1; k < L; k++) {
    const u = random.normal();
    const v = random.normal();
    const n1 = p11 * z1 + l11 * u;
    const n2 = p21 * z1 + p22 * z2 + l21 * u + l22 * v;
    z1 = n1;
    z2 = n2;
    y[k] = z2;
  }
  return y;
}
