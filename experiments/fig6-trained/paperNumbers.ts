/**
 * The paper's figure 6 numbers: mean error per test set and setting, read off the poster's log plot (+-10%).
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import type { PaperSetting } from '../../src/fit/paperSettings.ts';

/** The test sets the paper reports numbers for (Mixed is the training distribution; no number in the paper). */
export const PAPER_TEST_SETS = ['Linear', 'Van der Pol', 'Filtered Noise'] as const;
export type PaperTestSet = (typeof PAPER_TEST_SETS)[number];

/** paper[set][setting], from the poster. */
export const FIG6_PAPER: Record<PaperTestSet, Record<PaperSetting, number>> = {
  Linear: { I: 6.5e-3, II: 1.45e-3, III: 1.15e-2, IV: 1.4e-3 },
  'Van der Pol': { I: 1.2e-3, II: 2.0e-3, III: 4.0e-2, IV: 1.6e-3 },
  'Filtered Noise': { I: 8.2e-2, II: 1.0e-1, III: 1.45, IV: 8.5e-2 },
};
