/**
 * The alpha synapse h(t) = t / alpha^2 exp(-t / alpha) (transfer function 1 / (alpha s + 1)^2) as a two-state
 * linear system, and its zero-order-hold discretization (the Filtered Noise of the paper's figure 4).
 *
 * @see arXiv:2407.09375
 */
import { requireFiniteArray, requireOptions, requirePositive } from '../../util/validate.ts';

/**
 * I_j(h) = int_0^h s^j exp(-r s) ds for j = 0, 1, 2, without cancellation for small r h:
 * I_j = j! / r^(j+1) * exp(-x) sum_{i > j} x^i / i!, x = r h.
 *
 * @param j - the power (0, 1 or 2)
 * @param r - decay rate, > 0
 * @param h - upper limit, > 0
 * @returns the integral
 * @example Math.abs(momentIntegral(0, 2, 0.5) - (1 - Math.exp(-1)) / 2) < 1e-15;
 * @see arXiv:2407.09375
 */
export function momentIntegral(j: number, r: number, h: number): number {
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

/** Options of {@link alphaSynapseZoh}. */
export interface AlphaSynapseOptions {
  /** Sample spacing in seconds (the hold time of each input value). @default 1e-3 */
  dt?: number;
  /** Time constant alpha of h(t) = t / alpha^2 exp(-t / alpha), in seconds. @default 0.1 */
  alpha?: number;
}

/**
 * The alpha synapse driven by a piecewise-constant input, discretized exactly by zero-order hold, from rest:
 *
 *   z1' = (w - z1) / alpha,  z2' = (z1 - z2) / alpha,  y = z2   (so Y(s) = W(s) / (alpha s + 1)^2),
 *   z_{k+1} = Ad z_k + Bd w_k,  y_k = z2_k,  z_0 = 0,
 *   Ad = exp(-dt/alpha) [[1, 0], [dt/alpha, 1]],  Bd = (I_0(dt) / alpha, I_1(dt) / alpha^2)  (rate 1/alpha),
 *
 * with w held at w_k on [k dt, (k + 1) dt). So y_k = sum_{j<k} g_{k-j} w_j with g_m = H(m dt) - H((m - 1) dt), the
 * step response H(t) = 1 - (1 + t/alpha) exp(-t/alpha) sampled; y_0 = 0. (The output is read before the input of
 * the same step, the usual y_k = C z_k with D = 0; a one-sample shift changes no statistic after the transient.)
 *
 * @param input - the held input values w_0..w_{L-1}, shape [L]; not modified
 * @param options - `dt` (default 1e-3), `alpha` (default 0.1)
 * @returns y_0..y_{L-1}, shape [L]
 * @throws RangeError when dt or alpha is not finite and > 0 or the input has a non-finite value; TypeError when
 *   the input is not an array of numbers
 * @example
 *   const y = alphaSynapseZoh(Float64Array.of(1, 0, 0), { dt: 0.1, alpha: 0.1 });
 *   const H = (t: number) => 1 - (1 + t / 0.1) * Math.exp(-t / 0.1);
 *   y[0] === 0 && Math.abs(y[1] - H(0.1)) < 1e-15 && Math.abs(y[2] - (H(0.2) - H(0.1))) < 1e-15;
 * @see arXiv:2407.09375 (figure 4, Filtered Noise)
 */
export function alphaSynapseZoh(input: Float64Array, options: AlphaSynapseOptions = {}): Float64Array {
  options = requireOptions('alphaSynapseZoh', options);
  const W = 'alphaSynapseZoh';
  const w = requireFiniteArray(W, 'input', input);
  const dt = requirePositive(W, 'dt', options.dt ?? 1e-3);
  const alpha = requirePositive(W, 'alpha', options.alpha ?? 0.1);
  const e = Math.exp(-dt / alpha);
  const a21 = (e * dt) / alpha;
  const b1 = momentIntegral(0, 1 / alpha, dt) / alpha;
  const b2 = momentIntegral(1, 1 / alpha, dt) / (alpha * alpha);
  const y = new Float64Array(w.length);
  let z1 = 0;
  let z2 = 0;
  for (let k = 0; k < w.length; k++) {
    y[k] = z2;
    const n1 = e * z1 + b1 * w[k];
    z2 = a21 * z1 + e * z2 + b2 * w[k];
    z1 = n1;
  }
  return y;
}
