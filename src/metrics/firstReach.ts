import { requireFinite, requireFiniteArray } from '../util/validate.ts';

/**
 * The first index from which a series stays within `factor` times a floor: "the error reaches its floor at
 * position t" of figure 5,
 *
 *   firstReach = min { k : series[j] <= factor * floor for every j >= k },
 *
 * or -1 when the last value is still above factor * floor (like Array.prototype.findIndex). Requiring the series
 * to stay below makes the answer robust to an early dip that bounces back up.
 *
 * @param series - values, shape [L] (e.g. a per-position mean error)
 * @param floor - the floor, finite and >= 0 (e.g. the mean of the last quarter of the series)
 * @param factor - tolerance multiplier, finite and >= 1 (default 2)
 * @returns the index, in [0, L), or -1
 * @throws TypeError when series is not an array; RangeError on NaN or Infinity, floor < 0 or factor < 1
 * @example firstReach(Float64Array.of(1, 0.1, 0.3, 0.01, 0.012, 0.011), 0.01, 2) // 3
 * @see arXiv:2407.09375
 */
export function firstReach(series: Float64Array, floor: number, factor: number = 2): number {
  const where = 'firstReach';
  const s = requireFiniteArray(where, 'series', series);
  requireFinite(where, 'floor', floor);
  if (floor < 0) throw new RangeError(`${where}: floor must be >= 0, got ${floor}`);
  requireFinite(where, 'factor', factor);
  if (!(factor >= 1)) throw new RangeError(`${where}: factor must be >= 1, got ${factor}`);
  const level = factor * floor;
  let k = s.length;
  while (k > 0 && s[k - 1] <= level) k--;
  return k === s.length ? -1 : k;
}
