import { requireFiniteArray } from '../util/validate.ts';

/**
 * Checks two arrays of finite numbers of equal length (internal to metrics; not re-exported).
 *
 * @param where - the calling function's name, used in error messages
 * @param names - the two argument names
 * @param a - first array of finite numbers, shape [L]
 * @param b - second array of finite numbers, shape [L]
 * @returns both as Float64Arrays (copied only when not Float64Array)
 * @throws TypeError when either is not an array or the lengths differ; RangeError on NaN or Infinity
 * @example
 *   const [x, y] = requireSameLength('mse', ['prediction', 'target'], [1, 2], Float64Array.of(3, 4));
 *   x instanceof Float64Array && x.length === y.length;
 *   let refused = false;
 *   try {
 *     requireSameLength('mse', ['prediction', 'target'], [1, 2], [3]);
 *   } catch (e) {
 *     refused = e instanceof TypeError;
 *   }
 *   refused;
 * @see arXiv:2407.09375
 */
export function requireSameLength(
  where: string,
  names: readonly [string, string],
  a: unknown,
  b: unknown,
): [Float64Array, Float64Array] {
  const x = requireFiniteArray(where, names[0], a);
  const y = requireFiniteArray(where, names[1], b);
  if (x.length !== y.length) {
    throw new TypeError(
      `${where}: ${names[0]} and ${names[1]} must have the same length, got ${x.length} and ${y.length}`,
    );
  }
  return [x, y];
}
