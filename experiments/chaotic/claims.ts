/**
 * Claims of the chaotic experiment: the rows of bounds.ts, measured on the result.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import { extreme, ORDER_OF_MAGNITUDE } from '../common/claimFactors.ts';
import type { MethodId } from '../common/predictorSuite/index.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { ChaoticResult } from './run.ts';

const LEGT: MethodId[] = ['legt-paper', 'legt-short', 'legt-select'];

/**
 * The claims of the chaotic experiment (see bounds.ts for each bound and its reason).
 *
 * @param r - from runChaotic
 * @returns the claims, in the order of the bound table
 * @see arXiv:2407.09375
 */
export function chaoticClaims(r: ChaoticResult): Claim[] {
  const chaotic = r.systems.filter((s) => r.lyapunov[s] !== null);
  const bestLegt = (s: string) => Math.max(...LEGT.map((m) => r.vpt[s][m].median));
  return evaluateRegistered(BOUNDS, {
    'closed-loop': () => {
      const cells = r.radiusN.flatMap((N, i) => r.radiusW.map((W, j) => ({ N, W, rho: r.radius[i][j] })));
      const one = cells.filter((c) => c.N === 1);
      const resolution = extreme(one, (c) => Math.abs(c.rho - 1), 'max', 'cell with N = 1');
      const unstable = cells.filter((c) => c.N >= 3 && !Number.isNaN(c.rho));
      const w = extreme(unstable, (c) => c.rho - 1, 'min', 'finite cell with N >= 3');
      return {
        value: w.value / resolution.value,
        detail:
          `smallest rho - 1 = ${w.value.toExponential(2)} at N = ${w.at.N}, W = ${w.at.W}; resolution ` +
          `${resolution.value.toExponential(2)} (N = 1, W = ${resolution.at.W})`,
      };
    },
    'no-lyapunov': () => {
      const cells = chaotic.flatMap((s) => r.methods.map((m) => ({ s, m })));
      const w = extreme(
        cells,
        (c) => r.vpt[c.s][c.m].median * (r.lyapunov[c.s] ?? NaN),
        'max',
        'chaotic system',
      );
      return { value: w.value, detail: `at ${w.at.m} on ${w.at.s}` };
    },
    'legt-vs-fd4': () => {
      const w = extreme(r.systems, (s) => bestLegt(s) / r.vpt[s].fd4.median, 'max', 'system');
      return { value: w.value, detail: `at ${w.at}` };
    },
    'ar4-outlasts': () => {
      const w = extreme(r.systems, (s) => r.vpt[s].ar4.median / bestLegt(s), 'min', 'system');
      const censored = r.censored[w.at]?.ar4 ?? NaN;
      return {
        value: w.value,
        detail: `at ${w.at} (AR(4) valid over the whole horizon for ${(100 * censored).toFixed(0)}% of its functions there)`,
      };
    },
    'one-step-vs-rollout': () => {
      const vpt = extreme(
        chaotic,
        (s) => r.vpt[s].fd4.median / r.vpt[s]['legt-select'].median,
        'max',
        'chaotic system',
      );
      const one = extreme(
        chaotic,
        (s) => r.oneStep[s]['legt-select'].median / r.oneStep[s].fd4.median,
        'min',
        'chaotic system',
      );
      return {
        value: vpt.value,
        pass: vpt.value < ORDER_OF_MAGNITUDE && one.value >= ORDER_OF_MAGNITUDE,
        detail: `largest at ${vpt.at}; one-step MSE ratio >= ${one.value.toPrecision(3)} (smallest at ${one.at})`,
      };
    },
  });
}
