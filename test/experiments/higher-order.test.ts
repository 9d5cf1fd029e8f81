import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { higherOrderClaims, fittedOrder } from '../../experiments/higher-order/claims.ts';
import { higherOrderFigures } from '../../experiments/higher-order/figures.ts';
import { experiment } from '../../experiments/higher-order/index.ts';
import { runHigherOrder } from '../../experiments/higher-order/run.ts';
import type { HigherOrderParams } from '../../experiments/higher-order/params.ts';
import type { HigherOrderResult } from '../../experiments/higher-order/run.ts';
import { expectValidFigures } from './helpers.ts';

const tiny: HigherOrderParams = {
  rules: [
    { rule: 'trapezoid', M: 1 },
    { rule: 'matched', M: 3 },
    { rule: 'taylor', M: 3 },
  ],
  smooth: { N: 17, theta: 1, dts: [2.26e-3, 1.6e-3, 1.13e-3, 8e-4, 4e-4, 2e-4, 1e-4], T: 8 },
  white: { N: 17, theta: 0.1, gamma: 1, lengths: [2000, 2800, 4000, 5600, 10000], functions: 1 },
  paper: {
    N: 17,
    L: 10000,
    functions: 1,
    signals: [{ label: 'White Signal gamma 1', system: 'white-signal', params: { gamma: 1 } }],
  },
  fitFloor: 1e-13,
};

describe('higher-order experiment', () => {
  let result: HigherOrderResult;
  it('computes every claim at a tiny scale, and they pass', async () => {
    result = await runHigherOrder(inlineContext({ seed: 1 }), tiny);
    const claims = higherOrderClaims(result);
    expect(claims.length).toBe(9);
    for (const c of claims) expect(c.pass, `${c.name}: ${c.value} vs ${c.bound}`).toBe(true);
  }, 20_000);

  it('a deliberately bad result fails claims', () => {
    const bad: HigherOrderResult = structuredClone(result);
    const m3 = bad.rules.findIndex((r) => r.name === 'matched-3');
    bad.smooth.rmse[m3] = bad.smooth.rmse[0].slice(); // matched-3 no better than the trapezoid
    bad.paper.mse[0][0] *= 3; // the trapezoid no longer at the window floor
    const failed = higherOrderClaims(bad)
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(failed).toEqual(
      expect.arrayContaining([
        'smooth signal: fitted order of matched-3',
        'smooth signal: order rises by >= 1 (matched-3 vs trapezoid)',
        'paper setting, White Signal gamma 1: floor set by the window, not the time step',
        'smooth signal at N = 17, theta = 1, dt = 1e-4: floor drops >= 10x',
      ]),
    );
  });

  it('fits orders over the smallest dt above the floor', () => {
    const dts = [8, 4, 2, 1, 0.5];
    expect(
      fittedOrder(
        dts,
        dts.map((d) => 1e-3 * d ** 3),
        1e-13,
      ).slope,
    ).toBeCloseTo(3, 10);
    expect(fittedOrder(dts, [1, 1e-20, 1e-20, 1e-20, 1e-20], 1e-13).slope).toBeNaN();
  });

  it('gives valid figure specs and a complete definition', () => {
    const figs = higherOrderFigures(result);
    expect(Object.keys(figs).sort()).toEqual(['error-vs-dt', 'paper-setting']);
    expectValidFigures(figs);
    expect(experiment.id).toBe('higher-order');
    expect(Object.keys(experiment.scales).sort()).toEqual(['paper', 'quick']);
  });
});
