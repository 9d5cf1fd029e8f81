/**
 * Claims of the in-context-learner families experiment: the measurements of the rows of bounds.ts.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered, nonEmpty } from '../claims/index.ts';
import { seedSpread } from '../common/seedSpread.ts';
import type { SeedSpread } from '../common/seedSpread.ts';
import type { Claim } from '../types.ts';
import { BOUNDS, FIRST_MARGIN } from './bounds.ts';
import type { FamiliesResult, Family, FamilyRun } from './run.ts';

const g = (x: number): string => x.toPrecision(3);

/** Whether a ratio (lower is better for the first) clears the margin the claim was first registered with. */
const margin = (ratio: number): string =>
  `the ${FIRST_MARGIN}x margin ${ratio <= 1 / FIRST_MARGIN ? 'holds' : 'does not hold'}`;

/** The trained neural families the claims compare. */
const TRAINED = ['s4d', 'transformer'] as const;

/** Each run's error of one family on one test set (at least one run, else the claim over them fails). */
function errorsOf(runs: FamilyRun[], family: Family, set: string): readonly number[] {
  return nonEmpty(
    runs.filter((r) => r.family === family).map((r) => r.errors[set]),
    `runs of ${family}`,
  );
}

/**
 * Mean, min and max over seeds of one family's error on one test set.
 *
 * @param runs - the result's runs
 * @param family - the learner
 * @param set - a test set name
 * @returns the spread (NaN mean for a family without runs)
 */
export function familySpread(runs: FamilyRun[], family: Family, set: string): SeedSpread {
  return seedSpread(runs.filter((r) => r.family === family).map((r) => r.errors[set]));
}

/**
 * The claims: every row of {@link BOUNDS} measured on the result.
 *
 * @param result - from runIclFamilies
 * @returns the claims, status computed
 * @see arXiv:2407.09375
 */
export function iclFamiliesClaims(result: FamiliesResult): Claim[] {
  const runs = result.runs;
  const construction = (set: string): number => errorsOf(runs, 'construction', set)[0];
  return evaluateRegistered(BOUNDS, {
    'families-beat-copy-last-on-mixed': () => {
      const ratios = TRAINED.map((f) => Math.max(...errorsOf(runs, f, 'Mixed')) / result.copyLast.Mixed);
      return {
        value: Math.max(...ratios),
        detail:
          `worst seed err / copy-last err on Mixed: s4d ${g(ratios[0])}, transformer ${g(ratios[1])}; ` +
          margin(Math.max(...ratios)),
      };
    },
    'families-beat-construction-on-mixed': () => {
      const c = construction('Mixed');
      const ratios = TRAINED.map((f) => Math.max(...errorsOf(runs, f, 'Mixed')) / c);
      return {
        value: Math.max(...ratios),
        detail:
          `worst seed err(family) / err(construction) ${g(c)} on Mixed: s4d ${g(ratios[0])}, ` +
          `transformer ${g(ratios[1])}; copy-last / construction ${g(result.copyLast.Mixed / c)}; ` +
          margin(Math.max(...ratios)),
      };
    },
    'construction-beats-families-outside': () => {
      const cells = ['Linear', 'Filtered Noise'].flatMap((set) =>
        TRAINED.map((f) => ({ set, f, ratio: construction(set) / Math.min(...errorsOf(runs, f, set)) })),
      );
      const worst = Math.max(...cells.map((c) => c.ratio));
      return {
        value: worst,
        detail:
          `err(construction) / best seed err(family): ${cells.map((c) => `${c.f} on ${c.set} ${g(c.ratio)}`).join(', ')}; ` +
          margin(worst),
      };
    },
  });
}
