/**
 * The classical fixed-step fourth-order Runge-Kutta method.
 *
 * @see arXiv:2407.09375
 */
import { requireOptions, requirePositive } from '../../util/validate.ts';
import { allFinite, checkState, checkTimes } from './checkTimes.ts';
import { OdeSolverError } from './odeSolverError.ts';
import type { OdeRhs, OdeSolution } from './types.ts';

/** Options of {@link rk4}. */
export interface Rk4Options {
  /**
   * Largest step size. Each interval [t_k, t_{k+1}] between output times is split into
   * m = ceil((t_{k+1} - t_k) / maxStep) equal steps, so every output time is hit exactly.
   * @default the spacing of the output times (one step per output interval)
   */
  maxStep?: number;
}

/**
 * Solves y' = f(t, y), y(times[0]) = y0 with the classical RK4 scheme
 *
 *   k1 = f(t, y), k2 = f(t + h/2, y + h/2 k1), k3 = f(t + h/2, y + h/2 k2), k4 = f(t + h, y + h k3),
 *   y <- y + h/6 (k1 + 2 k2 + 2 k3 + k4)            (global error O(h^4)).
 *
 * @param f - right-hand side, writes f(t, y) into its third argument
 * @param y0 - initial state, shape [n]
 * @param times - strictly increasing output times, shape [K]; times[0] is the initial time
 * @param options - see {@link Rk4Options}
 * @returns the solution at `times`, one Float64Array of length K per component
 * @throws RangeError for bad times, state or maxStep; OdeSolverError (with t and h) when the state becomes
 *   non-finite
 * @example rk4((t, y, d) => { d[0] = -y[0]; }, [1], [0, 1], { maxStep: 0.01 }).y[0][1] // ~ exp(-1)
 * @see arXiv:2407.09375
 */
export function rk4(
  f: OdeRhs,
  y0: ArrayLike<number>,
  times: ArrayLike<number>,
  options: Rk4Options = {},
): OdeSolution {
  options = requireOptions('rk4', options);
  const t = checkTimes('rk4', times);
  const y = checkState('rk4', y0);
  const maxStep =
    options.maxStep === undefined ? Infinity : requirePositive('rk4', 'options.maxStep', options.maxStep);
  const n = y.length;
  const K = t.length;
  const out: Float64Array[] = [];
  for (let c = 0; c < n; c++) {
    out.push(new Float64Array(K));
    out[c][0] = y[c];
  }
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const k3 = new Float64Array(n);
  const k4 = new Float64Array(n);
  const tmp = new Float64Array(n);
  let steps = 0;
  for (let k = 1; k < K; k++) {
    const span = t[k] - t[k - 1];
    const m = Number.isFinite(maxStep) ? Math.max(1, Math.ceil(span / maxStep - 1e-9)) : 1;
    const h = span / m;
    for (let j = 0; j < m; j++) {
      // Recompute the time from the interval start so that rounding does not accumulate.
      const tj = j === 0 ? t[k - 1] : t[k - 1] + j * h;
      f(tj, y, k1);
      for (let i = 0; i < n; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
      f(tj + 0.5 * h, tmp, k2);
      for (let i = 0; i < n; i++) tmp[i] = y[i] + 0.5 * h * k2[i];
      f(tj + 0.5 * h, tmp, k3);
      for (let i = 0; i < n; i++) tmp[i] = y[i] + h * k3[i];
      f(j === m - 1 ? t[k] : tj + h, tmp, k4);
      for (let i = 0; i < n; i++) y[i] += (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
      steps++;
      if (!allFinite(y)) throw new OdeSolverError('rk4', 'non-finite state', tj + h, h);
    }
    for (let c = 0; c < n; c++) out[c][k] = y[c];
  }
  return { t: Float64Array.from(t), y: out, stats: { steps, rejected: 0, evaluations: 4 * steps } };
}
