import type { Matrix } from '../linalg/matrix.ts';
import { requireSystem } from './requireSystem.ts';
import { isMatrixLike, requireInitialState, requireSignal } from './signal.ts';
import { simulate } from './simulate.ts';
import type { SignalInput } from './types.ts';
import { requireOptions } from '../util/validate.ts';

/** Options of {@link dlsim}. */
export interface DlsimOptions {
  /** initial state x_0, shape [N]; @default zeros */
  x0?: ArrayLike<number>;
  /** also return the states x_0..x_{L-1} (scipy's xout; costs L N numbers); @default true */
  states?: boolean;
}

/** The simulation of one input sequence by {@link dlsim} (frozen). */
export interface DlsimResult {
  /** t_k = k dt, shape [L] */
  readonly t: Float64Array;
  /** outputs y_k as rows, shape [L, P] (for one output, y.data is the length-L sequence) */
  readonly y: Matrix;
  /** states x_0..x_{L-1} as rows, shape [L, N]; null with states: false */
  readonly x: Matrix | null;
  /** x_L, the state after the last input (x0 of a continuation), shape [N] */
  readonly xNext: Float64Array;
}

/**
 * Simulates a discrete system (scipy.signal.dlsim without its `t` resampling):
 *
 *   x_{k+1} = A x_k + B u_k,   y_k = C x_k + D u_k,   k = 0..L-1,   x_0 = options.x0.
 *
 * Shapes: one sequence is a flat vector u [L] (single-input systems) or a Matrix [L, M] (row k = u_k); the outputs
 * come back as a Matrix y [L, P] (so for SISO y.data is the Float64Array of outputs). A batch is an array of such
 * sequences (each its own length) and gives an array of results, each simulated from the same x0. Nested number
 * arrays are read as a batch of flat sequences, never as one [L, M] sequence: convert those with fromRows.
 *
 * @param sys - discrete system (ss(..., { dt }) or { A, B, C, D, dt }), A [N, N], B [N, M], C [P, N], D [P, M]
 * @param u - one sequence (flat [L] or Matrix [L, M]) or an array of sequences
 * @param options - {@link DlsimOptions}
 * @returns one {@link DlsimResult}, or one per sequence for a batch
 * @throws RangeError for a continuous system (pointing to cont2discrete) or non-finite input (naming the index);
 *   TypeError for a sequence whose width is not M or an x0 of the wrong length
 * @example
 * const sysd = ss([[0.5]], [1], [1], 0, { dt: 1 }); // y_k = sum_{j<k} 0.5^(k-1-j) u_j
 * const { y } = dlsim(sysd, [1, 0, 0, 0]);
 * Array.from(y.data).join() === '0,1,0.5,0.25';
 * const batch = dlsim(sysd, [Float64Array.of(1, 1), Float64Array.of(0, 2, 2)]); // two sequences
 * batch[1].y.rows === 3;
 * @see scipy.signal.dlsim (docs.scipy.org); arXiv:2407.09375
 */
export function dlsim(sys: unknown, u: SignalInput, options?: DlsimOptions): DlsimResult;
export function dlsim(sys: unknown, u: readonly SignalInput[], options?: DlsimOptions): DlsimResult[];
export function dlsim(
  sys: unknown,
  u: SignalInput | readonly SignalInput[],
  options: DlsimOptions = {},
): DlsimResult | DlsimResult[] {
  options = requireOptions('dlsim', options);
  const where = 'dlsim';
  const s = requireSystem(where, sys, 'discrete');
  const N = s.A.rows;
  const x0 = requireInitialState(where, options.x0, N);
  const keep = options.states ?? true;
  if (typeof keep !== 'boolean')
    throw new TypeError(`${where}: options.states must be a boolean, got ${typeof keep}`);
  const one = (seq: SignalInput, name: string): DlsimResult => {
    const { data, L } = requireSignal(where, name, seq, s.B.cols);
    const r = simulate(s.A, s.B, null, s.C, s.D, data, L, x0, keep);
    const dt = s.dt as number;
    return Object.freeze({
      t: Float64Array.from({ length: L }, (_, k) => k * dt),
      y: { rows: L, cols: s.C.rows, data: r.y },
      x: r.x ? { rows: L, cols: N, data: r.x } : null,
      xNext: r.xNext,
    });
  };
  if (isBatch(u)) return u.map((seq, b) => one(seq, `u[${b}]`));
  return one(u as SignalInput, 'u');
}

/** An array whose first element is itself a sequence (array, typed array or Matrix). */
function isBatch(u: unknown): u is readonly SignalInput[] {
  return (
    Array.isArray(u) &&
    u.length > 0 &&
    (isMatrixLike(u[0]) || Array.isArray(u[0]) || ArrayBuffer.isView(u[0]))
  );
}
