/**
 * A delay-differential-equation integrator for y'(t) = f(t, y(t), y(t - tau)) with one constant delay: the method
 * of steps with classical RK4 on a grid whose step divides tau, and cubic Hermite interpolation of the computed
 * history for the delayed values (needed at half steps) and for the outputs.
 *
 * @see arXiv:2407.09375
 */
import { requireFiniteArray, requireOptions, requirePositive } from '../../util/validate.ts';
import { allFinite, checkTimes } from './checkTimes.ts';
import { OdeSolverError } from './odeSolverError.ts';
import type { DdeRhs, OdeSolution } from './types.ts';

/** Options of {@link solveDde}. */
export interface DdeOptions {
  /**
   * Largest step. The step used is h = tau / m with m = ceil(tau / maxStep), so that the delay is a whole number
   * of steps: delayed stage values then fall on grid points or exact midpoints, and the derivative jumps that a
   * history propagates (at t0 + j tau) sit on grid points, which keeps the scheme fourth order.
   * @default min(smallest output spacing, tau / 10)
   */
  maxStep?: number;
}

/** The initial function phi(t) for t <= t0: a constant state or a function returning phi(t). */
export type DdeHistory = ArrayLike<number> | ((t: number) => ArrayLike<number>);

/**
 * Solves y'(t) = f(t, y(t), y(t - tau)) for t >= times[0], with y(t) = phi(t) for t <= times[0].
 *
 * Grid t_j = t0 + j h, h = tau / m. RK4 stage c in {0, 1/2, 1} of step j needs y(t_j + c h - tau), i.e. the point
 * j - m + c of the grid: history when it is <= 0, else the stored y at a grid point or the Hermite midpoint
 * (y_i + y_{i+1}) / 2 + h (f_i - f_{i+1}) / 8 (interpolation error O(h^4), so the global error stays O(h^4)).
 * Outputs between grid points use the same cubic Hermite interpolant.
 *
 * @param f - right-hand side f(t, y, yDelayed, dydt)
 * @param history - phi(t) for t <= times[0], a constant vector of shape [n] or a function
 * @param tau - the delay (> 0)
 * @param times - strictly increasing output times, shape [K]; times[0] is the initial time t0, y(t0) = phi(t0)
 * @param options - see {@link DdeOptions}
 * @returns the solution at `times`, one Float64Array of length K per component
 * @throws RangeError for bad arguments; OdeSolverError (with t and h) when the state becomes non-finite
 * @example solveDde((t, y, yd, d) => { d[0] = -yd[0]; }, [1], 1, [0, 1]).y[0][1] // 0 (exactly 1 - t on [0, 1])
 * @see arXiv:2407.09375
 */
