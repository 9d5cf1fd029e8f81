import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { fitRate } from '../../experiments/common/fitRate.ts';
import { rateLegtClaims } from '../../experiments/rate-legt/claims.ts';
import {
  computeRateLegt,
  legtProjectionError,
  legtSteadyStateError,
} from '../../experiments/rate-legt/compute.ts';
import { experiment } from '../../experiments/rate-legt/index.ts';
import { EXP_POLY_READOUT } from '../tolerances.ts';
import { expectValidFigures } from './helpers.ts';

describe('rate-legt', () => {
  it('the readout of the projection is exact for polynomials of degree < N and not for degree N', () => {
    const poly = { u: (s: number) => s ** 7 - 3 * s ** 2 + 1, du1: 1, breaks: [] };
    expect(legtProjectionError(8, poly, 64)).toBeLessThan(EXP_POLY_READOUT);
    expect(legtProjectionError(7, poly, 64)).toBeGreaterThan(1e-3);
    // a kinked piecewise polynomial is integrated exactly with the panel split
    expect(
      legtProjectionError(8, { u: (s) => Math.abs(s - 0.5), du1: 1, breaks: [0.5] }, 64),
    ).toBeGreaterThan(1e-3);
  });

  it('the running SSM steady state on sin(2 pi t) converges spectrally', () => {
    expect(legtSteadyStateError(8, 1)).toBeGreaterThan(1e-4);
    expect(legtSteadyStateError(24, 1)).toBeLessThan(1e-9);
  });

  it('a small run finds -(a - 1/2) for a = 3 and claims fail on a wrong slope', () => {
    const r = computeRateLegt({
      Ns: [4, 8, 12, 16, 20, 24, 32, 48, 64],
      exponents: [3],
      nq: 120,
      fitFrom: 24,
      fitTo: 64,
      fitFloor: 1e-10,
    });
    const s = r.signals.find((x) => x.a === 3)!;
    expect(Math.abs((s.slope ?? NaN) + 2.5)).toBeLessThan(0.3);
    expect(fitRate([1, 2, 4], [1, 0.25, 1e-20], { from: 1, to: 4, floor: 1e-10 })).toBeCloseTo(-2, 12);
    const bad = structuredClone(r);
    bad.signals.find((x) => x.a === 3)!.slope = -1;
    expect(
      rateLegtClaims(bad)
        .filter((c) => !c.pass)
        .map((c) => c.name),
    ).toEqual(['|s - 1/2|^3: slope within 0.3 of -(a - 1/2) = -2.5']);
  });

  it('runs end to end at quick scale: claims pass, figure valid', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    for (const c of experiment.claims(result, 'quick')) expect(c.pass, c.name).toBe(true);
    expect(experiment.figures(result).rates.data.length).toBe(result.signals.length + 1);
    expectValidFigures(experiment.figures(result));
  });
});
