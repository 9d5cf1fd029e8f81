/**
 * Figure of figure 6: mean error over seeds with min-max whiskers per setting and test set, copy-last markers, and
 * our errors relative to the paper's in the title.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import { PAPER_SETTINGS, type PaperSetting } from '../../src/fit/paperSettings.ts';
import { seedSpreadBars } from '../common/seedSpreadBars.ts';
import type { FigureSpec } from '../types.ts';
import { seedSpread } from '../common/seedSpread.ts';
import type { Fig6Result, Fig6Run } from './run.ts';

/** One setting's spread over seeds on a test set (NaN without runs: an empty bar, not an error). */
const spread = (runs: Fig6Run[], setting: PaperSetting, set: string) =>
  seedSpread(runs.filter((r) => r.setting === setting).map((r) => r.errors[set]));

const COLORS: Record<PaperSetting, string> = { I: '#1f77b4', II: '#2ca02c', III: '#d62728', IV: '#9467bd' };

const LABELS: Record<PaperSetting, string> = {
  I: '(I) C, D trained from construction',
  II: '(II) construction, untrained',
  III: '(III) C, D random, trained',
  IV: '(IV) all trained from construction',
};

/**
 * Ours / the paper's mean error of the construction (II) on each test set the paper reports, for the title: our
 * metric and generators are not the paper's, so the claims compare ratios, and this shows the absolute offset.
 */
function offsetFromPaper(result: Fig6Result): string {
  return Object.entries(result.paper)
    .map(([set, paper]) => `${set} ${(spread(result.runs, 'II', set).mean / paper.II).toPrecision(2)}`)
    .join(', ');
}

/**
 * The figure: grouped bars per setting (mean over seeds, min-max whiskers) per test set, copy-last markers.
 *
 * @param result - from runFig6
 * @returns { bars }
 * @see arXiv:2407.09375 (figure 6)
 */
export function fig6Figures(result: Fig6Result): Record<string, FigureSpec> {
  const { N, L, epochs, seeds } = result.params;
  return {
    bars: seedSpreadBars(
      `Trained vs constructed LegT predictor (N = ${N}, L = ${L}, ${epochs} epochs, ${seeds} seeds)` +
        `<br>err(II) ours / paper: ${offsetFromPaper(result)}`,
      result.testSets,
      PAPER_SETTINGS.map((setting) => ({
        name: LABELS[setting],
        color: COLORS[setting],
        spread: result.testSets.map((set) => spread(result.runs, setting, set)),
      })),
      result.testSets.map((s) => result.copyLast[s]),
    ),
  };
}
