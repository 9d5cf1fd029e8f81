import { describe, expect, it } from 'vitest';
import { fourierValues, laguerreValues, legendreValues } from '../../src/hippo/index.ts';
import { TIGHT } from '../tolerances.ts';
import { gaussLegendre } from '../../src/hippo/gaussLegendre.ts';

function binom(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
function factorial(k: number): number {
  let r = 1;
  for (let i = 2; i <= k; i++) r *= i;
  return r;
}

describe('legendreValues', () => {
  it('matches the explicit low-degree polynomials and the endpoint values', () => {
    for (const x of [-1, -0.3, 0, 0.45, 1, 1.7]) {
      const P = legendreValues(5, x);
      expect(P[0]).toBe(1);
      expect(P[1]).toBe(x);
      expect(P[2]).toBeCloseTo((3 * x * x - 1) / 2, 14);
      expect(P[3]).toBeCloseTo((5 * x ** 3 - 3 * x) / 2, 13);
      expect(P[4]).toBeCloseTo((35 * x ** 4 - 30 * x * x + 3) / 8, 13);
    }
    const one = legendreValues(30, 1);
    const minusOne = legendreValues(30, -1);
    for (let n = 0; n < 30; n++) {
      expect(one[n]).toBeCloseTo(1, 12);
      expect(minusOne[n]).toBeCloseTo(n % 2 === 0 ? 1 : -1, 12);
    }
  });

  it('is orthogonal with int P_m P_n = 2/(2n+1) delta (Gauss-Legendre quadrature)', () => {
    const N = 20;
    const { nodes: x, weights: w } = gaussLegendre(40);
    const G = new Float64Array(N * N);
    for (let i = 0; i < x.length; i++) {
      const P = legendreValues(N, x[i]);
      for (let m = 0; m < N; m++) for (let n = 0; n < N; n++) G[m * N + n] += w[i] * P[m] * P[n];
    }
    for (let m = 0; m < N; m++) {
      for (let n = 0; n < N; n++) {
        expect(Math.abs(G[m * N + n] - (m === n ? 2 / (2 * n + 1) : 0))).toBeLessThan(TIGHT);
      }
    }
  });

  it('writes into a given buffer and rejects bad input', () => {
    const out = new Float64Array(4).fill(9);
    expect(legendreValues(3, 0.5, { out })).toBe(out);
    expect(Array.from(out)).toEqual([1, 0.5, -0.125, 9]);
    expect(() => legendreValues(0, 0)).toThrow(RangeError);
    expect(() => legendreValues(2.5, 0)).toThrow(/N must be an integer/);
    expect(() => legendreValues(3, NaN)).toThrow(/x must be finite/);
    expect(() => legendreValues(3, 0, { out: new Float64Array(2) })).toThrow(TypeError);
  });
});

describe('laguerreValues', () => {
  it('matches the explicit sum L_n(x) = sum_k C(n,k) (-x)^k / k!', () => {
    for (const x of [0, 0.3, 1, 2.5, 7]) {
      const L = laguerreValues(12, x);
      for (let n = 0; n < 12; n++) {
        let s = 0;
        for (let k = 0; k <= n; k++) s += (binom(n, k) * (-x) ** k) / factorial(k);
        expect(Math.abs(L[n] - s)).toBeLessThan(TIGHT * Math.max(1, Math.abs(s)) * 100);
      }
    }
    expect(Array.from(laguerreValues(3, 1))).toEqual([1, 0, -0.5]);
  });
});

describe('fourierValues', () => {
  it('orders [c0, c1, s1, c2, s2] and is orthonormal on [0, 1]', () => {
    const phi = 0.1;
    const v = fourierValues(5, phi);
    expect(v[0]).toBe(1);
    expect(v[1]).toBeCloseTo(Math.SQRT2 * Math.cos(2 * Math.PI * phi), 15);
    expect(v[2]).toBeCloseTo(Math.SQRT2 * Math.sin(2 * Math.PI * phi), 15);
    expect(v[3]).toBeCloseTo(Math.SQRT2 * Math.cos(4 * Math.PI * phi), 15);
    expect(v[4]).toBeCloseTo(Math.SQRT2 * Math.sin(4 * Math.PI * phi), 15);
    const code = fourierValues(3, phi, { omega: 4 * Math.PI });
    expect(code[1]).toBeCloseTo(Math.SQRT2 * Math.cos(4 * Math.PI * phi), 15);
    // the uniform rectangle rule with M points integrates trigonometric polynomials of degree < M exactly
    const N = 9;
    const M = 32;
    const G = new Float64Array(N * N);
    for (let i = 0; i < M; i++) {
      const f = fourierValues(N, i / M);
      for (let m = 0; m < N; m++) for (let n = 0; n < N; n++) G[m * N + n] += (f[m] * f[n]) / M;
    }
    for (let m = 0; m < N; m++) {
      for (let n = 0; n < N; n++) expect(Math.abs(G[m * N + n] - (m === n ? 1 : 0))).toBeLessThan(TIGHT);
    }
  });

  it('rejects even N and a non-positive omega', () => {
    expect(() => fourierValues(4, 0)).toThrow(/N must be odd, got 4/);
    expect(() => fourierValues(3, 0, { omega: 0 })).toThrow(/omega must be > 0/);
  });
});
