import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { computeOrderDt } from '../../experiments/order-dt/compute.ts';
import { orderDtClaims } from '../../experiments/order-dt/claims.ts';
import { experiment } from '../../experiments/order-dt/index.ts';
import { expectValidFigures } from './helpers.ts';

describe('order-dt', () => {
  it('a small run: bilinear third order, forward second order; claims fail on swapped data', () => {
    const r = computeOrderDt({
      N: 17,
      theta: 1,
      dts: [2e-4, 5e-4, 1e-3, 2e-3],
      T: 4,
      methods: ['bilinear', 'forward'],
    });
    const [bil, fwd] = r.methods;
    expect(Math.abs(bil.slope - 3)).toBeLessThan(0.3);
    expect(Math.abs(fwd.slope - 2)).toBeLessThan(0.3);
    expect(orderDtClaims(r).every((c) => c.pass)).toBe(true);
    const bad = structuredClone(r);
    [bad.methods[0].slope, bad.methods[1].slope] = [fwd.slope, bil.slope];
    [bad.methods[0].rms, bad.methods[1].rms] = [fwd.rms, bil.rms];
    expect(orderDtClaims(bad).filter((c) => !c.pass).length).toBe(3);
  });

  it('refuses a dt with D dt / 2 >= 1 (through prophecy)', () => {
    expect(() => computeOrderDt({ N: 17, theta: 1, dts: [1e-2], T: 2, methods: ['bilinear'] })).toThrow(
      RangeError,
    );
  });

  it('runs end to end at quick scale', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    for (const c of experiment.claims(result, 'quick')) expect(c.pass, c.name).toBe(true);
    expect(experiment.figures(result).order.data.length).toBe(result.methods.length + 2);
    expectValidFigures(experiment.figures(result));
  });
});
