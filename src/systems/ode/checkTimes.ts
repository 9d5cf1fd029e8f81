/**
 * Argument checks shared by the solvers: output times and the initial state.
 *
 * @see arXiv:2407.09375
 */
import { requireFiniteArray } from '../../util/validate.ts';

/**
 * Validates output times: at least one, finite, strictly increasing. The first time is where y0 is given.
 *
 * @param where - function name for the error message
 * @param times - requested output times, shape [K]
 * @throws TypeError / RangeError for an empty, non-finite or non-increasing array
 * @example checkTimes('rk4', [0, 0.1, 0.2])
 */
export function checkTimes(where: string, times: ArrayLike<number>): Float64Array {
  const t = requireFiniteArray(where, 'times', times);
  if (t.length < 1) throw new RangeError(`${where}: times must hold at least one time, got an empty array`);
  for (let k = 1; k < t.length; k++) {
    if (!(t[k] > t[k - 1])) {
      throw new RangeError(
        `${where}: times must be strictly increasing; times[${k}] = ${t[k]} <= times[${k - 1}] = ${t[k - 1]}`,
      );
    }
  }
  return t;
}

/**
 * Validates an initial state (finite, at least one component) and returns a private copy.
 *
 * @throws TypeError / RangeError for an empty or non-finite state
 * @example checkState('rk4', [1, 0])
 */
export function checkState(where: string, y0: ArrayLike<number>): Float64Array {
  const y = requireFiniteArray(where, 'y0', y0);
  if (y.length < 1) throw new RangeError(`${where}: y0 must have at least one component, got an empty array`);
  return Float64Array.from(y);
}

/** True when every component of y is finite. */
export function allFinite(y: Float64Array): boolean {
  for (let i = 0; i < y.length; i++) if (!Number.isFinite(y[i])) return false;
  return true;
}
