import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../experiments/forecast/bounds.ts';
import { forecastClaims } from '../../experiments/forecast/claims.ts';
import { experiment } from '../../experiments/forecast/index.ts';
import { HIPPO, LEGT, LEGT_STABLE, METHOD_LABELS, NGRC } from '../../experiments/forecast/methods.ts';
import type { ForecastParams } from '../../experiments/forecast/params.ts';
import type { ForecastResult } from '../../experiments/forecast/run.ts';
import { forecastTrajectory } from '../../experiments/forecast/trajectory.ts';
import { inlineContext } from '../../experiments/common/index.ts';
import { generate, systems } from '../../src/systems/index.ts';
import { expectAllFail, expectRegistered, nanFilled, statuses } from './claimChecks.ts';
import { expectValidFigures } from './helpers.ts';

/** Lorenz at context 10^4 (the cell of the Lorenz claim) and two regular systems at a short context. */
const tiny: ForecastParams = {
  grid: [
    { context: 10000, systems: ['lorenz'] },
    { context: 600, systems: ['van-der-pol', 'mass-spring'] },
  ],
  ics: 1,
  horizon: 300,
  transient: 20,
  nrmseSteps: [10, 100, 1000],
  traceSystem: 'lorenz',
  tracePoints: 50,
};

describe('forecast experiment', () => {
  let result: ForecastResult;

  it('runs at a tiny scale; every claim is computed with its kind and source', async () => {
    result = await experiment.run(inlineContext({ seed: 0 }), tiny);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.cells.map((c) => `${c.system} ${c.context}`)).toEqual([
      'lorenz 10000',
      'van-der-pol 600',
      'mass-spring 600',
    ]);
    for (const c of result.cells) {
      expect(Object.keys(c.methods)).toEqual([...METHOD_LABELS]);
      // a step beyond the horizon has no NRMSE
      for (const m of Object.values(c.methods)) expect(m.nrmse[2]).toBeNull();
    }
    const claims = experiment.claims(result, 'quick');
    expectRegistered(claims, BOUNDS);
    for (const c of claims) expect(Number.isFinite(Number(c.value)), c.id).toBe(true);
    // 300 steps at dt = 0.01 are 2.7 Lyapunov times: Lorenz and the divergence claims are decided at this size
    expect(statuses(claims)).toMatchObject({
      'lorenz-one-lt': 'pass',
      'stable-never-diverges': 'pass',
      'plain-diverges': 'pass',
    });
    expect(result.trace?.series[HIPPO]).toHaveLength(3);
  }, 60_000);

  it('fails each claim on a NaN-filled result and on a deliberately wrong one', () => {
    expectAllFail(forecastClaims(nanFilled(result)));
    const bad: ForecastResult = structuredClone(result);
    for (const c of bad.cells) {
      // NG-RC four times longer than the HiPPO forecaster and never censored; the plain construction stable; the
      // stabilised one diverging once
      const n = c.methods[NGRC].valid.length;
      c.methods[HIPPO].valid = c.methods[HIPPO].valid.map(() => 0.5);
      c.methods[HIPPO].censored = 0;
      c.methods[NGRC].valid = c.methods[NGRC].valid.map(() => 2);
      c.methods[NGRC].censored = 0;
      c.methods[LEGT].diverged = 0;
      c.methods[LEGT_STABLE].diverged = Math.min(1, n);
    }
    expectAllFail(forecastClaims(bad));
  });

  it('leaves cells where both methods are censored out of the NG-RC comparison, and fails when none is left', () => {
    const censored: ForecastResult = structuredClone(result);
    for (const c of censored.cells) {
      const n = c.methods[HIPPO].valid.length;
      c.methods[HIPPO].censored = n;
      c.methods[NGRC].censored = n;
      c.methods[HIPPO].valid = c.methods[HIPPO].valid.map(() => 0); // would fail the comparison if compared
    }
    expect(statuses(forecastClaims(censored))['within-2x-ngrc']).toBe('fail');
    censored.cells[0].methods[NGRC].censored = 0; // one compared cell, HiPPO at 0: fraction 0
    const claim = forecastClaims(censored).find((c) => c.id === 'within-2x-ngrc');
    expect(claim?.value).toBe(0);
    expect(claim?.detail).toMatch(/at 0 of 1 compared cells \(2 left out/);
  });

  it('builds valid figures (the Lorenz forecast in 3-D) and has both scales', () => {
    const figs = experiment.figures(result);
    expect(Object.keys(figs).sort()).toEqual(['lorenz-3d', 'lorenz-time', 'valid-chaotic', 'valid-regular']);
    expectValidFigures(figs);
    const traces = figs['lorenz-3d'].data;
    expect(traces.map((t) => t.type)).toEqual(['scatter3d', 'scatter3d', 'scatter3d']);
    for (const t of traces) expect((t.z as number[]).length).toBe((t.x as number[]).length);
    // equal valid times whose float mean falls below their minimum (0.52 x 10 / 10 = 0.5199...) still plot
    const equal: ForecastResult = structuredClone(result);
    equal.cells[1].methods[LEGT].valid = Array.from({ length: 10 }, () => 0.52);
    expectValidFigures(experiment.figures(equal));
    expect(Object.keys(experiment.scales).sort()).toEqual(['paper', 'quick']);
    // the quick scale keeps the cell of the Lorenz claim and 10 initial conditions
    const quick = experiment.scales.quick;
    expect(quick.grid.some((r) => r.context === 10000 && r.systems.includes('lorenz'))).toBe(true);
    expect(quick.ics).toBe(10);
  });
});

describe('forecastTrajectory', () => {
  it("scores copy-last's valid time as a naive twin does: the first step the standardised error exceeds 0.4", () => {
    const input = {
      system: 'mass-spring' as const,
      context: 400,
      horizon: 200,
      seed: 3,
      stream: 0,
      transient: 0,
      nrmseSteps: [1],
      traceLabels: [],
      tracePoints: 10,
    };
    const out = forecastTrajectory(input);
    expect(out.trace).toBeNull();
    expect(out.scores.map((s) => s.label)).toEqual([...METHOD_LABELS]);
    const copy = out.scores.find((s) => s.label === 'copy-last');
    // the twin: the same trajectory, sigma_c over the context, the held last value against the truth
    const def = systems['mass-spring'];
    const g = generate('mass-spring', { length: 600, dt: def.dt, seed: 3, stream: 0 });
    const sigma = g.values.map((c) => {
      const x = Array.from(c.subarray(0, 400));
      const m = x.reduce((a, b) => a + b, 0) / x.length;
      return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / x.length);
    });
    let steps = 0;
    while (steps < 200) {
      const e2 = g.values.reduce((a, c, i) => a + ((c[399] - c[400 + steps]) / sigma[i]) ** 2, 0);
      if (Math.sqrt(e2 / g.values.length) > 0.4) break;
      steps++;
    }
    expect(steps).toBeLessThan(200); // a held value of an oscillation cannot stay valid for its period
    expect(copy?.valid).toBeCloseTo(steps * def.dt, 12);
    expect(copy?.censored).toBe(false);
    expect(copy?.diverged).toBe(false);
    expect(out.scores.find((s) => s.label === LEGT_STABLE)?.plainRadius).toBeGreaterThan(1);
  });
});
