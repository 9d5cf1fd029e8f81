import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONSTRUCTION,
  evaluateSeries,
  legtPredictor,
  METHOD_IDS,
} from '../../experiments/common/predictorSuite/index.ts';
import { BOUNDS } from '../../experiments/noise/bounds.ts';
import { noiseFigures } from '../../experiments/noise/figures.ts';
import { experiment } from '../../experiments/noise/index.ts';
import { impulseGain, legtGain } from '../../experiments/noise/noiseGain.ts';
import { runNoise } from '../../experiments/noise/run.ts';
import type { NoiseResult } from '../../experiments/noise/run.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { finiteDifference } from '../../src/baselines/index.ts';
import { generate } from '../../src/systems/index.ts';
import { NOISE_TARGET_SIGMAS } from '../tolerances.ts';
import { expectAllFail, expectRegistered, nanFilled } from './claimChecks.ts';
import { countingContext, expectValidFigures } from './helpers.ts';

const tiny = { functions: 1, signalLength: 2000, systemLength: 1000 };

describe('noise experiment', () => {
  let result: NoiseResult;

  it('runs at a tiny size and computes every claim of the bound table', async () => {
    result = await runNoise(countingContext(5), tiny);
    expect(result.noises).toEqual([0, 1e-4, 1e-3, 1e-2]);
    const claims = experiment.claims(result, 'quick');
    expectRegistered(claims, BOUNDS);
    for (const c of claims) expect(Number.isFinite(Number(c.value)), c.id).toBe(true);
    expect(claims.find((c) => c.id === 'fd4-vs-legt')?.status).toBe('pass');
  }, 20_000);

  it('each claim fails on a NaN result and on a deliberately wrong one', () => {
    expectAllFail(experiment.claims(nanFilled(result), 'quick'));
    // wrong: FD p = 4 as noise-robust as copy-last (and the noise adds nothing to it), the in-context LegT worse than
    // copy-last at sigma = 1e-3 and better than AR(4) at 1e-2, and the chosen windows unchanged by noise
    const bad: NoiseResult = structuredClone(result);
    const [i0, iMid, iHi] = [0, 1e-3, 1e-2].map((s) => bad.noises.indexOf(s));
    for (const k of bad.keys) {
      bad.clean[iHi][k].fd4 = { ...bad.clean[i0][k].fd4 };
      bad.clean[iMid][k]['legt-select'] = {
        ...bad.clean[iMid][k].copyLast,
        median: 2 * bad.clean[iMid][k].copyLast.median,
      };
      bad.clean[iHi][k].ar4 = {
        ...bad.clean[iHi][k]['legt-select'],
        median: 2 * bad.clean[iHi][k]['legt-select'].median,
      };
    }
    bad.selected[iHi] = structuredClone(bad.selected[i0]);
    expectAllFail(experiment.claims(bad, 'quick'));
  });

  it('scores the noisy target as the clean target plus sigma^2 (the next noise sample is independent)', () => {
    const sigma = 1e-2;
    const length = 8000;
    const out = evaluateSeries({
      key: 'white g2',
      system: 'white-signal',
      params: { gamma: 2 },
      kind: 'signal',
      seed: 4,
      stream: 0,
      length,
      noises: [sigma],
      settings: DEFAULT_CONSTRUCTION,
    });
    const n = length / 2; // scored steps of the second half
    for (const m of METHOD_IDS) {
      const clean = out.clean[0][m][0];
      const noisy = out.noisy[0][m][0];
      const sd = Math.sqrt((2 * sigma ** 4 + 4 * sigma ** 2 * clean) / n);
      expect(Math.abs(noisy - clean - sigma ** 2), m).toBeLessThan(NOISE_TARGET_SIGMAS * sd);
    }
  });

  it('builds valid figure specs', () => {
    const figs = noiseFigures(result);
    expect(Object.keys(figs)).toContain('ratio-heatmap');
    expectValidFigures(figs);
  });
});

describe('noise gains', () => {
  it('finite differences: G = binom(2p + 2, p + 1) - 1 (closed form)', () => {
    const binom = (n: number, k: number) => {
      let b = 1;
      for (let i = 1; i <= k; i++) b = (b * (n - k + i)) / i;
      return b;
    };
    for (const p of [1, 2, 3, 4]) {
      const G = impulseGain((u) => finiteDifference(u, { order: p }), 64, 16);
      expect(G).toBe(binom(2 * p + 2, p + 1) - 1);
    }
  });

  it('LegT: the measured excess error of pure noise matches sigma^2 G (independent Monte Carlo path)', () => {
    const L = 4000;
    const G = legtGain(9, 300, L, 6000);
    // noise only (signal 0): the clean-target MSE is sigma^2 G up to sampling error ~ sqrt(2 / 2000) ~ 3%
    const z = generate('brownian', { length: L, seed: 9, sigma: 0, noise: 1 }).values[0];
    const tail = Array.from({ length: L - 1000 }, (_, i) => i + 1000);
    const pred = predictNext(legtPredictor(9, 300, L), z);
    const mse = tail.reduce((s, k) => s + pred[k] ** 2, 0) / tail.length;
    expect(mse / G).toBeGreaterThan(0.85);
    expect(mse / G).toBeLessThan(1.15);
    expect(G).toBeGreaterThan(1);
  });
});
