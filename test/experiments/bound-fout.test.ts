import { describe, expect, it } from 'vitest';
import { inlineContext, transferFunction } from '../../experiments/common/index.ts';
import {
  authorsSignal,
  computeBoundFout,
  foutGains,
  sinusoidRelativeError,
  supError,
} from '../../experiments/bound-fout/compute.ts';
import { BOUNDS } from '../../experiments/bound-fout/bounds.ts';
import { foutTransfer, foutTransferPlan } from '../../experiments/bound-fout/foutTransfer.ts';
import { boundFoutClaims } from '../../experiments/bound-fout/claims.ts';
import { experiment } from '../../experiments/bound-fout/index.ts';
import { derivativeReadout } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { EXP_REPRESENTED_HARMONIC, EXP_TRANSFER_RTOL, ORDER_SLOPE } from '../tolerances.ts';
import { expectAllFail, expectAllPass, expectRegistered, nanFilled } from './claimChecks.ts';
import { expectValidFigures } from './helpers.ts';

describe('bound-fout', () => {
  it('the O(N) transfer function matches a dense solve (fout and fout-code), also at represented harmonics', () => {
    for (const measure of ['fout', 'fout-code'] as const) {
      for (const N of [5, 9, 17]) {
        const op = hippo(measure, N);
        const { C, D } = derivativeReadout(op);
        const plan = foutTransferPlan(op);
        for (const w of [0.3, 2 * Math.PI, 3 * Math.PI, 4 * Math.PI, 50, 2 * Math.PI * N]) {
          const a = foutTransfer(plan, w);
          const b = transferFunction(op.A, op.B, C, D, w);
          const scale = Math.max(1, Math.hypot(b.re, b.im));
          expect(Math.hypot(a.re - b.re, a.im - b.im) / scale).toBeLessThan(EXP_TRANSFER_RTOL);
        }
      }
    }
  });

  it('refuses an operator without the FouT structure', () => {
    expect(() => foutTransferPlan(hippo('legt', 5))).toThrow(RangeError);
  });

  it("the authors' signal: sin^3 part has the closed-form coefficients (3/4 at m = 1, -1/4 at m = 3)", () => {
    const s = authorsSignal(8);
    // u = Re sum a_m e^{2 pi i m t}: sin x = Re(-i e^{ix}); |sin|^3 is even in x -> pi: only even harmonics
    expect(s.a[1].re).toBeCloseTo(0, 12);
    expect(s.a[1].im).toBeCloseTo(-0.75, 12);
    expect(s.a[3].im).toBeCloseTo(0.25, 12);
    expect(s.a[5].im).toBeCloseTo(0, 12);
  });

  it('a represented trigonometric polynomial is differentiated exactly (error ~ rounding)', () => {
    const a = [
      { re: 0, im: 0 },
      { re: 1, im: 0.5 },
      { re: -0.3, im: 0 },
      { re: 0, im: 0 },
    ];
    expect(supError(a, foutGains(9, 3).model)).toBeLessThan(1e-12);
    expect(supError(a, foutGains(3, 3).model)).toBeGreaterThan(1);
  });

  it('fout-code reads an even window harmonic exactly (its basis holds it) and fout an odd one', () => {
    for (const N of [5, 9, 17, 33, 65, 129]) {
      expect(sinusoidRelativeError(N, 2, 'fout-code'), `N = ${N}`).toBeLessThan(EXP_REPRESENTED_HARMONIC);
      if (N >= 7)
        expect(sinusoidRelativeError(N, 3, 'fout'), `N = ${N}`).toBeLessThan(EXP_REPRESENTED_HARMONIC);
    }
  });

  describe('claims', () => {
    const small = computeBoundFout({
      Ns: [5, 9, 17, 33, 65],
      M: 512,
      ks: [3, 4, 5],
      fitFrom: 9,
      fitFloor: 1e-10,
      nonPeriodic: [0.5, 1.25],
    });

    it('are the rows of the bound table, and a small run measures slopes ~ -k', () => {
      const claims = boundFoutClaims(small);
      expectRegistered(claims, BOUNDS);
      const k3 = small.periodic.find((p) => p.k === 3)!;
      expect(Math.abs(k3.slopeModel + 3)).toBeLessThan(ORDER_SLOPE);
      expectAllPass(claims);
    });

    it('each fails on a NaN result and on a wrong one', () => {
      expectAllFail(boundFoutClaims(nanFilled(small)));
      // wrong: the error decays like the bound's N^-(k-2) with half an order less, the non-periodic bias decays like
      // 1/N, and fout-code reads the odd harmonic as if represented
      const bad = structuredClone(small);
      for (const p of bad.periodic) p.slopeModel = -(p.k - 2) + 0.5;
      for (const np of bad.nonPeriodic) np.relative = bad.params.Ns.map((N) => 5 / N);
      bad.foutCode.find((c) => c.harmonic === 3)!.relative = bad.params.Ns.map(() => 1e-14);
      expectAllFail(boundFoutClaims(bad));
    });

    it('a missing signal or an empty selection fails its claim', () => {
      const bad = structuredClone(small);
      bad.periodic = bad.periodic.filter((p) => p.k < 3);
      bad.nonPeriodic = [];
      const failed = boundFoutClaims(bad)
        .filter((c) => c.status === 'fail')
        .map((c) => c.id);
      expect(failed).toEqual(['bound', 'rate-k3', 'rate-k4', 'rate-k5', 'bias']);
    });
  });

  it('runs end to end at quick scale with valid figures', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expectAllPass(experiment.claims(result, 'quick')); // deterministic: no seed enters
    const figs = experiment.figures(result);
    expect(Object.keys(figs).sort()).toEqual(['non-periodic-bias', 'rates']);
    expectValidFigures(figs);
  });
});
