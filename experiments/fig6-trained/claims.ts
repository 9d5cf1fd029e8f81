/**
 * Claims of figure 6: the measurements of the rows of bounds.ts (the paper's numbers and statements, two findings).
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import type { PaperSetting } from '../../src/fit/paperSettings.ts';
import { evaluateRegistered, nonEmpty } from '../claims/index.ts';
import type { Measurement } from '../claims/index.ts';
import { seedSpread } from '../common/seedSpread.ts';
import type { SeedSpread } from '../common/seedSpread.ts';
import type { Claim } from '../types.ts';
import { BOUNDS, errorKey, nearKey, randomKey } from './bounds.ts';
import { PAPER_TEST_SETS } from './paperNumbers.ts';
import type { Fig6Result, Fig6Run } from './run.ts';

const g = (x: number): string => x.toPrecision(3);

/** The runs of one setting (at least one, else the claim over them fails). */
function runsOf(runs: Fig6Run[], setting: PaperSetting): readonly Fig6Run[] {
  return nonEmpty(
    runs.filter((r) => r.setting === setting),
    `runs of setting ${setting}`,
  );
}

/**
 * Mean, min and max over seeds of one setting's error on one test set.
 *
 * @param runs - the result's runs
 * @param setting - I, II, III or IV
 * @param set - a test set name
 * @returns the spread
 * @throws RangeError when the result has no run of the setting
 */
export function spread(runs: Fig6Run[], setting: PaperSetting, set: string): SeedSpread {
  return seedSpread(runsOf(runs, setting).map((r) => r.errors[set]));
}

/** The trained setting (I, III or IV) with the lowest mean error on a test set, and that error. */
export function bestTrained(runs: Fig6Run[], set: string): { setting: PaperSetting; mean: number } {
  const means = (['I', 'III', 'IV'] as const).map((st) => ({
    setting: st,
    mean: spread(runs, st, set).mean,
  }));
  return means.reduce((a, b) => (b.mean < a.mean ? b : a));
}

/** final / initial mean L1 training loss of a run. */
const lossRatio = (r: Fig6Run): number => r.trainLossFinal / r.trainLossInitial;

/**
 * The claims of figure 6: every row of {@link BOUNDS} measured on the result.
 *
 * @param result - the result of runFig6
 * @returns the claims, status computed
 * @see arXiv:2407.09375 (figure 6)
 */
export function fig6Claims(result: Fig6Result): Claim[] {
  const runs = result.runs;
  const measures: Record<string, () => Measurement> = {};
  for (const set of PAPER_TEST_SETS) {
    for (const setting of ['I', 'II', 'III', 'IV'] as const) {
      measures[errorKey(setting, set)] = () => {
        const s = spread(runs, setting, set);
        const n = runs.filter((r) => r.setting === setting).length;
        return {
          value: s.mean,
          detail: `mean L1 error over ${n} seed${n === 1 ? '' : 's'} (${g(s.min)} to ${g(s.max)})`,
        };
      };
    }
    measures[nearKey(set)] = () => {
      const best = bestTrained(runs, set);
      const ii = spread(runs, 'II', set).mean;
      return {
        value: ii / best.mean,
        detail: `err(II) ${g(ii)} / mean err of the best trained setting (${best.setting}) ${g(best.mean)}`,
      };
    };
    measures[randomKey(set)] = () => {
      const iii = spread(runs, 'III', set);
      const ii = spread(runs, 'II', set).mean;
      return {
        value: iii.mean / ii,
        detail: `mean err(III) ${g(iii.mean)} (seeds ${g(iii.min)} to ${g(iii.max)}) / err(II) ${g(ii)}`,
      };
    };
  }
  measures['iv-beats-construction-on-mixed'] = () => {
    const ii = spread(runs, 'II', 'Mixed').mean;
    const perSeed = runsOf(runs, 'IV').map((r) => ii / r.errors.Mixed);
    return {
      value: Math.min(...perSeed),
      detail: `min over seeds of err(II) / err(IV) on Mixed; per seed: ${perSeed.map(g).join(', ')}`,
    };
  };
  measures['training-lowers-loss'] = () => {
    const trained = [...runsOf(runs, 'III'), ...runsOf(runs, 'IV')];
    const worst = Math.max(...trained.map(lossRatio));
    const ofI = runs.filter((r) => r.setting === 'I').map((r) => g(lossRatio(r)));
    return {
      value: worst,
      pass: worst < 1,
      detail: `max over III, IV x seeds of final / initial training loss; (I), not claimed: ${ofI.join(', ') || 'no run'}`,
    };
  };
  return evaluateRegistered(BOUNDS, measures);
}
