import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { fitRate } from '../../experiments/common/fitRate.ts';
import { BOUNDS } from '../../experiments/rate-legt/bounds.ts';
import { descentSlope, rateLegtClaims } from '../../experiments/rate-legt/claims.ts';
import {
  computeRateLegt,
  legtProjectionError,
  legtSteadyStateError,
} from '../../experiments/rate-legt/compute.ts';
import { experiment } from '../../experiments/rate-legt/index.ts';
import { EXP_POLY_READOUT, ORDER_SLOPE } from '../tolerances.ts';
import { expectAllFail, expectAllPass, expectRegistered, nanFilled } from './claimChecks.ts';
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

  it('a small run finds -(a - 1/2); its claims are the bound table rows', () => {
    const r = computeRateLegt({
      Ns: [4, 8, 12, 16, 20, 24, 32, 48, 64],
      exponents: [1, 3, 5],
      nq: 120,
      fitFrom: 24,
      fitTo: 64,
      fitFloor: 1e-10,
    });
    const s = r.signals.find((x) => x.a === 3)!;
    expect(Math.abs((s.slope ?? NaN) + 2.5)).toBeLessThan(ORDER_SLOPE);
    expect(fitRate([1, 2, 4], [1, 0.25, 1e-20], { from: 1, to: 4, floor: 1e-10 })).toBeCloseTo(-2, 12);
    const claims = rateLegtClaims(r);
    expectRegistered(claims, BOUNDS);
    expectAllPass(claims);

    expectAllFail(rateLegtClaims(nanFilled(r)));
    // wrong: every error decays like N^-1 (an algebraic rate, not spectral and not -(a - 1/2) for a = 3, 5), and
    // |s - 1/2| decays like N^-1.5
    const bad = structuredClone(r);
    const like = (p: number) => bad.params.Ns.map((N) => N ** -p);
    for (const x of bad.signals) {
      x.errors = like(1);
      x.slope = x.a === 1 ? -1.5 : x.a === null ? null : -1;
    }
    bad.steadyStateSin = like(1);
    expectAllFail(rateLegtClaims(bad));
    // the bound of the analytic rows assumes a = 5 is the steepest algebraic signal
    const other = structuredClone(r);
    other.params.exponents = [1, 3, 7];
    expect(
      rateLegtClaims(other)
        .filter((c) => c.status === 'fail')
        .map((c) => c.id),
    ).toEqual(['sin', 'exp', 'runge', 'sin-ssm']);
  });

  it('the descent slope stops at the rounding floor', () => {
    expect(descentSlope([4, 8, 16, 32], [1, 1e-4, 1e-8, 1e-14], 1e-10).to).toBe(16);
    expect(descentSlope([4, 8, 16, 32], [1, 1e-4, 1e-8, 1e-14], 1e-10).slope).toBeCloseTo(
      -Math.log(1e4) / Math.log(2),
      12,
    );
    expect(descentSlope([4, 8], [1e-12, 1], 1e-10).slope).toBeNaN();
  });

  it('runs end to end at quick scale: claims pass, figure valid', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expectAllPass(experiment.claims(result, 'quick')); // deterministic: no seed enters
    expect(experiment.figures(result).rates.data.length).toBe(result.signals.length + 1);
    expectValidFigures(experiment.figures(result));
  });
});
