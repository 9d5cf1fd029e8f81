/**
 * Claims of figure 1, computed from the 'sample' run (dt = the signal's sample spacing).
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, between, evaluateClaims } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import type { Fig1Result, Fig1Run, PredictorStats } from './compute.ts';

/** The stats of one predictor of a run. */
export function stat(run: Fig1Run, name: string): PredictorStats {
  const s = run.stats.find((x) => x.name === name);
  if (!s) throw new RangeError(`fig1-vdp: no predictor ${name} in the result`);
  return s;
}

/** The run with dt = the sample spacing, the one the claims use. */
export function mainRun(result: Fig1Result): Fig1Run {
  const run = result.runs.find((r) => r.dtRule === 'sample');
  if (!run) throw new RangeError("fig1-vdp: the result has no run with dtRule 'sample'");
  return run;
}

/**
 * The claims of figure 1, computed from the 'sample' run (dt = signal sample spacing).
 *
 * @param result - from {@link computeFig1}
 * @returns the claims
 * @example fig1Claims(computeFig1({ L: 10000, N: 17, theta: 1, maxPoints: 500 }))
 */
export function fig1Claims(result: Fig1Result): Claim[] {
  return evaluateClaims([
    between('LegT start-up spike within [0.02, 2] (paper ~0.2)', 0.02, 2, () => ({
      value: stat(mainRun(result), 'LegT').startupMax,
      detail:
        'max squared error over the first 50 steps; the poster value ~0.2 is read off a log plot, so a decade either side',
    })),
    atMost('LegT after the transient is ~0: max <= 1e-4 x start-up spike', 1e-4, () => {
      const s = stat(mainRun(result), 'LegT');
      return {
        value: s.afterMax / s.startupMax,
        detail: `max squared error for t >= 2 windows ${s.afterMax.toExponential(2)} / spike ${s.startupMax.toExponential(2)}`,
      };
    }),
    atLeast('FouT / LegT max error after the transient >= 100', 100, () => {
      const run = mainRun(result);
      const f = stat(run, 'FouT').afterMax;
      const l = stat(run, 'LegT').afterMax;
      return {
        value: f / l,
        detail: `FouT ${f.toExponential(2)}, LegT ${l.toExponential(2)} (max squared error for t >= 2 windows)`,
      };
    }),
    atLeast('FouT spikes at every switching event: peak / quiet median >= 100', 100, () => {
      const s = stat(mainRun(result), 'FouT');
      const ratios = s.eventPeaks.map((p) => p / s.quietMedian);
      return {
        value: ratios.length >= 2 ? Math.min(...ratios) : NaN,
        detail:
          `${ratios.length} events after the transient (need >= 2); peaks ${s.eventPeaks.map((p) => p.toExponential(2)).join(', ')}, ` +
          `median away from events ${s.quietMedian.toExponential(2)}`,
      };
    }),
    atMost('LegT mean error after the transient <= 0.01 x copy-last', 0.01, () => {
      const run = mainRun(result);
      const l = stat(run, 'LegT').afterMean;
      const c = stat(run, 'copy-last').afterMean;
      return { value: l / c, detail: `LegT ${l.toExponential(2)}, copy-last ${c.toExponential(2)}` };
    }),
  ]);
}
