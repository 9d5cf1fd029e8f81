/**
 * Claims of figure 5: the measurements of the rows of its bound table (bounds.ts).
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered, nonEmpty } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { Fig5N } from './bounds.ts';
import { reachSlopes } from './compute.ts';
import type { Fig5Result } from './compute.ts';

/**
 * The claims of figure 5.
 *
 * @param result - from reduceFig5
 * @returns the claims
 * @example fig5Claims(result)
 */
export function fig5Claims(result: Fig5Result): Claim[] {
  const f = result.params.factor;
  const reachText = () => result.curves.map((c) => `${c.N}: ${c.reach}`).join(', ');
  const reach = (N: Fig5N) => {
    const c = result.curves.find((x) => x.N === N);
    if (!c) throw new RangeError(`fig5-context: no curve for N = ${N}`);
    // -1: never within factor x floor up to the last position; a missing reach fails, it is no deviation
    return {
      value: c.reach >= 0 ? c.reach : NaN,
      detail:
        c.reach >= 0 ? `within ${f}x the floor from position ${c.reach} on` : `not within ${f}x the floor`,
    };
  };
  return evaluateRegistered(BOUNDS, {
    reach16: () => reach(16),
    reach31: () => reach(31),
    reach46: () => reach(46),
    reach61: () => reach(61),
    reach76: () => reach(76),
    reachGrows: () => {
      const r = result.curves.map((c) => (c.reach >= 0 ? c.reach : NaN));
      const steps = r.slice(1).map((x, i) => x - r[i]);
      return {
        value: steps.length > 0 ? Math.min(...steps) : NaN,
        detail: `reach positions (N: position) ${reachText()}`,
      };
    },
    reachSlope: () => ({ value: reachSlopes(result.curves).ours, detail: `reach positions ${reachText()}` }),
    floor: () => ({ value: result.floor, detail: "copy-last's mean over all positions and functions" }),
    startOverFloor: () => {
      const starts = nonEmpty(result.curves, 'curves').map((c) => c.mean[0]);
      return {
        value: Math.min(...starts) / result.floor,
        detail: `position-0 mean errors ${starts.map((s) => s.toExponential(1)).join(', ')}, floor ${result.floor.toExponential(2)}`,
      };
    },
  });
}
