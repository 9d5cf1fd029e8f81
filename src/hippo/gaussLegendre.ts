/**
 * Gauss-Legendre quadrature on [-1, 1], the rule that projects a signal on a window onto the HiPPO bases
 * (legendreValues and friends): Newton iteration on P_n from the initial guesses cos(pi (i + 3/4) / (n + 1/2)).
 *
 * @see arXiv:2008.07669 (HiPPO: the projection onto a measure's basis)
 */

/** Nodes and weights of the n-point Gauss-Legendre rule on [-1, 1]. */
export interface GaussRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

const cache = new Map<number, { nodes: Float64Array; weights: Float64Array }>();

function computeRule(n: number): { nodes: Float64Array; weights: Float64Array } {
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
  return { nodes, weights };
}

/**
 * The n-point Gauss-Legendre rule on [-1, 1]: sum_i w_i f(x_i) = int_{-1}^{1} f(x) dx for deg f <= 2n - 1, with
 * w_i = 2 / ((1 - x_i^2) P_n'(x_i)^2) at the roots x_i of the Legendre polynomial P_n. On [a, b] use the nodes
 * a + (b - a)(x_i + 1)/2 and the weights (b - a) w_i / 2.
 *
 * @param n - number of nodes (integer >= 1)
 * @returns nodes (ascending) and weights, each of shape [n] (fresh arrays: the caller may modify them)
 * @throws RangeError when n is not an integer >= 1
 * @example
 * const g = gaussLegendre(3);
 * Math.abs(g.weights.reduce((s, w, i) => s + w * g.nodes[i] ** 4, 0) - 2 / 5) < 1e-15 // exact for degree 4 <= 5
 * @see arXiv:2008.07669
 */
export function gaussLegendre(n: number): GaussRule {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`gaussLegendre: n must be an integer >= 1, got ${n}`);
  let rule = cache.get(n);
  if (!rule) {
    rule = computeRule(n);
    cache.set(n, rule);
  }
  return Object.freeze({ nodes: rule.nodes.slice(), weights: rule.weights.slice() });
}
