import type { Matrix } from '../linalg/matrix.ts';
import { requireMatrix } from '../linalg/requireMatrix.ts';
import { requireFiniteArray } from '../util/validate.ts';
import type { SignalInput } from './types.ts';

/**
 * Whether `value` looks like a Matrix (has rows, cols and data), as opposed to a flat sequence.
 *
 * @internal
 */
export function isMatrixLike(value: unknown): value is Matrix {
  return typeof value === 'object' && value !== null && 'rows' in value && 'cols' in value && 'data' in value;
}

/**
 * Validates one input sequence for a system with M inputs and returns its samples row-major [L, M] (a flat vector
 * needs M = 1) without copying Float64Array data.
 *
 * @internal shared by dlsim and lsim
 */
export function requireSignal(
  where: string,
  name: string,
  u: SignalInput,
  M: number,
): { data: Float64Array; L: number } {
  if (isMatrixLike(u)) {
    const U = requireMatrix(where, name, u);
    if (U.cols !== M) {
      throw new TypeError(
        `${where}: ${name} must have M = ${M} columns (one per input), got shape [${U.rows}, ${U.cols}]`,
      );
    }
    return { data: requireFiniteArray(where, `${name}.data`, U.data), L: U.rows };
  }
  const data = requireFiniteArray(where, name, u);
  if (M !== 1) {
    throw new TypeError(
      `${where}: ${name} is a flat sequence, which needs a single-input system; this one has M = ${M} inputs: pass a ` +
        `Matrix of shape [L, ${M}]`,
    );
  }
  return { data, L: data.length };
}

/**
 * The initial state x0 (zeros when absent), checked against N.
 *
 * @internal
 */
export function requireInitialState(
  where: string,
  x0: ArrayLike<number> | undefined,
  N: number,
): Float64Array {
  if (x0 === undefined) return new Float64Array(N);
  const x = requireFiniteArray(where, 'options.x0', x0);
  if (x.length !== N) throw new TypeError(`${where}: options.x0 must have length N = ${N}, got ${x.length}`);
  return Float64Array.from(x);
}
