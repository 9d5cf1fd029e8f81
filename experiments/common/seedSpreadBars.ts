/**
 * The grouped-bar figure of the trained-model experiments (fig6-trained, icl-families): one group per method, the
 * mean over seeds with min-max whiskers per test set, and the copy-last-value error as a black marker per test set.
 */
import { barFigure } from '../../src/plot/barFigure.ts';
import type { FigureSpec } from '../types.ts';

/** One bar group: its legend entry, colour and per-test-set spread over seeds. */
export interface SeedSpreadGroup {
  name: string;
  color: string;
  spread: { mean: number; min: number; max: number }[];
}

/**
 * Grouped bars (log y) of mean and min-max over seeds per test set, plus copy-last markers.
 *
 * @param title - figure title
 * @param testSets - category labels, length m
 * @param groups - one per method, each with `spread` of length m
 * @param copyLast - copy-last error per test set, length m
 * @returns a FigureSpec
 * @throws as barFigure
 * @example
 * const fig = seedSpreadBars('t', ['a'], [{ name: 'x', color: '#000000', spread: [{ mean: 2, min: 1, max: 3 }] }], [4]);
 * fig.data.length === 2
 */
export function seedSpreadBars(
  title: string,
  testSets: string[],
  groups: SeedSpreadGroup[],
  copyLast: number[],
): FigureSpec {
  const fig = barFigure({
    title,
    xLabel: 'test set',
    yLabel: 'mean L1 one-step error (second half)',
    logY: true,
    categories: testSets,
    groups: groups.map((g) => ({
      name: g.name,
      color: g.color,
      values: g.spread.map((v) => v.mean),
      min: g.spread.map((v) => v.min),
      max: g.spread.map((v) => v.max),
    })),
  });
  fig.data.push({
    type: 'scatter',
    mode: 'markers',
    name: 'copy last value',
    x: testSets,
    y: copyLast,
    marker: { symbol: 'line-ew-open', size: 30, color: 'black' },
  });
  return fig;
}
