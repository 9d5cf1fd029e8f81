/**
 * Figures of the baselines experiment: error bars on the paper's signals and on the classic systems.
 *
 * @see arXiv:2407.09375
 */
import { errorBars } from '../common/predictorSuite/index.ts';
import type { FigureSpec } from '../types.ts';
import type { BaselinesResult } from './run.ts';

/**
 * @param result - from runBaselines
 * @returns 'signals' and 'systems': median one-step MSE with min-max whiskers per method
 * @see arXiv:2407.09375
 */
export function baselinesFigures(result: BaselinesResult): Record<string, FigureSpec> {
  return {
    signals: errorBars(
      "One-step MSE (second half) on the paper's signals",
      result.table,
      result.signals,
      result.methods,
      'MSE',
    ),
    systems: errorBars(
      'One-step MSE (second half) on classic systems (min-max scaled, all channels)',
      result.table,
      result.systems,
      result.methods,
      'MSE',
    ),
  };
}
