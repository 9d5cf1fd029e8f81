import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiscretePredictor } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { fromRows } from '../../src/linalg/matrix.ts';
import { bankPredict, combineOnline, windowBank, windowBankMembers } from '../../src/window-bank/index.ts';
import type { WindowBank } from '../../src/window-bank/index.ts';

describe('windowBankMembers', () => {
  it('spans the windows geometrically and keeps N^2 dt / (2 theta) < 1', () => {
    const dt = 1e-4;
    const ms = windowBankMembers(dt, { thetaMin: 1e-3, thetaMax: 1, count: 4 });
    const thetas = [...new Set(ms.map((m) => m.theta))];
    expect(thetas.map((t) => Math.log10(t))).toEqual([-3, -2, -1, 0].map((v) => expect.closeTo(v, 12)));
    for (const m of ms) expect((m.N * m.N * dt) / (2 * m.theta)).toBeLessThan(1);
    // theta = 1e-3 admits N <= 4 (N^2 < 20), so of the default grid only 1, 2, 3, 4
    expect(ms.filter((m) => m.theta === thetas[0]).map((m) => m.N)).toEqual([1, 2, 3, 4]);
    const byRatio = windowBankMembers(dt, { thetaMin: 0.1, thetaMax: 0.1, count: 1, ratios: [0.5] });
    expect(byRatio).toEqual([{ theta: 0.1, N: 32 }]); // round(sqrt(2 * 0.5 * 0.1 / 1e-4)) = 32
  });
  it('refuses bad grids', () => {
    expect(() => windowBankMembers(0)).toThrow(RangeError);
    expect(() => windowBankMembers(1e-4, { thetaMin: 1, thetaMax: 0.1 })).toThrow(RangeError);
    expect(() => windowBankMembers(1e-4, { ratios: [1.5] })).toThrow(RangeError);
    expect(() => windowBank(1, { thetaMin: 0.1, thetaMax: 0.1, count: 1 })).toThrow(/no member/);
  });
});

/** The 2-state predictor that is exact on sin(w k + phi): uhat_{k+1} = 2 cos(w) u_k - u_{k-1}. */
function sineOracle(w: number): DiscretePredictor {
  const op = hippo('legt', 2);
  return Object.freeze({
    op,
    dt: 1,
    discretization: 'bilinear' as const,
    output: 'trapezoid' as const,
    authorsFirstStep: false,
    C: new Float64Array(2),
    D: 0,
    Abar: fromRows([
      [0, 0],
      [1, 0],
    ]),
    Bbar: Float64Array.of(1, 0),
    Cbar: Float64Array.of(2 * Math.cos(w), -1),
    Dbar: 0,
  });
}

describe('combineOnline', () => {
  it('is causal: changing u[k+1..] never changes out[0..k] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom<'argmin' | 'softmin'>('argmin', 'softmin'),
        (L, seed, weighting) => {
          const rnd = (i: number) => (Math.sin(seed * 12.9898 + i * 78.233) * 43758.5453) % 1;
          const u = Float64Array.from({ length: L }, (_, i) => rnd(i));
          const k = Math.floor(Math.abs(rnd(999)) * (L - 1));
          const v = u.slice();
          for (let j = k + 1; j < L; j++) v[j] = rnd(j + 5000);
          // members predict from the causal past of their own input, as predictors do
          const members = (x: Float64Array) => [
            Float64Array.from(x),
            Float64Array.from(x, (_, i) => 2 * x[i] - (i > 0 ? x[i - 1] : 0)),
            Float64Array.from(x, (_, i) => 0.5 * x[i]),
          ];
          const a = combineOnline(members(u), u, { weighting }).prediction;
          const b = combineOnline(members(v), v, { weighting }).prediction;
          for (let j = 0; j <= k; j++) if (a[j] !== b[j]) return false;
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('follows an exact member: out equals it once every other member has erred', () => {
    const L = 200;
    const u = Float64Array.from({ length: L }, (_, k) => Math.sin(0.3 * k) + 0.2 * Math.cos(1.7 * k));
    const exact = Float64Array.from({ length: L }, (_, k) => (k + 1 < L ? u[k + 1] : 0));
    const noisy = Float64Array.from(exact, (v, k) => v + 1e-3 * Math.sin(5 * k + 1));
    for (const weighting of ['argmin', 'softmin'] as const) {
      const r = combineOnline([u, noisy, exact], u, { weighting });
      for (let k = 2; k < L - 1; k++) expect(r.prediction[k]).toBe(exact[k]);
      expect(r.leader[L - 2]).toBe(2);
    }
  });

  it('refuses malformed input', () => {
    expect(() => combineOnline([], [1, 2])).toThrow(TypeError);
    expect(() => combineOnline([[1, 2, 3]], [1, 2])).toThrow(TypeError);
    expect(() => combineOnline([[1, 2]], [1, 2], { forgetting: 1 })).toThrow(RangeError);
    expect(() => combineOnline([[1, NaN]], [1, 2])).toThrow(RangeError);
  });
});

describe('bankPredict', () => {
  it('is causal on real members (property over edits of the future)', () => {
    const bank = windowBank(1e-2, { thetaMin: 0.1, thetaMax: 1, count: 3, Ns: [2, 4] });
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (k, shift) => {
          const L = 64;
          const u = Float64Array.from({ length: L }, (_, i) => Math.sin(0.2 * i) + 0.1 * i * 0.01);
          const v = u.slice();
          for (let j = k + 1; j < L; j++) v[j] += shift;
          const [a, b] = bankPredict(bank, [u, v], { mode: 'scan' });
          for (let j = 0; j <= k; j++) if (a.prediction[j] !== b.prediction[j]) return false;
          return true;
        },
      ),
      { numRuns: 30 },
    );
  });

  it('converges to an exact member among LegT members', () => {
    const w = 0.05;
    const legt = windowBank(1e-2, { thetaMin: 0.1, thetaMax: 1, count: 3, Ns: [2, 4] });
    const bank: WindowBank = {
      ...legt,
      members: [...legt.members, { theta: NaN, N: 2, predictor: sineOracle(w) }],
    };
    const L = 400;
    const u = Float64Array.from({ length: L }, (_, k) => Math.sin(w * k + 0.4));
    const [r] = bankPredict(bank, [u], { mode: 'scan' });
    for (let k = 300; k < L - 1; k++) expect(Math.abs(r.prediction[k] - u[k + 1])).toBeLessThan(1e-12);
    expect(r.leader[L - 2]).toBe(bank.members.length - 1);
  });
});