export function solveDde(
  f: DdeRhs,
  history: DdeHistory,
  tau: number,
  times: ArrayLike<number>,
  options: DdeOptions = {},
): OdeSolution {
  options = requireOptions('solveDde', options);
  const W = 'solveDde';
  const tOut = checkTimes(W, times);
  requirePositive(W, 'tau', tau);
  const t0 = tOut[0];
  const K = tOut.length;
  const first = requireFiniteArray(W, 'history(t0)', typeof history === 'function' ? history(t0) : history);
  const n = first.length;
  if (n < 1) throw new RangeError(`${W}: history must have at least one component, got an empty array`);
  const constant = Float64Array.from(first);
  const phi = (t: number, out: Float64Array): void => {
    if (typeof history !== 'function') {
      out.set(constant);
      return;
    }
    const v = history(t);
    if (v.length !== n) throw new TypeError(`${W}: history(${t}) has length ${v.length}, expected ${n}`);
    for (let c = 0; c < n; c++) out[c] = v[c];
  };
  let spacing = tau / 10;
  for (let k = 1; k < K; k++) spacing = Math.min(spacing, tOut[k] - tOut[k - 1]);
  const maxStep =
    options.maxStep === undefined ? spacing : requirePositive(W, 'options.maxStep', options.maxStep);
  const m = Math.max(1, Math.ceil(tau / maxStep - 1e-9));
  const h = tau / m;
  const J = Math.max(1, Math.ceil((tOut[K - 1] - t0) / h - 1e-9));
  const Y = new Float64Array((J + 1) * n);
  const F = new Float64Array((J + 1) * n);
  const y = new Float64Array(n);
  phi(t0, y);
  if (!allFinite(y)) throw new OdeSolverError(W, 'non-finite history value', t0, h);
  Y.set(y, 0);
  const yd = new Float64Array(n);
  const tmp = new Float64Array(n);
  const k1 = new Float64Array(n),
    k2 = new Float64Array(n),
    k3 = new Float64Array(n),
    k4 = new Float64Array(n);
  // Delayed state at grid position p = j - m + c (c in {0, 1/2, 1}), written into yd.
  const delayed = (pos: number): Float64Array => {
    if (pos <= 0) {
      phi(t0 + pos * h, yd);
      return yd;
    }
    const i = Math.floor(pos);
    if (pos === i) {
      for (let c = 0; c < n; c++) yd[c] = Y[i * n + c];
    } else {
      for (let c = 0; c < n; c++) {
        yd[c] = 0.5 * (Y[i * n + c] + Y[(i + 1) * n + c]) + (h / 8) * (F[i * n + c] - F[(i + 1) * n + c]);
      }
    }
    return yd;
  };
  for (let j = 0; j < J; j++) {
    const tj = t0 + j * h;
    for (let c = 0; c < n; c++) y[c] = Y[j * n + c];
    f(tj, y, delayed(j - m), k1);
    F.set(k1, j * n);
    for (let c = 0; c < n; c++) tmp[c] = y[c] + 0.5 * h * k1[c];
    const mid = delayed(j - m + 0.5);
    f(tj + 0.5 * h, tmp, mid, k2);
    for (let c = 0; c < n; c++) tmp[c] = y[c] + 0.5 * h * k2[c];
    f(tj + 0.5 * h, tmp, delayed(j - m + 0.5), k3);
    for (let c = 0; c < n; c++) tmp[c] = y[c] + h * k3[c];
    f(tj + h, tmp, delayed(j - m + 1), k4);
    for (let c = 0; c < n; c++) Y[(j + 1) * n + c] = y[c] + (h / 6) * (k1[c] + 2 * k2[c] + 2 * k3[c] + k4[c]);
    if (!allFinite(Y.subarray((j + 1) * n, (j + 2) * n)))
      throw new OdeSolverError(W, 'non-finite state', tj + h, h);
  }
  // Derivative at the last grid point, for the Hermite interpolant of the final interval.
  for (let c = 0; c < n; c++) y[c] = Y[J * n + c];
  f(t0 + J * h, y, delayed(J - m), k1);
  F.set(k1, J * n);
  const out: Float64Array[] = [];
  for (let c = 0; c < n; c++) out.push(new Float64Array(K));
  for (let k = 0; k < K; k++) {
    const pos = (tOut[k] - t0) / h;
    const i = Math.min(J - 1, Math.max(0, Math.floor(pos)));
    const s = pos - i;
    // Cubic Hermite basis on [t_i, t_i+1].
    const h00 = (1 + 2 * s) * (1 - s) * (1 - s);
    const h10 = s * (1 - s) * (1 - s);
    const h01 = s * s * (3 - 2 * s);
    const h11 = s * s * (s - 1);
    for (let c = 0; c < n; c++) {
      out[c][k] =
        h00 * Y[i * n + c] + h10 * h * F[i * n + c] + h01 * Y[(i + 1) * n + c] + h11 * h * F[(i + 1) * n + c];
    }
  }
  return { t: Float64Array.from(tOut), y: out, stats: { steps: J, rejected: 0, evaluations: 4 * J + 1 } };
}
