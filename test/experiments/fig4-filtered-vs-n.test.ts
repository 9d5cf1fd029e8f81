import { describe, expect, it } from 'vitest';
import { chunkInputs } from '../../experiments/common/errorVsN/index.ts';
import type { ErrorVsNResult, ErrorVsNScale } from '../../experiments/common/errorVsN/index.ts';
import {
  ALPHAS,
  BOUNDS,
  PAPER_PLATEAU,
  PAPER_TREND,
  TREND_BAND,
} from '../../experiments/fig4-filtered-vs-n/bounds.ts';
import type { Alpha, Convention } from '../../experiments/fig4-filtered-vs-n/bounds.ts';
import { fig4Claims } from '../../experiments/fig4-filtered-vs-n/claims.ts';
import { experiment } from '../../experiments/fig4-filtered-vs-n/index.ts';
import { runFig4 } from '../../experiments/fig4-filtered-vs-n/run.ts';
import type { Fig4Result } from '../../experiments/fig4-filtered-vs-n/run.ts';
import { fig4Setups } from '../../experiments/fig4-filtered-vs-n/setup.ts';
import {
  copyLastFilteredNoise,
  trendBand,
  trendExponent,
} from '../../experiments/fig4-filtered-vs-n/trend.ts';
import { inProcessMapper } from '../../experiments/runner/workerPool.ts';
import { oneStepError } from '../../src/metrics/oneStepError.ts';
import { copyLast } from '../../src/baselines/index.ts';
import { predictNext } from '../../src/ssm/predictNext.ts';
import { predictorFromSpec } from '../../src/sweep/index.ts';
import { generate } from '../../src/systems/generate.ts';
import { FIG4_NAIVE_CANCELLATION, SAMPLING_SIGMAS, SWEEP_VS_SCAN_REL, TIGHT } from '../tolerances.ts';
import { expectNoneFails, expectRegistered, statuses } from './claimChecks.ts';
import { mapperContext } from './helpers.ts';

const context = mapperContext(inProcessMapper());

// 16 functions per alpha (the closed-form row needs a few), the N the claims look at
const tiny: ErrorVsNScale = { functions: 16, length: 10_000, taskSize: 8, Ns: [1, 5, 13, 17, 21, 97] };

/** A copy of `base` with `change` applied to every panel of both conventions. */
function edit(
  base: Fig4Result,
  change: (p: ErrorVsNResult['panels'][number], c: Convention) => void,
): Fig4Result {
  const bad = structuredClone(base);
  for (const c of ['ours', 'nengo'] as const) for (const p of bad[c].panels) change(p, c);
  return bad;
}

describe('fig4-filtered-vs-n: the trend and the closed form', () => {
  it('trendExponent recovers an exact power law; trendBand brackets it and collapses without reading error', () => {
    const alphas = [0.05, 0.1, 0.3];
    const levels = alphas.map((a) => 3e-6 * a ** -2.5);
    expect(trendExponent(alphas, levels)).toBeCloseTo(2.5, 12);
    const [lo, hi] = trendBand(alphas, levels, 0.1);
    expect(lo).toBeLessThan(2.5);
    expect(hi).toBeGreaterThan(2.5);
    // the extreme corner by hand: +10% at the smallest alpha, -10% at the largest, the middle either way
    const corner = trendExponent(alphas, [1.1 * levels[0], 1.1 * levels[1], 0.9 * levels[2]]);
    expect(
      Math.max(corner, trendExponent(alphas, [1.1 * levels[0], 0.9 * levels[1], 0.9 * levels[2]])),
    ).toBeCloseTo(hi, 12);
    const [lo0, hi0] = trendBand(alphas, levels, 0);
    expect(hi0 - lo0).toBeLessThan(TIGHT);
    expect(() => trendBand(alphas, levels, 1)).toThrow(RangeError);
    expect(TREND_BAND[0]).toBeLessThan(PAPER_TREND);
    expect(TREND_BAND[1]).toBeGreaterThan(PAPER_TREND);
  });

  it('copyLastFilteredNoise is 2 (R(0) - R(dt)) of docs/theory.md eq. 27, tends to dt^2 / (4 alpha^3), and matches our unscaled signal', () => {
    for (const alpha of ALPHAS) {
      const R = (tau: number) => (1 / (4 * alpha)) * (1 + tau / alpha) * Math.exp(-tau / alpha);
      const naive = 2 * (R(0) - R(1e-3));
      expect(Math.abs(copyLastFilteredNoise(alpha, 1e-3) / naive - 1)).toBeLessThan(FIG4_NAIVE_CANCELLATION);
    }
    // 1 - (1 + x) e^{-x} = x^2/2 - x^3/3 + x^4/8 - ...: over dt^2 / (4 alpha^3) it is 1 - 2x/3 + x^2/4 + O(x^3)
    const x = 1e-4 / 0.1;
    const ratio = copyLastFilteredNoise(0.1, 1e-4) / (1e-8 / (4 * 0.1 ** 3));
    expect(Math.abs(ratio - (1 - (2 * x) / 3))).toBeLessThan(x * x);
    expect(() => copyLastFilteredNoise(0, 1e-3)).toThrow(RangeError);
    // the stationary process unscaled, exactly sampled: copy-last's mean over 32 functions at alpha = 0.1
    const M = 32;
    const e = Array.from({ length: M }, (_, i) => {
      const u = generate('filtered-noise', { alpha: 0.1, scale: 'none', seed: 2, stream: i }).values[0];
      return oneStepError(copyLast(u), u, { window: 'whole' });
    });
    const mean = e.reduce((a, b) => a + b, 0) / M;
    const se = Math.sqrt(e.reduce((a, b) => a + (b - mean) ** 2, 0) / (M - 1) / M);
    expect(Math.abs(mean - copyLastFilteredNoise(0.1, 1e-3))).toBeLessThan(SAMPLING_SIGMAS * se);
  });
});

