import { describe, expect, it } from 'vitest';
import { legtPredictor } from '../../experiments/common/predictorSuite/index.ts';
import { noiseFigures } from '../../experiments/noise/figures.ts';
import { experiment } from '../../experiments/noise/index.ts';
import { impulseGain, legtGain } from '../../experiments/noise/noiseGain.ts';
import { runNoise } from '../../experiments/noise/run.ts';
import type { NoiseResult } from '../../experiments/noise/run.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { finiteDifference } from '../../src/baselines/index.ts';
import { generate } from '../../src/systems/index.ts';
import { countingContext, expectValidFigures } from './helpers.ts';

const tiny = { functions: 1, signalLength: 2000, systemLength: 1000 };

describe('noise experiment', () => {
  let result: NoiseResult;

  it('runs at a tiny size and computes every claim', async () => {
    result = await runNoise(countingContext(5), tiny);
    expect(result.noises).toEqual([0, 1e-4, 1e-3, 1e-2]);
    const claims = experiment.claims(result, 'quick');
    expect(claims.length).toBeGreaterThanOrEqual(6);
    for (const c of claims) {
      expect(typeof c.pass).toBe('boolean');
      expect(Number.isFinite(Number(c.value)), c.name).toBe(true);
    }
    const byName = Object.fromEntries(claims.map((c) => [c.name, c]));
    expect(byName['FD p=4 error grows > 100x from clean to sigma = 1e-2'].pass).toBe(true);
    expect(byName['FD p=4 exceeds the construction at sigma = 1e-2 on every signal'].pass).toBe(true);
  }, 20_000);

  it('fails the FD blow-up claim when FD p=4 is made noise-robust', () => {
    const bad: NoiseResult = structuredClone(result);
    for (const k of bad.keys) bad.clean[3][k].fd4 = { ...bad.clean[0][k].fd4 };
    const claims = experiment.claims(bad, 'quick');
    expect(claims.find((c) => c.name.startsWith('FD p=4 error grows'))?.pass).toBe(false);
    expect(claims.find((c) => c.name.startsWith('FD p=4 exceeds'))?.pass).toBe(false);
    expect(claims.find((c) => c.name.startsWith('noise adds sigma^2 G'))?.pass).toBe(false);
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
