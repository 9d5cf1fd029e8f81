import { lusolve } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { finiteDifferenceCoefficients } from '../../src/baselines/finiteDifference.ts';
import { savitzkyGolay, savitzkyGolayWeights } from '../../src/baselines/savitzkyGolay.ts';
import { SG_EXACT, TIGHT } from '../tolerances.ts';

const cases: [number, number][] = [
  [3, 2],
  [8, 2],
  [11, 3],
  [20, 4],
  [40, 6],
];

describe('savitzkyGolayWeights', () => {
  it('reproduce the classical centred 5-point quadratic smoother (-3, 12, 17, 12, -3) / 35 and slope (2, 1, 0, -1, -2) / 10', () => {
    // centre of a 5-sample window is 2 samples back: lead = -2
    const smooth = savitzkyGolayWeights(5, 2, { lead: -2 });
    [-3, 12, 17, 12, -3].forEach((w, i) => expect(Math.abs(smooth[i] - w / 35)).toBeLessThan(TIGHT));
    const slope = savitzkyGolayWeights(5, 2, { lead: -2, derivative: 1 });
    [2, 1, 0, -1, -2].forEach((w, i) => expect(Math.abs(slope[i] - w / 10)).toBeLessThan(TIGHT));
  });

  it('with window = degree + 1 and lead 1 are the finite-difference coefficients', () => {
    for (let p = 0; p <= 6; p++) {
      const w = savitzkyGolayWeights(p + 1, p, { lead: 1 });
      const c = finiteDifferenceCoefficients(p);
      const scale = c.reduce((s, x) => s + Math.abs(x), 0);
      c.forEach((ci, i) => expect(Math.abs(w[i] - ci)).toBeLessThan(TIGHT * scale));
    }
  });

  it('equal an independent least-squares solve (raw-coordinate normal equations in mathjs)', () => {
    const n = 9;
    const d = 3;
    const lead = 1;
    // q(j) = sum_c beta_c j^c over j = 0, -1, ..., -(n-1); w^T = e^T (V^T V)^-1 V^T with e_c = lead^c
    const V = Array.from({ length: n }, (_, i) => Array.from({ length: d + 1 }, (_, c) => (-i) ** c));
    const VtV = Array.from({ length: d + 1 }, (_, r) =>
      Array.from({ length: d + 1 }, (_, c) => V.reduce((s, row) => s + row[r] * row[c], 0)),
    );
    const e = Array.from({ length: d + 1 }, (_, c) => [lead ** c]);
    const z = (lusolve(VtV, e) as number[][]).map((r) => r[0]);
    const ref = V.map((row) => row.reduce((s, x, c) => s + x * z[c], 0));
    const w = savitzkyGolayWeights(n, d, { lead });
    ref.forEach((r, i) => expect(Math.abs(w[i] - r)).toBeLessThan(1e-10));
  });

  it('rejects a window too short for the degree and a derivative above it', () => {
    expect(() => savitzkyGolayWeights(3, 3)).toThrow(
      'savitzkyGolayWeights: window must be >= degree + 1 = 4 for a least-squares fit, got 3',
    );
    expect(() => savitzkyGolayWeights(5, 2, { derivative: 3 })).toThrow(
      'savitzkyGolayWeights: derivative must be <= degree = 2, got 3',
    );
    expect(() => savitzkyGolayWeights(5, 2, { lead: NaN })).toThrow(
      'savitzkyGolayWeights: lead must be finite',
    );
  });
});

describe('savitzkyGolay', () => {
  // a fixed polynomial of degree 8 in t on [-1, 2); its first d + 1 terms give a polynomial of degree d
  const coef = [0.3, -1.2, 0.7, 2.1, -0.4, 1.5, 0.9, -0.8, 0.6];
  const h = 0.01;
  const L = 300;
  const t = (k: number) => k * h - 1;
  const evalPoly = (c: readonly number[], x: number, m: number) => {
    let s = 0;
    for (let i = m; i < c.length; i++) {
      let f = 1;
      for (let j = 0; j < m; j++) f *= i - j;
      s += c[i] * f * x ** (i - m);
    }
    return s;
  };

  for (const [n, d] of cases) {
    it(`window ${n}, degree ${d}: exact for polynomials of degree <= ${d} (values, derivatives, any lead)`, () => {
      for (const deg of [d, Math.max(d - 1, 0)]) {
        const c = coef.slice(0, deg + 1);
        const u = Float64Array.from({ length: L }, (_, k) => evalPoly(c, t(k), 0));
        const scale = u.reduce((mx, x) => Math.max(mx, Math.abs(x)), 0);
        for (const m of [0, 1, 2].filter((q) => q <= d)) {
          for (const lead of [0, 1, 0.5]) {
            const out = savitzkyGolay(u, { window: n, degree: d, derivative: m, lead, dt: h });
            const tol = (SG_EXACT * scale) / h ** m;
            for (let k = n - 1; k < L; k++) {
              expect(Math.abs(out[k] - evalPoly(c, t(k + lead), m))).toBeLessThanOrEqual(tol);
            }
          }
        }
      }
    });
  }

  it('is not exact one degree higher (the test above can fail)', () => {
    const c = coef.slice(0, 4);
    const u = Float64Array.from({ length: 50 }, (_, k) => evalPoly(c, t(k), 0));
    const out = savitzkyGolay(u, { window: 8, degree: 2, lead: 1 });
    expect(Math.abs(out[20] - u[21])).toBeGreaterThan(1e-8);
  });

  it('start-up uses all k + 1 samples with degree min(d, k), and 0 for a derivative above that degree', () => {
    const u = Float64Array.of(1, 4, 9, 16, 25, 36);
    const ext = savitzkyGolay(u, { window: 4, degree: 2, lead: 1 });
    expect(ext[0]).toBe(1);
    expect(ext[1]).toBeCloseTo(7, 12);
    for (let k = 2; k < 6; k++) expect(ext[k]).toBeCloseTo((k + 2) ** 2, 10);
    const second = savitzkyGolay(u, { window: 4, degree: 2, derivative: 2 });
    expect(second[0]).toBe(0);
    expect(second[1]).toBe(0);
    for (let k = 2; k < 6; k++) expect(second[k]).toBeCloseTo(2, 10);
  });

  it('rejects bad options with errors naming savitzkyGolay', () => {
    const u = Float64Array.of(1, 2, 3);
    expect(() => savitzkyGolay(u, { window: 2, degree: 2 })).toThrow(
      'savitzkyGolay: window must be >= degree + 1 = 3',
    );
    expect(() => savitzkyGolay(u, { dt: 0 })).toThrow('savitzkyGolay: dt must be > 0, got 0');
    expect(() => savitzkyGolay(u, { width: 3 } as never)).toThrow('savitzkyGolay: unknown option "width"');
  });
});
