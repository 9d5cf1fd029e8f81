import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { BOUNDS } from '../../experiments/icl-families/bounds.ts';
import { iclFamiliesClaims } from '../../experiments/icl-families/claims.ts';
import { iclFamiliesFigures } from '../../experiments/icl-families/figures.ts';
import { experiment } from '../../experiments/icl-families/index.ts';
import type { IclFamiliesParams } from '../../experiments/icl-families/params.ts';
import { FAMILIES, runIclFamilies } from '../../experiments/icl-families/run.ts';
import type { FamiliesResult, Family } from '../../experiments/icl-families/run.ts';
import { expectValidFigures } from './helpers.ts';

// every family at a size that trains in seconds on the cpu backend: 2 epochs of one batch each
const tiny: IclFamiliesParams = {
  N: 4,
  L: 32,
  trainCount: 8,
  testCount: 2,
  epochs: 2,
  seeds: 2,
  batch: 8,
  learningRate: 2e-3,
  width: 8,
  state: 4,
  ssmLayers: 1,
  heads: 2,
  window: 4,
  trainer: 'tfjs',
  backend: 'cpu',
  microBatch: 3, // passes of 3, 3 and 2 sequences
};

let dir: string;
let result: FamiliesResult;
const saved = process.env.HIPPO_PROPHECY_BACKEND;
beforeAll(async () => {
  delete process.env.HIPPO_PROPHECY_BACKEND;
  dir = await mkdtemp(join(tmpdir(), 'icl-'));
  result = await runIclFamilies({ ...inlineContext({ seed: 1 }), outDir: dir }, tiny);
}, 60_000);
afterAll(async () => {
  if (saved !== undefined) process.env.HIPPO_PROPHECY_BACKEND = saved;
  await rm(dir, { recursive: true, force: true });
});

describe('icl-families', () => {
  it('runs every family (the construction once, the others per seed) and computes every registered claim', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.backend).toBe('cpu');
    expect(result.runs.map((r) => `${r.family}${r.seed}`)).toEqual([
      'construction0',
      'legt-I0',
      'legt-I1',
      's4d0',
      's4d1',
      'transformer0',
      'transformer1',
    ]);
    for (const r of result.runs) {
      expect(Object.keys(r.errors).sort()).toEqual([...result.testSets].sort());
      for (const e of Object.values(r.errors)) expect(e).toBeGreaterThan(0);
    }
    const claims = experiment.claims(result, 'quick');
    expect(claims.map((c) => c.id)).toEqual(Object.keys(BOUNDS));
    for (const c of claims) {
      expect(c.kind, c.id).toBe('finding');
      expect(c.source.length, c.id).toBeGreaterThan(10);
      expect(Number.isFinite(Number(c.value)), `${c.id}: ${c.value}`).toBe(true);
    }
  });

  describe('claims against constructed results', () => {
    /** The tiny run's result with Mixed, Linear and Filtered Noise errors per family (every seed alike). */
    const built = (errors: Record<string, Partial<Record<Family, number>>>): FamiliesResult => {
      const fake: FamiliesResult = structuredClone(result);
      fake.copyLast.Mixed = 1;
      for (const [set, byFamily] of Object.entries(errors))
        for (const r of fake.runs) {
          const e = byFamily[r.family];
          if (e !== undefined) r.errors[set] = e;
        }
      return fake;
    };
    const HOLDS = {
      Mixed: { construction: 0.9, s4d: 0.4, transformer: 0.4 },
      Linear: { construction: 1, s4d: 2.5, transformer: 2.5 },
      'Filtered Noise': { construction: 1, s4d: 2.5, transformer: 2.5 },
    };
    const statuses = (r: FamiliesResult) => iclFamiliesClaims(r).map((c) => c.status);

    it('a result built to hold them passes every claim', () => {
      expect(statuses(built(HOLDS))).toEqual(['pass', 'pass', 'pass']);
    });

    it('a plausible wrong result fails every claim by its bound', () => {
      // s4d trained to worse than copy-last (and than the construction) on Mixed; on Linear the transformer beats
      // the construction
      const wrong = built({
        ...HOLDS,
        Mixed: { construction: 0.9, s4d: 1.1, transformer: 0.4 },
        Linear: { construction: 1, s4d: 2.5, transformer: 0.8 },
      });
      const claims = iclFamiliesClaims(wrong);
      expect(claims.map((c) => c.status)).toEqual(['fail', 'fail', 'fail']);
      expect(claims.map((c) => c.value)).toEqual([1.1, 1.1 / 0.9, 1 / 0.8]);
    });

    it('reports the 2x margin the claims were first registered with, from the result', () => {
      expect(iclFamiliesClaims(built(HOLDS)).every((c) => c.detail.endsWith('the 2x margin holds'))).toBe(
        true,
      );
      // the direction holds, the margin does not: 1.5x over copy-last and the construction, 1.25x outside
      const narrow = built({
        Mixed: { construction: 0.9, s4d: 0.6, transformer: 0.4 },
        Linear: { construction: 1, s4d: 1.25, transformer: 2.5 },
        'Filtered Noise': HOLDS['Filtered Noise'],
      });
      const claims = iclFamiliesClaims(narrow);
      expect(claims.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
      for (const c of claims) expect(c.detail, c.id).toMatch(/the 2x margin does not hold$/);
    });

    it('a NaN error (a diverged model) or a missing family fails every claim it enters', () => {
      const nan = built(HOLDS);
      for (const r of nan.runs.filter((x) => x.family === 's4d'))
        for (const k of Object.keys(r.errors)) r.errors[k] = NaN;
      expect(statuses(nan)).toEqual(['fail', 'fail', 'fail']);
      const noTransformer = built(HOLDS);
      noTransformer.runs = noTransformer.runs.filter((r) => r.family !== 'transformer');
      expect(statuses(noTransformer)).toEqual(['fail', 'fail', 'fail']);
    });
  });

  it('gives a valid figure (one bar group per family plus copy-last) and a complete definition', () => {
    const figs = iclFamiliesFigures(result);
    expectValidFigures(figs);
    expect(figs.bars.data).toHaveLength(FAMILIES.length + 1);
    expect(experiment.id).toBe('icl-families');
    expect(experiment.scales.quick.L).toBe(128);
    expect(experiment.scales.quick.N ** 2 / (2 * experiment.scales.quick.L)).toBeLessThan(1);
  });
});
