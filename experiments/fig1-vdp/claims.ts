/**
 * Claims of figure 1: the measurements of the rows of its bound table (bounds.ts), from the run with dt = the
 * signal's sample spacing.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered, nonEmpty } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import { FIG1_LABELS } from './compute.ts';
import type { Fig1Result, Fig1Run, PredictorStats } from './compute.ts';

const e2 = (x: number) => x.toExponential(2);

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

/** The smallest event peak / quiet level of one predictor (no event after the start-up: the claim fails). */
function spikes(s: PredictorStats): { value: number; detail: string } {
  const peaks = nonEmpty(s.eventPeaks, 'switching event after the start-up');
  return {
    value: Math.min(...peaks) / s.quietMedian,
    detail: `${peaks.length} events, peaks ${peaks.map(e2).join(', ')}, quiet level ${e2(s.quietMedian)}`,
  };
}

/** The largest error after the start-up of `name` over that of `reference`. */
function afterRatio(run: Fig1Run, name: string, reference: string): { value: number; detail: string } {
  const a = stat(run, name).afterMax;
  const b = stat(run, reference).afterMax;
  return { value: a / b, detail: `${name} ${e2(a)}, ${reference} ${e2(b)} (largest for t >= 2 windows)` };
}

/**
 * The claims of figure 1.
 *
 * @param result - from {@link computeFig1}
 * @returns the claims
 * @example fig1Claims(computeFig1({ L: 10000, N: 17, theta: 1, maxPoints: 500 }))
 */
export function fig1Claims(result: Fig1Result): Claim[] {
  const run = () => mainRun(result);
  return evaluateRegistered(BOUNDS, {
    legtSpike: () => {
      const s = stat(run(), FIG1_LABELS.legt);
      return {
        value: s.startupMax,
        detail: `largest over the first 50 steps, dt = ${run().dt.toPrecision(3)}`,
      };
    },
    legtQuiet: () => afterRatio(run(), FIG1_LABELS.legt, FIG1_LABELS.copy),
    legtBelowFout: () => afterRatio(run(), FIG1_LABELS.legt, FIG1_LABELS.authors),
    foutSpikes: () => spikes(stat(run(), FIG1_LABELS.authors)),
    foutSpikeHeight: () => {
      const peaks = nonEmpty(
        stat(run(), FIG1_LABELS.authors).eventPeaks,
        'switching event after the start-up',
      );
      return { value: Math.max(...peaks), detail: `event peaks ${peaks.map(e2).join(', ')}` };
    },
    foutConstructionSpikes: () => spikes(stat(run(), FIG1_LABELS.fout)),
  });
}