describe('fig4-filtered-vs-n', () => {
  let base: Fig4Result;

  it('runs both conventions; its numbers equal predictNext + oneStepError on the same functions', async () => {
    base = await runFig4(context, tiny);
    expect(Object.keys(base)).toEqual(['ours', 'nengo']);
    expect(base.nengo.generateOptions).toEqual({ nengo: 1, scale: 'none' });
    // the mean over the functions, second half, by the scan: LegT N = 17 on ours, fout-authors N = 21 on the authors'
    for (const [c, options, measure, N] of [
      ['ours', {}, 'legt', 17],
      ['nengo', { nengo: 1, scale: 'none' }, 'fout-authors', 21],
    ] as const) {
      const p = predictorFromSpec({ measure, N, dt: 1 / tiny.length });
      let s = 0;
      for (let i = 0; i < tiny.functions; i++) {
        const u = generate('filtered-noise', { ...options, alpha: 0.05, seed: 0, stream: i }).values[0];
        s += oneStepError(predictNext(p, u, { mode: 'scan' }), u, { window: 'second-half' });
      }
      const got = base[c].panels[0].curves[measure]['second-half'].mean[tiny.Ns.indexOf(N)];
      const want = s / tiny.functions;
      expect(Math.abs(got - want) / want, `${c} ${measure}`).toBeLessThan(SWEEP_VS_SCAN_REL);
    }
  });

  it('does not depend on the task split', async () => {
    const split = await runFig4(context, { ...tiny, taskSize: 2 });
    expect(split.ours.panels).toEqual(base.ours.panels);
    expect(split.nengo.panels).toEqual(base.nengo.panels);
    expect(
      chunkInputs(fig4Setups.nengo, 0.1, { ...tiny, functions: 5, taskSize: 2 }, 0).map((c) => [
        c.stream,
        c.count,
        c.generateOptions.nengo,
      ]),
    ).toEqual([
      [0, 2, 1],
      [2, 2, 1],
      [4, 1, 1],
    ]);
    expect(() => chunkInputs(fig4Setups.ours, 0.1, { ...tiny, taskSize: 3 }, 0)).toThrow(/even/);
  });

  it('computes every registered claim with its kind and source, none fails; figures per convention', () => {
    const claims = experiment.claims(base, 'quick');
    expectRegistered(claims, BOUNDS);
    expectNoneFails(claims);
    expect(Object.keys(experiment.figures(base))).toEqual([
      'second-half',
      'whole',
      'nengo-second-half',
      'nengo-whole',
    ]);
  });

  it("LegT at the poster's plateaus passes the plateau and trend rows, whose deviations need a value", () => {
    const atPaper = edit(base, (p) => {
      p.curves.legt['second-half'].mean = p.curves.legt['second-half'].mean.map(
        () => PAPER_PLATEAU[p.value as Alpha],
      );
    });
    const st = statuses(fig4Claims(atPaper));
    const rows = ['Ours005', 'Ours01', 'Ours03', 'Nengo005', 'Nengo01', 'Nengo03'].map((k) => `plateau${k}`);
    for (const id of [...rows, 'trendOurs', 'trendNengo']) {
      expect(statuses(fig4Claims(base))[id], id).toBe('deviation');
      expect(st[id], id).toBe('pass');
    }
    // LegT no longer at copy-last's level
    expect(st.plateauIsCopyLast).toBe('fail');
    const missing = edit(base, (p) => {
      p.curves.legt['second-half'].mean = [];
    });
    const gone = statuses(fig4Claims(missing));
    for (const id of [
      ...rows,
      'trendOurs',
      'trendNengo',
      'plateauIsCopyLast',
      'foutPeakOurs',
      'foutPeakNengo',
    ])
      expect(gone[id], id).toBe('fail');
  });

  it('a copy-last level 30% off the closed form fails; a flat whole-context average fails; a FouT peak passes', () => {
    const off = edit(base, (p) => {
      p.copyLast['second-half'].mean *= 1.3;
    });
    expect(statuses(fig4Claims(off)).copyLastClosedForm).toBe('fail');
    const flat = edit(base, (p) => {
      const w = p.curves.legt.whole.mean;
      p.curves.legt.whole.mean = w.map(() => w[0]);
    });
    expect(statuses(fig4Claims(flat)).wholeReverses).toBe('fail');
    const peaked = edit(base, (p) => {
      const legt = p.curves.legt['second-half'].mean;
      p.curves['fout-authors']['second-half'].mean = legt.map((x) => 3 * x);
    });
    expect(statuses(fig4Claims(peaked))).toMatchObject({ foutPeakOurs: 'pass', foutPeakNengo: 'pass' });
  });
});
