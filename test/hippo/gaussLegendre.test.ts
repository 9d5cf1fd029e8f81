import { describe, expect, it } from 'vitest';
import { gaussLegendre } from '../../src/hippo/gaussLegendre.ts';
import { GAUSS_RULE_ABS } from '../tolerances.ts';

/** sum_i w_i x_i^p: the rule applied to a monomial. */
function integrate(n: number, p: number): number {
  const g = gaussLegendre(n);
  return g.nodes.reduce((s, x, i) => s + g.weights[i] * x ** p, 0);
}

describe('gaussLegendre', () => {
  it('is exact for degree <= 2n - 1 (int x^p = 2 / (p + 1) for even p, 0 for odd)', () => {
    for (const n of [1, 2, 6, 20]) {
      for (let p = 0; p <= 2 * n - 1; p++) {
        const exact = p % 2 === 0 ? 2 / (p + 1) : 0;
        expect(Math.abs(integrate(n, p) - exact), `n = ${n}, p = ${p}`).toBeLessThan(GAUSS_RULE_ABS);
      }
    }
  });

  it('misses x^(2n) by the closed-form remainder 2^(2n+1) (n!)^4 / ((2n+1) ((2n)!)^2)', () => {
    const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
    for (const n of [1, 2, 3, 6]) {
      const remainder = (2 ** (2 * n + 1) * factorial(n) ** 4) / ((2 * n + 1) * factorial(2 * n) ** 2);
      const missed = 2 / (2 * n + 1) - integrate(n, 2 * n);
      // remainder >= 4e-5 for n <= 6, far above the rule's rounding (GAUSS_RULE_ABS)
      expect(Math.abs(missed - remainder) / remainder, `n = ${n}`).toBeLessThan(GAUSS_RULE_ABS / 4e-5);
    }
  });

  it('has the closed-form 2-point rule, ascending nodes and weights summing to 2', () => {
    const g = gaussLegendre(2);
    expect(Math.abs(g.nodes[0] + 1 / Math.sqrt(3))).toBeLessThan(GAUSS_RULE_ABS);
    expect(Math.abs(g.nodes[1] - 1 / Math.sqrt(3))).toBeLessThan(GAUSS_RULE_ABS);
    const big = gaussLegendre(300);
    for (let i = 1; i < 300; i++) expect(big.nodes[i]).toBeGreaterThan(big.nodes[i - 1]);
    expect(Math.abs(big.weights.reduce((s, w) => s + w, 0) - 2)).toBeLessThan(GAUSS_RULE_ABS);
  });

  it('returns fresh arrays: a caller changing one does not change the next rule', () => {
    const a = gaussLegendre(4);
    a.nodes[0] = 99;
    expect(gaussLegendre(4).nodes[0]).not.toBe(99);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('refuses n that is not an integer >= 1', () => {
    expect(() => gaussLegendre(0)).toThrow(RangeError);
    expect(() => gaussLegendre(2.5)).toThrow(/integer >= 1, got 2.5/);
  });
});
