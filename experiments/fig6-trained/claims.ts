/**
 * Claims of figure 6: the construction (II) against the best trained setting on the paper's test sets, the Mixed
 * gain as a finding, (III) against (II), and training lowering the loss.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import type { PaperSetting } from '../../src/fit/paperSettings.ts';
import { atLeast, atMost, evaluateClaims, judged } from '../claims/index.ts';
import type { ClaimSpec } from '../claims/index.ts';
import { seedSpread } from '../common/seedSpread.ts';
import type { SeedSpread } from '../common/seedSpread.ts';
import type { Claim } from '../types.ts';
import { PAPER_TEST_SETS } from './paperNumbers.ts';
import type { Fig6Result, Fig6Run } from './run.ts';

/**
 * Mean, min and max over seeds of one setting's error on one test set.
 *
 * @param runs - the result's runs
 * @param setting - I, II, III or IV
 * @param set - a test set name
 * @returns the spread
 */
export function spread(runs: Fig6Run[], setting: PaperSetting, set: string): SeedSpread {
  return seedSpread(runs.filter((r) => r.setting === setting).map((r) => r.errors[set]));
}

/** The trained setting (I, III or IV) with the lowest mean error on a test set, and that error. */
export function bestTrained(runs: Fig6Run[], set: string): { setting: PaperSetting; mean: number } {
  const means = (['I', 'III', 'IV'] as const).map((st) => ({
    setting: st,
    mean: spread(runs, st, set).mean,
  }));
  return means.reduce((a, b) => (b.mean < a.mean ? b : a));
}

/**
 * The claims of figure 6: on each test set the paper reports (Linear, Van der Pol, Filtered Noise) the construction
 * (II) is within factorII of the best trained setting; on the training distribution Mixed (no paper number) the best
 * trained setting beats (II) by at least mixedFactor on every seed (a finding reported as such); (III) is worse than
 * (II) on most test sets; training lowers the training loss.
 *
 * @param result - the result of runFig6
 * @returns the claims, `pass` computed
 * @see arXiv:2407.09375 (figure 6)
 */
export function fig6Claims(result: Fig6Result): Claim[] {
  const sets = result.testSets;
  const { factorII, mixedFactor } = result.params;
  const specs: ClaimSpec[] = [];
  for (const set of PAPER_TEST_SETS) {
    specs.push(
      atMost(`(II) within ${factorII}x of the best trained setting on ${set}`, factorII, () => {
        const best = bestTrained(result.runs, set);
        const paper = result.paper[set];
        const paperRatio = paper.II / Math.min(paper.I, paper.III, paper.IV);
        return {
          value: spread(result.runs, 'II', set).mean / best.mean,
          detail:
            `err(II) / mean err of the best trained setting (${best.setting}); the paper's ratio on this set: ` +
            `${paperRatio.toFixed(2)} (Linear / Van der Pol / Filtered Noise: 1.04 / 1.67 / 1.22)`,
        };
      }),
    );
  }
  specs.push(
    atLeast(
      `on the training distribution Mixed, the best trained setting beats (II) by >= ${mixedFactor}x on every seed`,
      mixedFactor,
      () => {
        const best = bestTrained(result.runs, 'Mixed');
        const ii = spread(result.runs, 'II', 'Mixed').mean;
        const perSeed = result.runs.filter((r) => r.setting === best.setting).map((r) => ii / r.errors.Mixed);
        return {
          value: Math.min(...perSeed),
          detail:
            `min over seeds of err(II) / err(${best.setting}) on Mixed (per seed: ${perSeed.map((v) => v.toFixed(2)).join(', ')}); ` +
            'the paper reports no Mixed number: trained predictors do exploit the training distribution',
        };
      },
    ),
    atLeast('(III) worse than (II) on most test sets', Math.floor(sets.length / 2) + 1, () => {
      const worse = sets.filter(
        (s) => spread(result.runs, 'III', s).mean > spread(result.runs, 'II', s).mean,
      );
      return {
        value: worse.length,
        detail: `test sets where mean err(III) > err(II): ${worse.join(', ') || 'none'} (of ${sets.length})`,
      };
    }),
    judged('training lowers the training loss of (III) and (IV) on every seed', '< 1', () => {
      const ratio = (r: Fig6Run): number => r.trainLossFinal / r.trainLossInitial;
      const worst = Math.max(
        ...result.runs.filter((r) => r.setting === 'III' || r.setting === 'IV').map(ratio),
      );
      const ofI = result.runs.filter((r) => r.setting === 'I').map((r) => ratio(r).toFixed(2));
      return {
        value: worst,
        pass: worst < 1,
        detail:
          'max over III, IV x seeds of final / initial mean L1 loss on the Mixed training set; (I) is reported, not ' +
          `claimed: Adam at lr 2e-3 from the near-optimal construction moves the loss either way (per seed: ${ofI.join(', ')})`,
      };
    }),
  );
  return evaluateClaims(specs);
}
