/**
 * Gaussian white noise filtered by an alpha synapse (the Filtered Noise of the paper's figure 4).
 *
 * @see arXiv:2407.09375
 */
import { requireInteger, requireOneOf, requirePositive } from '../../util/validate.ts';
import type { Random } from '../random.ts';
import { alphaSynapseZoh, momentIntegral } from './alphaSynapse.ts';

/** The sampling conventions of {@link filteredNoise}. */
export const FILTERED_NOISE_CONVENTIONS = Object.freeze(['stationary', 'nengo'] as const);

/** Options of {@link filteredNoise}. */
export interface FilteredNoiseOptions {
  /** Number of samples L. @default 10000 */
  length?: number;
  /** Sample spacing in seconds. @default 1e-3 */
  dt?: number;
  /** Time constant alpha of the synapse h(t) = t / alpha^2 exp(-t / alpha), in seconds. Paper: 0.05, 0.1, 0.3. @default 0.1 */
  alpha?: number;
  /**
   * 'stationary': unit-intensity white noise through the synapse, sampled exactly, stationary from the first
   * sample. 'nengo': the convention of nengo's FilteredNoise(synapse=Alpha(alpha)) with its defaults, as the
   * authors' code draws it: w_k ~ N(0, 1) / sqrt(dt) held over each step, the synapse discretized by zero-order
   * hold, from rest (y_0 = 0, a transient of a few alpha). Both have the stationary variance ~1 / (4 alpha).
   * @default 'stationary'
   */
  convention?: (typeof FILTERED_NOISE_CONVENTIONS)[number];
}

/**
 * Samples of y = h * w, w unit-intensity Gaussian white noise, h(t) = t / alpha^2 exp(-t / alpha).
 *
 * Convention 'stationary' (default): sampled exactly. *
 * The alpha synapse is two identical first-order lowpasses in series, a linear SDE with state z = (z1, z2):
 *   dz1 = (-z1 dt + dW) / alpha,   dz2 = (z1 - z2) dt / alpha,   y = z2.
 * It is sampled exactly: z_{k+1} = Phi z_k + chol(Q) xi_k, xi_k ~ N(0, I_2), with
 * Phi = exp(-dt / alpha) [[1, 0], [dt / alpha, 1]] and Q = int_0^dt e^{A s} b b^T e^{A^T s} ds
 * (Q11 = I_0 / alpha^2, Q12 = I_1 / alpha^3, Q22 = I_2 / alpha^4, I_j = int_0^dt s^j e^{-2 s / alpha} ds),
 * starting from the stationary law N(0, [[1 / (2 alpha), 1 / (4 alpha)], [1 / (4 alpha), 1 / (4 alpha)]]).
 * So the output is stationary from the first sample (no start-up transient, unlike filtering from rest), with
 * variance 1 / (4 alpha) and autocorrelation rho(tau) = (1 + |tau| / alpha) exp(-|tau| / alpha).
 *
 * Convention 'nengo' (nengo's FilteredNoise with Alpha(alpha), Gaussian(0, 1), scale=True, run for L steps):
 * y = alphaSynapseZoh(w) with w_k = xi_k / sqrt(dt), xi_k ~ N(0, 1) held over [k dt, (k + 1) dt), from rest. Its
 * variance at step k is (1 / dt) sum_{m=1..k} g_m^2 (g_m the sampled response to a unit held pulse, see
 * alphaSynapseZoh), which rises from 0 and tends to 1 / (4 alpha) (1 + O(dt / alpha)). Whether the figure's signals
 * are then min-max scaled is `generate`'s `scale` option (the authors' function-approximation script does not scale).
 *
 * @param options - see {@link FilteredNoiseOptions}
 * @param random - the seeded stream (stationary: two normals per sample plus two for the initial state; nengo: one
 *   normal per sample)
 * @returns the samples y_0..y_{L-1}, shape [L] (minmax scaling is applied by `generate`)
 * @throws RangeError when length < 1, dt <= 0, alpha <= 0 or the convention is unknown
 * @example
 *   filteredNoise({ alpha: 0.05 }, createRandom(0)); // stationary
 *   filteredNoise({ alpha: 0.05, convention: 'nengo' }, createRandom(0))[0] === 0; // from rest
 * @see arXiv:2407.09375
 */
export function filteredNoise(options: FilteredNoiseOptions, random: Random): Float64Array {
  const W = 'filteredNoise';
  const L = requireInteger(W, 'length', options.length ?? 10000, 1);
  const dt = requirePositive(W, 'dt', options.dt ?? 1e-3);
  const alpha = requirePositive(W, 'alpha', options.alpha ?? 0.1);
  const convention = requireOneOf(
    W,
    'convention',
    options.convention ?? 'stationary',
    FILTERED_NOISE_CONVENTIONS,
  );
  if (convention === 'nengo') {
    const w = new Float64Array(L);
    const scale = 1 / Math.sqrt(dt);
    for (let k = 0; k < L; k++) w[k] = scale * random.normal();
    return alphaSynapseZoh(w, { dt, alpha });
  }
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
