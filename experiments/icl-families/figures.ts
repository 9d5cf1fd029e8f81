/**
 * Figure of the in-context-learner families experiment: mean error over seeds with min-max whiskers per family and
 * test set, with copy-last markers.
 *
 * @see arXiv:2407.09375
 */
import { seedSpreadBars } from '../common/seedSpreadBars.ts';
import type { FigureSpec } from '../types.ts';
import { familySpread } from './claims.ts';
import { FAMILIES } from './run.ts';
import type { FamiliesResult, Family } from './run.ts';

const COLORS: Record<Family, string> = {
  construction: '#2ca02c',
  'legt-I': '#1f77b4',
  s4d: '#ff7f0e',
  transformer: '#8c564b',
};

/**
 * @param result - from runIclFamilies
 * @returns { bars }
 * @see arXiv:2407.09375
 */
export function iclFamiliesFigures(result: FamiliesResult): Record<string, FigureSpec> {
  return {
    bars: seedSpreadBars(
      `In-context learners trained on Mixed (L = ${result.params.L}) vs the LegT construction`,
      result.testSets,
      FAMILIES.map((family) => ({
        name: family,
        color: COLORS[family],
        spread: result.testSets.map((set) => familySpread(result.runs, family, set)),
      })),
      result.testSets.map((s) => result.copyLast[s]),
    ),
  };
}
