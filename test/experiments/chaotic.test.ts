import { describe, expect, it } from 'vitest';
import { causalRollout } from '../../experiments/chaotic/causalRollout.ts';
import { closedLoopRadius, radiusGrid } from '../../experiments/chaotic/closedLoop.ts';
import { BOUNDS } from '../../experiments/chaotic/bounds.ts';
import { chaoticFigures } from '../../experiments/chaotic/figures.ts';
import { experiment } from '../../experiments/chaotic/index.ts';
import { runChaotic } from '../../experiments/chaotic/run.ts';
import type { ChaoticResult } from '../../experiments/chaotic/run.ts';
import { legtPredictor } from '../../experiments/common/predictorSuite/index.ts';
import { finiteDifference, polynomialExtrapolation } from '../../src/baselines/index.ts';
import { rollout } from '../../src/ssm/index.ts';
import { TIGHT } from '../tolerances.ts';
import { expectAllFail, expectRegistered, nanFilled } from './claimChecks.ts';
import { countingContext, expectValidFigures } from './helpers.ts';

const tiny = { functions: 1, context: 600, horizon: 200, arMemory: 64 };

describe('chaotic experiment', () => {
  let result: ChaoticResult;

  it('runs at a tiny size and computes every claim of the bound table', async () => {
    result = await runChaotic(countingContext(2), tiny);
    expect(result.systems).toContain('lorenz');
    const claims = experiment.claims(result, 'quick');
    expectRegistered(claims, BOUNDS);
    for (const c of claims) expect(Number.isFinite(Number(c.value)), c.id).toBe(true);
    const status = Object.fromEntries(claims.map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ 'closed-loop': 'pass', 'no-lyapunov': 'pass' });
  }, 20_000);

  it('each claim fails on a NaN result and on a deliberately wrong one', () => {
    expectAllFail(experiment.claims(nanFilled(result), 'quick'));
    const bad: ChaoticResult = structuredClone(result);
    const cell = (v: number) => ({ median: v, min: v, max: v, n: 1 });
    // a stable closed loop everywhere, AR(4) forecasting Lorenz for 20 time units but failing at once on Duffing,
    // the in-context LegT rolling out 10x longer than FD p = 4 on the pendulum, and FD p = 4 no better one-step
    bad.radius = bad.radius.map((row) => row.map((r) => (Number.isNaN(r) ? r : 1)));
    bad.vpt['lorenz'].ar4 = cell(20);
    bad.vpt['duffing'].ar4 = cell(0);
    bad.vpt['pendulum']['legt-select'] = cell(10 * bad.vpt['pendulum'].fd4.median);
    bad.oneStep['lorenz'].fd4 = { ...bad.oneStep['lorenz']['legt-select'] };
    expectAllFail(experiment.claims(bad, 'quick'));
  });

  it('builds valid figure specs', () => {
    const figs = chaoticFigures(result);
    expect(Object.keys(figs)).toEqual(
      expect.arrayContaining(['one-step', 'vpt-chaotic', 'vpt-regular', 'closed-loop', 'lorenz-rollout']),
    );
    expectValidFigures(figs);
  });
});

describe('causalRollout', () => {
  const u = Float64Array.from({ length: 120 }, (_, k) => Math.sin(0.1 * k) + 0.01 * k * k);

  it('continues the polynomial a finite difference is exact for, and memory p + 1 changes nothing', () => {
    const quad = Float64Array.from({ length: 50 }, (_, k) => 1 + 0.5 * k - 0.02 * k * k);
    const f = causalRollout((x) => finiteDifference(x, { order: 2 }), quad.subarray(0, 30), 20, {
      memory: 3,
    });
    f.forEach((v, j) => expect(Math.abs(v - quad[30 + j])).toBeLessThan(1e-9));
    const g = causalRollout((x) => finiteDifference(x, { order: 2 }), quad.subarray(0, 30), 20);
    expect(Array.from(f)).toEqual(Array.from(g));
  });

  it('equals the SSM rollout when the predictor is predictNext (an independent path)', () => {
    const p = legtPredictor(4, 20, 120);
    const T = 80;
    const viaWrapper = causalRollout((x) => rollout(p, x, { teacherRatio: 1 }), u.subarray(0, T), 40);
    const viaSsm = rollout(p, u, { teacherRatio: T / 120 }).subarray(T - 1, 119);
    const scale = Math.max(...Array.from(viaSsm, Math.abs));
    viaWrapper.forEach((v, j) => expect(Math.abs(v - viaSsm[j]) / scale).toBeLessThan(TIGHT));
  });

  it('starts with the teacher-forced prediction and validates its arguments', () => {
    const f = causalRollout(
      (x) => polynomialExtrapolation(x, { window: 8, degree: 2 }),
      u.subarray(0, 60),
      1,
    );
    expect(f[0]).toBe(polynomialExtrapolation(u.subarray(0, 60), { window: 8, degree: 2 })[59]);
    expect(() => causalRollout((x) => x, [], 3)).toThrow(/at least one sample/);
    expect(() => causalRollout((x) => x, u, 0)).toThrow(/horizon/);
    expect(() => causalRollout((x) => x, u, 2, { memory: 0 })).toThrow(/memory/);
  });
});

describe('closed loop', () => {
  it('gives the radius of known matrices and an unstable LegT loop at small windows', () => {
    // a fake predictor whose closed loop is diagonal: Abar = 0.5, Bbar = 0, Cbar = 0, Dbar = 0.9 -> rho = 0.9
    const fake = {
      ...legtPredictor(1, 10, 100),
      Abar: { rows: 1, cols: 1, data: Float64Array.of(0.5) },
      Bbar: Float64Array.of(0),
      Cbar: Float64Array.of(0),
      Dbar: 0.9,
    };
    expect(Math.abs(closedLoopRadius(fake) - 0.9)).toBeLessThan(TIGHT);
    const grid = radiusGrid([1, 9], [64, 1024]);
    expect(Math.abs(grid[0][0] - 1)).toBeLessThan(1e-6); // N = 1 reproduces constants: rho = 1
    expect(grid[1][0]).toBeGreaterThan(1.5); // N = 9, W = 64: D dt / 2 = 0.63
    expect(grid[1][1]).toBeGreaterThan(1);
    expect(grid[1][1]).toBeLessThan(grid[1][0]);
    expect(Number.isNaN(radiusGrid([17], [64])[0][0])).toBe(true); // N^2 / (2 W) >= 1: no predictor
  });
});
