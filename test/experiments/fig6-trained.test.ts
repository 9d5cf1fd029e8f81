import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { trainingData } from '../../experiments/common/training/data.ts';
import { fig6Claims } from '../../experiments/fig6-trained/claims.ts';
import { experiment } from '../../experiments/fig6-trained/index.ts';
import type { Fig6Params } from '../../experiments/fig6-trained/params.ts';
import { runFig6, type Fig6Result, type Fig6Run } from '../../experiments/fig6-trained/run.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { ANALYTIC_TFJS_LOSS_REL } from '../tolerances.ts';

const tiny: Fig6Params = {
  N: 6,
  L: 120,
  dt: 1 / 120,
  theta: 1,
  trainCount: 12,
  testCount: 3,
  epochs: 3,
  evalEvery: 3,
  seeds: 2,
  batch: 8,
  learningRate: 2e-3,
  learningRateIV: 2e-5,
  trainer: 'tfjs',
  backend: 'cpu',
  factorII: 3,
  mixedFactor: 3,
};

let dir: string;
let result: Fig6Result;
const saved = process.env.HIPPO_PROPHECY_BACKEND;
beforeAll(async () => {
  delete process.env.HIPPO_PROPHECY_BACKEND;
  dir = await mkdtemp(join(tmpdir(), 'fig6-'));
  result = await runFig6({ ...inlineContext({ seed: 3 }), outDir: dir }, tiny);
});
afterAll(async () => {
  if (saved !== undefined) process.env.HIPPO_PROPHECY_BACKEND = saved;
  await rm(dir, { recursive: true, force: true });
});

describe('fig6-trained', () => {
  it('runs every setting and seed; II equals the float64 construction on every test set', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.backend).toBe('cpu');
    expect(result.runs.map((r) => `${r.setting}${r.seed}`)).toEqual([
      'I0',
      'I1',
      'II0',
      'III0',
      'III1',
      'IV0',
      'IV1',
    ]);
    for (const r of result.runs) expect(r.steps).toBe(r.setting === 'II' ? 0 : 3 * 2);
    // independent path: the core float64 predictor on regenerated test data, mean L1 over the second half
    const { tests } = trainingData(3, tiny.L, tiny.trainCount, tiny.testCount);
    const core = prophecy(hippo('legt', tiny.N, { theta: 1 }), { dt: tiny.dt });
    const ii = result.runs.find((r) => r.setting === 'II') as Fig6Run;
    for (const name of result.testSets) {
      const set = tests[name as keyof typeof tests];
      let sum = 0;
      for (let s = 0; s < set.count; s++) {
        const u = set.inputs64.subarray(s * set.length, (s + 1) * set.length);
        const out = predictNext(core, u);
        for (let k = set.from; k < set.to; k++) sum += Math.abs(out[k] - u[k + 1]);
      }
      const ref = sum / (set.count * (set.to - set.from));
      // float32 forward against float64: relative 1e-3 of an error that is itself >> eps32
      expect(Math.abs(ii.errors[name] - ref)).toBeLessThan(1e-3 * ref + 1e-6);
    }
    // IV (FFT kernel path) and II (float64 states) start from the same predictor: same initial training loss
    const ii0 = ii.trainLossInitial;
    expect(result.runs.find((r) => r.setting === 'IV')?.evals[0].trainLoss).toBeCloseTo(ii0, 5);
  });

  it("the analytic trainer (no tfjs) gives the tfjs runs' results, to float32 rounding of the same steps", async () => {
    const adir = await mkdtemp(join(tmpdir(), 'fig6-analytic-'));
    try {
      const a = await runFig6(
        { ...inlineContext({ seed: 3 }), outDir: adir },
        { ...tiny, trainer: 'analytic' },
      );
      expect(a.backend).toMatch(/^analytic/);
      expect(a.runs.map((r) => r.steps)).toEqual(result.runs.map((r) => r.steps));
      a.runs.forEach((r, i) => {
        const t = result.runs[i];
        expect(r.setting).toBe(t.setting);
        for (const name of result.testSets) {
          expect(Math.abs(r.errors[name] - t.errors[name])).toBeLessThan(
            ANALYTIC_TFJS_LOSS_REL * t.errors[name],
          );
        }
      });
    } finally {
      await rm(adir, { recursive: true, force: true });
    }
  });

  it('claims follow the measured ratios and can fail', () => {
    const names = fig6Claims(result).map((c) => c.name);
    expect(names.filter((n) => n.startsWith('(II) within 3x'))).toHaveLength(3);
    const fake = structuredClone(result);
    const set = (setting: string, name: string, values: number[]): void => {
      fake.runs.filter((r) => r.setting === setting).forEach((r, i) => (r.errors[name] = values[i]));
    };
    for (const name of ['Linear', 'Van der Pol', 'Filtered Noise']) {
      set('II', name, [2]);
      set('I', name, [1, 1]);
      set('III', name, [50, 50]);
      set('IV', name, [1.5, 1.5]);
    }
    set('II', 'Mixed', [10]);
    set('I', 'Mixed', [9, 9]);
    set('III', 'Mixed', [50, 50]);
    set('IV', 'Mixed', [2, 3]);
    const byName = (r: Fig6Result): Record<string, boolean> =>
      Object.fromEntries(fig6Claims(r).map((c) => [c.name, c.pass]));
    const ok = byName(fake);
    expect(Object.values(ok).slice(0, 5)).toEqual([true, true, true, true, true]);
    set('II', 'Linear', [3.5]); // 3.5x the best trained (I)
    set('IV', 'Mixed', [2, 4]); // one seed gains only 2.5x
    const bad = fig6Claims(fake);
    expect(bad.find((c) => c.name.endsWith('on Linear'))?.pass).toBe(false);
    expect(bad.find((c) => c.name.endsWith('on Van der Pol'))?.pass).toBe(true);
    const mixed = bad.find((c) => c.name.includes('Mixed'));
    expect(mixed?.pass).toBe(false);
    expect(mixed?.value).toBeCloseTo(2.5, 12);
    set('III', 'Linear', [1, 1]);
    set('III', 'Van der Pol', [1, 1]);
    set('III', 'Filtered Noise', [1, 1]);
    expect(fig6Claims(fake).find((c) => c.name.startsWith('(III)'))?.pass).toBe(false);
  });

  it('quick scale is the paper regime; figures are valid', () => {
    const q = experiment.scales.quick;
    const paper = experiment.scales.paper;
    for (const p of [q, paper]) {
      expect([p.N, p.L, p.dt, p.theta, p.batch, p.learningRate]).toEqual([32, 10000, 1e-4, 1, 128, 2e-3]);
      expect(p.trainer).toBe('analytic');
      expect(p.learningRateIV).toBeCloseTo(p.learningRate * p.dt, 15);
    }
    expect([paper.trainCount, paper.epochs, paper.seeds]).toEqual([1000, 1000, 3]);
    const fig = experiment.figures(result).bars;
    expect(fig.data).toHaveLength(5);
    expect((fig.data[0] as { y: number[] }).y).toHaveLength(4);
  });
});
