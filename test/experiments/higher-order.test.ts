import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { BOUNDS } from '../../experiments/higher-order/bounds.ts';
import { higherOrderClaims, fittedOrder } from '../../experiments/higher-order/claims.ts';
import { higherOrderFigures } from '../../experiments/higher-order/figures.ts';
import { experiment } from '../../experiments/higher-order/index.ts';
import { runHigherOrder } from '../../experiments/higher-order/run.ts';
import type { HigherOrderParams } from '../../experiments/higher-order/params.ts';
import type { HigherOrderResult } from '../../experiments/higher-order/run.ts';
import { expectAllFail, expectAllPass, expectRegistered, nanFilled } from './claimChecks.ts';
import { expectValidFigures } from './helpers.ts';

const tiny: HigherOrderParams = {
  rules: [
    { rule: 'trapezoid', M: 1 },
    { rule: 'matched', M: 3 },
    { rule: 'taylor', M: 3 },
  ],
  smooth: { N: 17, theta: 1, dts: [2.26e-3, 1.6e-3, 1.13e-3, 8e-4, 4e-4, 2e-4, 1e-4], T: 8 },
  white: { N: 17, theta: 0.1, gamma: 1, lengths: [4000, 5600, 8000, 10000, 14000], functions: 1 },
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
    expectRegistered(claims, BOUNDS);
    expectAllPass(claims);
  }, 20_000);

  it('each claim fails on a NaN result and on a deliberately wrong one', () => {
    expectAllFail(higherOrderClaims(nanFilled(result)));
    // wrong: the trapezoid is second order and matched-3 no better, taylor-3 third order, and at the paper setting
    // matched-3 lowers the error 10x
    const bad: HigherOrderResult = structuredClone(result);
    const [trap, m3, taylor] = ['trapezoid', 'matched-3', 'taylor-3'].map((n) =>
      bad.rules.findIndex((r) => r.name === n),
    );
    for (const part of ['smooth', 'white'] as const) {
      bad[part].rmse[trap] = bad[part].dts.map((d) => 10 * d * d);
      bad[part].rmse[m3] = bad[part].rmse[trap].slice();
      bad[part].rmse[taylor] = bad[part].dts.map((d) => 10 * d ** 3);
    }
    bad.paper.mse[m3] = bad.paper.mse[trap].map((v) => v / 10);
    expectAllFail(higherOrderClaims(bad));
  });

  it('a rule whose declared order differs from the bound table fails its claims', () => {
    const bad: HigherOrderResult = structuredClone(result);
    bad.rules = bad.rules.map((r) => (r.name === 'taylor-3' ? { ...r, declared: 5 } : r));
    expect(
      higherOrderClaims(bad)
        .filter((c) => c.status === 'fail')
        .map((c) => c.id),
    ).toEqual(['smooth-taylor-3']);
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
