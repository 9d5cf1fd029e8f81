/**
 * Claims of the chaotic experiment. Bounds were set after measuring; each detail gives the reason.
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, evaluateClaims, judged } from '../claims/index.ts';
import type { MethodId } from '../common/predictorSuite/index.ts';
import type { Claim } from '../types.ts';
import type { ChaoticResult } from './run.ts';

const LEGT: MethodId[] = ['legt-paper', 'legt-short', 'legt-select'];

/**
 * The claims of the chaotic experiment.
 *
 * @param r - from runChaotic
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function chaoticClaims(r: ChaoticResult): Claim[] {
  const chaotic = r.systems.filter((s) => r.lyapunov[s] !== null);
  return evaluateClaims([
    atLeast('the LegT closed loop is unstable for N >= 3, N^2 <= W <= 8 N^2', 1e-3, () => {
      let worst = { v: Infinity, at: '' };
      r.radiusN.forEach((N, i) =>
        r.radiusW.forEach((W, j) => {
          if (N < 3 || W < N * N || W > 8 * N * N) return;
          const v = r.radius[i][j] - 1;
          if (!(v >= worst.v)) worst = { v, at: `N = ${N}, W = ${W}` };
        }),
      );
      return {
        value: worst.v,
        detail:
          `smallest rho - 1 over the grid cells with N >= 3 and N^2 <= W <= 8 N^2 (at ${worst.at}). Fed its own ` +
          'output the predictor amplifies any error like rho^k (N = 9, W = 300: rho ~ 1.04, doubling every ~18 ' +
          'steps), while finite differences have all closed-loop roots at 1 (polynomial growth only). rho - 1 grows ' +
          'with D dt / 2 = N^2 / (2 W).',
      };
    }),
    atMost('no method forecasts a chaotic system for 1 Lyapunov time', 1, () => {
      let worst = { v: -Infinity, at: '' };
      for (const s of chaotic) {
        for (const m of r.methods) {
          const v = r.vpt[s][m].median * (r.lyapunov[s] ?? NaN);
          if (!(v <= worst.v)) worst = { v, at: `${m} on ${s}` };
        }
      }
      return {
        value: worst.v,
        detail:
          `largest median valid prediction time in Lyapunov times over ${chaotic.join(', ')} and all methods (${worst.at}). ` +
          'None of these in-context predictors models the dynamics: they extrapolate each channel locally, and the ' +
          'extrapolation error, not the Lyapunov divergence, ends the forecast (measured <= ~0.2 Lyapunov times).',
      };
    }),
    atMost('the construction rolls out no longer than FD p=4', 1, () => {
      let worst = { v: -Infinity, at: '' };
      for (const s of r.systems) {
        const best = Math.max(...LEGT.map((m) => r.vpt[s][m].median));
        const v = best / r.vpt[s].fd4.median;
        if (!(v <= worst.v)) worst = { v, at: s };
      }
      return {
        value: worst.v,
        detail:
          `largest ratio over systems of the best LegT variant's median VPT to FD(p=4)'s (at ${worst.at}): the ` +
          'unstable closed loop (rho > 1) makes the construction diverge sooner than the marginally stable finite ' +
          'differences, even where its one-step error is comparable.',
      };
    }),
    atLeast('AR(4) outlasts the construction on every system', 1, () => {
      let worst = { v: Infinity, at: '' };
      for (const s of r.systems) {
        const v = r.vpt[s].ar4.median / Math.max(...LEGT.map((m) => r.vpt[s][m].median));
        if (!(v >= worst.v)) worst = { v, at: s };
      }
      return {
        value: worst.v,
        detail:
          `smallest ratio over systems of AR(4)'s median VPT to the best LegT variant's (at ${worst.at}); AR(4) ` +
          'refitted in context is a learned linear recurrence, which on the pendulum sometimes stays valid over the ' +
          `whole horizon (censored in ${(100 * (r.censored['pendulum']?.ar4 ?? NaN)).toFixed(0)}% of functions).`,
      };
    }),
    judged(
      'one-step accuracy buys little rollout on chaotic systems',
      '<= 4 while the one-step MSE ratio is >= 100',
      () => {
        let vpt = { v: -Infinity, at: '' };
        let one = { v: Infinity, at: '' };
        for (const s of chaotic) {
          const v = r.vpt[s].fd4.median / r.vpt[s]['legt-select'].median;
          if (!(v <= vpt.v)) vpt = { v, at: s };
          const o = r.oneStep[s]['legt-select'].median / r.oneStep[s].fd4.median;
          if (!(o >= one.v)) one = { v: o, at: s };
        }
        return {
          value: vpt.v,
          pass: vpt.v <= 4 && one.v >= 100,
          detail:
            `largest ratio of FD(p=4)'s median VPT to the in-context LegT's over ${chaotic.join(', ')} (at ${vpt.at}), ` +
            `while FD(p=4)'s one-step MSE is at least ${one.v.toPrecision(3)}x smaller (at ${one.at}): errors of ` +
            'local extrapolation grow so fast in a free run that orders of magnitude of one-step accuracy buy a ' +
            'small factor of forecast time.',
        };
      },
    ),
  ]);
}
