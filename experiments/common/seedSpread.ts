/**
 * The spread over seeds of one method's error on one test set, as the trained-model experiments (fig6-trained,
 * icl-families) report and plot it.
 *
 * @see arXiv:2407.09375
 */

/** Mean, minimum and maximum over seeds. */
export interface SeedSpread {
  mean: number;
  min: number;
  max: number;
}

/**
 * mean = sum / n, min and max of the values (one per seed); NaN mean and +-Infinity extremes for none.
 *
 * @param values - one error per seed
 * @returns the spread
 * @example seedSpread([1, 2, 6]) // { mean: 3, min: 1, max: 6 }
 * @see arXiv:2407.09375
 */
export function seedSpread(values: readonly number[]): SeedSpread {
  return {
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}
