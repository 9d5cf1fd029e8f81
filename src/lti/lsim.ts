import type { Matrix } from '../linalg/matrix.ts';
import { expm } from '../linalg/expm.ts';
import { matvec } from '../linalg/matmul.ts';
import { sub } from '../linalg/elementwise.ts';
import { requireFiniteArray, requireOptions } from '../util/validate.ts';
import { fohMatrices, zohMatrices } from './holdMatrices.ts';
import { requireSystem } from './requireSystem.ts';
import { requireInitialState, requireSignal } from './signal.ts';
import { simulate } from './simulate.ts';
import type { SignalInput } from './types.ts';

/** Options of {@link lsim}. */
export interface LsimOptions {
  /** the state at time 0 (not at t[0]: see lsim), shape [N]; @default zeros */
  x0?: ArrayLike<number>;
  /** true: the input is linear between samples (first-order hold); false: constant (zero-order hold); @default true */
  interp?: boolean;
  /** also return the states x(t_k) (scipy's xout); @default true */
  states?: boolean;
}

/** The simulation of a continuous system by {@link lsim} (frozen). */
export interface LsimResult {
  /** the sample times (a copy of t), shape [L] */
  readonly t: Float64Array;
  /** outputs y(t_k) as rows, shape [L, P] */
  readonly y: Matrix;
  /** states x(t_k) as rows, shape [L, N]; null with states: false */
  readonly x: Matrix | null;
}

/** Relative tolerance on the spacing of t: |t_{k+1} - t_k - h| <= SPACING_RTOL h with h = t_1 - t_0. */
const SPACING_RTOL = 1e-6;

/**
 * Simulates a continuous system on equally spaced sample times, with scipy.signal.lsim's semantics:
 *
 *   x' = A x + B u(t),   y = C x + D u,   x(0) = x0,
 *
 * exact (up to the matrix exponentials) for the input scipy assumes between the samples u_k = u(t_k):
 * - `interp: true` (the default, as in scipy): u linear between samples, so with h = t_1 - t_0
 *   x_{k+1} = Phi x_k + Gamma1 u_k + Gamma2 (u_{k+1} - u_k) (Phi = e^{hA}, Gamma1, Gamma2 as in cont2discrete 'foh');
 * - `interp: false`: u held constant on [t_k, t_{k+1}) (zero-order hold), x_{k+1} = Phi x_k + Gamma u_k.
 * As in scipy, x0 is the state at time 0: the system runs unforced from 0 to t[0] (x(t_0) = e^{t_0 A} x0) and the
 * input acts from t[0] on; the outputs are y_k = C x(t_k) + D u_k.
 *
 * @param sys - continuous system (ss or { A, B, C, D } without dt), A [N, N], B [N, M], C [P, N], D [P, M]
 * @param u - the input at the times t: flat [L] (M = 1) or Matrix [L, M]; null for a zero input
 * @param t - sample times, shape [L], t[0] >= 0, increasing and equally spaced (to a relative 1e-6)
 * @param options - {@link LsimOptions}
 * @returns `{ t, y, x }`: y [L, P], x [L, N]
 * @throws RangeError for a discrete system, non-finite entries, t[0] < 0 or t not increasing and equally spaced;
 *   TypeError when u and t differ in length or u's width is not M
 * @example
 * // first-order lag x' = -x + u from rest, unit step: y = 1 - e^-t, exact at the samples
 * const t = Float64Array.from({ length: 11 }, (_, k) => k * 0.1);
 * const { y } = lsim(ss([[-1]], [1], [1], 0), new Float64Array(11).fill(1), t);
 * Math.abs(y.data[10] - (1 - Math.exp(-1))) < 1e-14;
 * @see scipy.signal.lsim (docs.scipy.org); arXiv:2407.09375
 */
export function lsim(
  sys: unknown,
  u: SignalInput | null,
  t: ArrayLike<number>,
  options: LsimOptions = {},
): LsimResult {
  options = requireOptions('lsim', options);
  const where = 'lsim';
  const s = requireSystem(where, sys, 'continuous');
  const N = s.A.rows;
  const M = s.B.cols;
  const times = Float64Array.from(requireFiniteArray(where, 't', t));
  const L = times.length;
  const { data } = u === null ? { data: new Float64Array(L * M) } : requireSignal(where, 'u', u, M);
  if (data.length !== L * M) {
    throw new TypeError(`${where}: u must have L = ${L} samples (the length of t), got ${data.length / M}`);
  }
  const interp = options.interp ?? true;
  const keep = options.states ?? true;
  for (const [name, v] of [
    ['interp', interp],
    ['states', keep],
  ] as const) {
    if (typeof v !== 'boolean')
      throw new TypeError(`${where}: options.${name} must be a boolean, got ${typeof v}`);
  }
  let x = requireInitialState(where, options.x0, N);
  if (L > 0 && times[0] < 0)
    throw new RangeError(`${where}: t[0] must be >= 0 (time 0 is where x0 holds), got ${times[0]}`);
  if (L > 0 && times[0] > 0 && x.some((v) => v !== 0))
    x = matvec(expm({ rows: N, cols: N, data: s.A.data.map((a) => a * times[0]) }), x);
  const h = L > 1 ? times[1] - times[0] : 0;
  if (L > 1) requireEvenSpacing(where, times, h);
  let Phi: Matrix;
  let B0: Matrix;
  let B1: Matrix | null = null;
  if (L <= 1) {
    Phi = s.A; // not used beyond the first output
    B0 = s.B;
  } else if (interp) {
    const f = fohMatrices(s.A, s.B, h);
    Phi = f.Phi;
    B0 = sub(f.Gamma1, f.Gamma2);
    B1 = f.Gamma2;
  } else {
    ({ Phi, Gamma: B0 } = zohMatrices(s.A, s.B, h));
  }
  const r = simulate(Phi, B0, B1, s.C, s.D, data, L, x, keep);
  return Object.freeze({
    t: times,
    y: { rows: L, cols: s.C.rows, data: r.y },
    x: r.x ? { rows: L, cols: N, data: r.x } : null,
  });
}

function requireEvenSpacing(where: string, t: Float64Array, h: number): void {
  if (!(h > 0)) throw new RangeError(`${where}: t must be increasing, got t[0] = ${t[0]}, t[1] = ${t[1]}`);
  for (let k = 1; k + 1 < t.length; k++) {
    const d = t[k + 1] - t[k];
    if (Math.abs(d - h) > SPACING_RTOL * h) {
      throw new RangeError(
        `${where}: t must be equally spaced (step t[1] - t[0] = ${h}), but t[${k + 1}] - t[${k}] = ${d}`,
      );
    }
  }
}
