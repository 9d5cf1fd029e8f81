import { zeros } from '../linalg/matrix.ts';
import { requireOptions, requirePositive } from '../util/validate.ts';
import { toMatrix } from './toMatrix.ts';
import type { LtiSystem, MatrixInput } from './types.ts';

/** Options of {@link ss}. */
export interface SsOptions {
  /** sampling step of a discrete system (finite, > 0); null or absent for a continuous system; @default null */
  dt?: number | null;
}

const made = new WeakSet<object>();

/**
 * Whether `value` is a system built by {@link ss} (or returned by the LTI functions, which all build with ss).
 *
 * @internal
 */
export function isBuiltSystem(value: unknown): value is LtiSystem {
  return typeof value === 'object' && value !== null && made.has(value);
}

/**
 * {@link ss} with the caller's name and an argument prefix (e.g. 'sys.') in the error messages.
 *
 * @internal shared by ss and requireSystem
 */
export function makeSystem(
  where: string,
  prefix: string,
  A: MatrixInput,
  B: MatrixInput,
  C: MatrixInput,
  D: MatrixInput | undefined,
  dt: number | null | undefined,
): LtiSystem {
  const a = toMatrix(where, `${prefix}A`, A, 'none');
  if (a.rows !== a.cols)
    throw new TypeError(`${where}: ${prefix}A must be square, got shape [${a.rows}, ${a.cols}]`);
  const N = a.rows;
  if (N < 1) {
    throw new RangeError(
      `${where}: ${prefix}A must be N x N with N >= 1; static gains (N = 0) are not supported (use D alone)`,
    );
  }
  const b = toMatrix(where, `${prefix}B`, B, 'column');
  if (b.rows !== N || b.cols < 1) {
    throw new TypeError(
      `${where}: ${prefix}B must have shape [N = ${N}, M >= 1] (A is ${N} x ${N}), got [${b.rows}, ${b.cols}]`,
    );
  }
  const c = toMatrix(where, `${prefix}C`, C, 'row');
  if (c.cols !== N || c.rows < 1) {
    throw new TypeError(
      `${where}: ${prefix}C must have shape [P >= 1, N = ${N}] (A is ${N} x ${N}), got [${c.rows}, ${c.cols}]`,
    );
  }
  const d = D === undefined ? zeros(c.rows, b.cols) : toMatrix(where, `${prefix}D`, D, 'none');
  if (d.rows !== c.rows || d.cols !== b.cols) {
    throw new TypeError(
      `${where}: ${prefix}D must have shape [P = ${c.rows}, M = ${b.cols}] (from C and B), got [${d.rows}, ${d.cols}]`,
    );
  }
  const step = dt === undefined || dt === null ? null : requirePositive(where, `${prefix}dt`, dt);
  const sys: LtiSystem = Object.freeze({
    A: Object.freeze(a),
    B: Object.freeze(b),
    C: Object.freeze(c),
    D: Object.freeze(d),
    dt: step,
  });
  made.add(sys);
  return sys;
}

/**
 * A state-space system value (scipy.signal.StateSpace / lti / dlti), frozen:
 *
 *   continuous (dt null):  x' = A x + B u,          y = C x + D u
 *   discrete (dt > 0):     x_{k+1} = A x_k + B u_k,  y_k = C x_k + D u_k
 *
 * with shapes A [N, N], B [N, M], C [P, N], D [P, M]. Each matrix may be the library's Matrix, nested rows or, as
 * SISO conveniences, B a flat vector of length N (a column, M = 1), C a flat vector of length N (a row, P = 1) and
 * D a number (1 x 1); D omitted means the zero [P, M] matrix. The matrices are copied, so the system does not change
 * when the arguments do.
 *
 * @param A - state matrix [N, N], N >= 1 (Matrix or nested rows)
 * @param B - input matrix [N, M] (Matrix, nested rows, or a flat length-N vector for M = 1)
 * @param C - output matrix [P, N] (Matrix, nested rows, or a flat length-N vector for P = 1)
 * @param D - feedthrough [P, M] (Matrix, nested rows or a number for 1 x 1); @default the zero matrix
 * @param options - {@link SsOptions}: `dt` for a discrete system
 * @returns the frozen {@link LtiSystem} { A, B, C, D, dt }
 * @throws TypeError naming the argument for a wrong type or a shape that does not fit the others; RangeError for a
 *   non-finite entry (naming it), N = 0, or dt not finite and > 0
 * @example
 * const sys = ss([[0, 1], [-2, -3]], [0, 1], [1, 0], 0); // continuous SISO mass-spring-damper
 * sys.B.rows === 2 && sys.B.cols === 1 && sys.C.rows === 1 && sys.dt === null;
 * const sysd = ss(sys.A, sys.B, sys.C, sys.D, { dt: 0.1 }); // the same matrices read as a discrete system
 * sysd.dt === 0.1;
 * @see scipy.signal.StateSpace (docs.scipy.org); arXiv:2407.09375
 */
export function ss(
  A: MatrixInput,
  B: MatrixInput,
  C: MatrixInput,
  D?: MatrixInput,
  options: SsOptions = {},
): LtiSystem {
  options = requireOptions('ss', options);
  return makeSystem('ss', '', A, B, C, D, options.dt);
}

/**
 * N, M, P of a system.
 *
 * @internal
 */
export function dims(sys: LtiSystem): { N: number; M: number; P: number } {
  return { N: sys.A.rows, M: sys.B.cols, P: sys.C.rows };
}
