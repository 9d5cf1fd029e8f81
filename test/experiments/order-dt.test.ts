import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { computeOrderDt } from '../../experiments/order-dt/compute.ts';
import { BOUNDS } from '../../experiments/order-dt/bounds.ts';
import { orderDtClaims } from '../../experiments/order-dt/claims.ts';
import { experiment } from '../../experiments/order-dt/index.ts';
import { ORDER_SLOPE } from '../tolerances.ts';
import { expectAllFail, expectAllPass, expectRegistered, nanFilled } from './claimChecks.ts';
import { expectValidFigures } from './helpers.ts';

describe('order-dt', () => {
  it('a small run: bilinear third order, Euler second; each claim fails on a NaN and on a swapped result', () => {
    const r = computeOrderDt({
      N: 17,
      theta: 1,
      dts: [2e-4, 5e-4, 1e-3, 2e-3],
      T: 4,
      methods: ['bilinear', 'backward', 'forward'],
    });
    const [bil, , fwd] = r.methods;
    expect(Math.abs(bil.slope - 3)).toBeLessThan(ORDER_SLOPE);
    expect(Math.abs(fwd.slope - 2)).toBeLessThan(ORDER_SLOPE);
    const claims = orderDtClaims(r);
    expectRegistered(claims, BOUNDS);
    expectAllPass(claims);
    expectAllFail(orderDtClaims(nanFilled(r)));
    // wrong: bilinear and the Euler methods exchange their errors (and orders)
    const bad = structuredClone(r);
    [bad.methods[0].slope, bad.methods[1].slope, bad.methods[2].slope] = [fwd.slope, bil.slope, bil.slope];
    [bad.methods[0].rms, bad.methods[1].rms, bad.methods[2].rms] = [fwd.rms, bil.rms, bil.rms];
    expectAllFail(orderDtClaims(bad));
    // a method missing from the run fails its claim
    const partial = structuredClone(r);
    partial.methods = partial.methods.filter((m) => m.method !== 'backward');
    expect(orderDtClaims(partial).find((c) => c.id === 'backward')?.status).toBe('fail');
  });

  it('refuses a dt with D dt / 2 >= 1 (through prophecy)', () => {
    expect(() => computeOrderDt({ N: 17, theta: 1, dts: [1e-2], T: 2, methods: ['bilinear'] })).toThrow(
      RangeError,
    );
  });

  it('runs end to end at quick scale', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    expectAllPass(experiment.claims(result, 'quick')); // deterministic: no seed enters
    expect(experiment.figures(result).order.data.length).toBe(result.methods.length + 2);
    expectValidFigures(experiment.figures(result));
  });
});
