/**
 * Claims of figure 5: the ordering of the reach positions, the start level and the growth rate against the paper's.
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, evaluateClaims } from '../claims/index.ts';
import type { Claim } from '../types.ts';
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
  const reach = result.curves.map((c) => c.reach);
  const f = result.params.factor;
  return evaluateClaims([
    atLeast(`every N reaches ${f}x the floor within the context`, 0, () => ({
      value: Math.min(...reach),
      detail: `reach positions ${reach.join(', ')} (-1: not reached by position ${result.params.K - 2})`,
    })),
    atLeast('reach position strictly increases with N', 1, () => {
      let minStep = Infinity;
      for (let i = 1; i < reach.length; i++) minStep = Math.min(minStep, reach[i] - reach[i - 1]);
      return {
        value: reach.length >= 2 && Math.min(...reach) >= 0 ? minStep : NaN,
        detail: `smallest increase between consecutive N (${result.params.Ns.join(', ')}); reach ${reach.join(', ')}`,
      };
    }),
    atLeast('the error starts high: mean error at position 0 >= 100x the floor for every N', 100, () => ({
      value: Math.min(...result.curves.map((c) => c.mean[0])) / result.floor,
      detail: `position-0 errors ${result.curves.map((c) => c.mean[0].toExponential(1)).join(', ')}, floor ${result.floor.toExponential(2)} (paper: ~1 and ~5e-7)`,
    })),
    atMost('growth of the reach position with N matches the paper (log-log slope within 0.3)', 0.3, () => {
      const s = reachSlopes(result.curves);
      return {
        value: Math.abs(s.ours - s.paper),
        detail:
          `slope ours ${s.ours.toFixed(2)}, paper ${s.paper.toFixed(2)} (t ~ 50, 85, 130, 190, 270); ` +
          `ours/paper ${result.curves.map((c) => (c.paperReach ? (c.reach / c.paperReach).toFixed(1) : '-')).join(', ')}`,
      };
    }),
  ]);
}
