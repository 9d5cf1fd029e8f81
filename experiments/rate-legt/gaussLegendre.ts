/**
 * Gauss-Legendre quadrature nodes and weights on [-1, 1] (Newton iteration on P_n from the Chebyshev-like initial
 * guesses cos(pi (i + 3/4) / (n + 1/2))), exact for polynomials of degree <= 2n - 1.
 *
 * @see arXiv:2407.09375
 */

/** Nodes and weights of the n-point Gauss-Legendre rule on [-1, 1]. */
export interface GaussRule {
  nodes: Float64Array;
  weights: Float64Array;
}

const cache = new Map<number, GaussRule>();

/**
 * The n-point Gauss-Legendre rule on [-1, 1]: sum_i w_i f(x_i) = int_{-1}^{1} f(x) dx for deg f <= 2n - 1.
 *
 * @param n - number of nodes (integer >= 1)
 * @returns nodes (ascending) and weights, each of shape [n]
 * @throws RangeError when n is not an integer >= 1
 * @example gaussLegendre(2).nodes // [-1/sqrt3, 1/sqrt3]
 */
export function gaussLegendre(n: number): GaussRule {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`gaussLegendre: n must be an integer >= 1, got ${n}`);
  const hit = cache.get(n);
  if (hit) return hit;
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 1;
    for (let it = 0; it < 100; it++) {
      // P_n(x) and P_n'(x) by the three-term recurrence
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      const pn = n === 1 ? x : p1;
      const pm = n === 1 ? 1 : p0;
      dp = (n * (x * pn - pm)) / (x * x - 1);
      const dx = pn / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes[n - 1 - i] = x;
    weights[n - 1 - i] = 2 / ((1 - x * x) * dp * dp);
  }
  const rule = { nodes, weights };
  cache.set(n, rule);
  return rule;
}
