import { ridgeCoefficients } from './ridgeSystem.ts';
import type { RidgeSystem } from './ridgeSystem.ts';

/**
 * Generalized cross-validation scores of every output of a ridge regression at one strength (Golub, Heath & Wahba
 * 1979), with the intercept counted as one more degree of freedom:
 *
 *   GCV_h(lambda) = n RSS_h(lambda) / (n - 1 - df(lambda))^2,
 *   df(lambda) = tr H_lambda = sum_i sigma_i^2 / (sigma_i^2 + lambda),
 *
 * sigma_i the singular values of the standardised design Z and RSS_h the residual sum of squares of output h, computed from the residuals
 * themselves (Y - ybar - Z beta_h, O(n F) per output: no cancellation, unlike the eigen-expansion of RSS).
 * GCV approximates the leave-one-out error of the linear smoother without refitting. lambda = rho m (m the
 * system's penaltyUnit).
 *
 * @param sys - a RidgeSystem
 * @param rho - relative strength >= 0
 * @returns frozen { scores (shape [H], Infinity where n - 1 - df <= 0), df }
 * @throws RangeError for a negative or non-finite rho
 * @example
 *   import { ridgeSystem } from './ridgeSystem.ts';
 *   const X = fromRows([[0], [1], [2], [3], [4]]);
 *   const Y = fromRows([[0.1], [0.9], [2.2], [2.9], [4.1]]);
 *   const g = gcvScores(ridgeSystem(X, Y), 1e-6);
 *   Math.abs(g.df - 1) < 1e-5 && g.scores[0] > 0;
 * @see G. H. Golub, M. Heath, G. Wahba, Technometrics 21, 215 (1979); arXiv:2407.09375
 * @internal
 */
export function gcvScores(sys: RidgeSystem, rho: number): { scores: Float64Array; df: number } {
  const n = sys.rows;
  const F = sys.features;
  const H = sys.outputs;
  const beta = ridgeCoefficients(sys, rho).data;
  const lambda = rho * sys.penaltyUnit;
  let df = 0;
  for (const sigma of sys.singularValues) if (sigma > 0) df += (sigma * sigma) / (sigma * sigma + lambda);
  const Z = sys.standardized.data;
  const Y = sys.centeredTargets.data;
  const rss = new Float64Array(H);
  for (let t = 0; t < n; t++) {
    for (let h = 0; h < H; h++) {
      let fit = 0;
      for (let j = 0; j < F; j++) fit += Z[t * F + j] * beta[j * H + h];
      rss[h] += (Y[t * H + h] - fit) ** 2;
    }
  }
  const dof = n - 1 - df;
  const scores = rss.map((r) => (dof > 0 ? (n * r) / (dof * dof) : Infinity));
  return Object.freeze({ scores, df });
}

/**
 * The GCV choice of the ridge strength on a grid, per output: rho_h = argmin over the grid of GCV_h(rho)
 * ({@link gcvScores}; the first, i.e. smallest-index, minimiser on ties).
 *
 * @param sys - a RidgeSystem
 * @param grid - candidate relative strengths rho >= 0 (non-empty)
 * @returns frozen { rho (shape [H]), score (the minimal GCV per output, shape [H]) }
 * @throws RangeError for an empty grid or a negative or non-finite entry
 * @example
 *   import { ridgeSystem } from './ridgeSystem.ts';
 *   const X = fromRows([[0, 1], [1, 0], [2, 2], [3, 1], [4, 5]]);
 *   const Y = fromRows([[0.1], [0.9], [2.2], [2.9], [4.1]]);
 *   gcvChoice(ridgeSystem(X, Y), [1e-8, 1e-4, 1]).rho.length === 1;
 * @see G. H. Golub, M. Heath, G. Wahba, Technometrics 21, 215 (1979); arXiv:2407.09375
 * @internal
 */
export function gcvChoice(
  sys: RidgeSystem,
  grid: readonly number[],
): { rho: Float64Array; score: Float64Array } {
  if (!Array.isArray(grid) || grid.length === 0) {
    throw new RangeError(`gcvChoice: grid must be a non-empty array of strengths >= 0`);
  }
  const H = sys.outputs;
  const rho = new Float64Array(H).fill(grid[0]);
  const score = new Float64Array(H).fill(Infinity);
  for (const r of grid) {
    const g = gcvScores(sys, r).scores;
    for (let h = 0; h < H; h++) {
      if (g[h] < score[h]) {
        score[h] = g[h];
        rho[h] = r;
      }
    }
  }
  return Object.freeze({ rho, score });
}
