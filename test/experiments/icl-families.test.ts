import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { iclFamiliesClaims } from '../../experiments/icl-families/claims.ts';
import { iclFamiliesFigures } from '../../experiments/icl-families/figures.ts';
import { experiment } from '../../experiments/icl-families/index.ts';
import type { IclFamiliesParams } from '../../experiments/icl-families/params.ts';
import { FAMILIES, runIclFamilies } from '../../experiments/icl-families/run.ts';
import type { FamiliesResult } from '../../experiments/icl-families/run.ts';
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
  it('runs every family (the construction once, the others per seed) and computes every claim', () => {
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
    expect(claims.map((c) => c.name)).toEqual(iclFamiliesClaims(result).map((c) => c.name));
    expect(claims).toHaveLength(3);
    for (const c of claims) {
      expect(typeof c.pass, c.name).toBe('boolean');
      expect(Number.isFinite(Number(c.value)), `${c.name}: ${c.value}`).toBe(true);
    }
  });

  it('claims follow the errors: they pass on a result built to hold them and fail on one built not to', () => {
    const set = (family: string, name: string, value: number) => {
      for (const r of fake.runs.filter((x) => x.family === family)) r.errors[name] = value;
    };
    const fake: FamiliesResult = structuredClone(result);
    fake.copyLast.Mixed = 1;
    for (const name of ['Linear', 'Filtered Noise']) {
      set('construction', name, 1);
      set('s4d', name, 2);
      set('transformer', name, 2);
    }
    set('construction', 'Mixed', 0.9);
    set('s4d', 'Mixed', 0.5);
    set('transformer', 'Mixed', 0.5);
    expect(iclFamiliesClaims(fake).map((c) => c.pass)).toEqual([true, true, true]);
    // the trained families lose their edge on Mixed and the construction its edge outside it
    set('s4d', 'Mixed', 1.2);
    set('transformer', 'Linear', 1.2);
    expect(iclFamiliesClaims(fake).map((c) => c.pass)).toEqual([false, false, false]);
    // a NaN error (a diverged model) fails every claim it enters
    set('s4d', 'Mixed', NaN);
    set('s4d', 'Linear', NaN);
    expect(iclFamiliesClaims(fake).map((c) => c.pass)).toEqual([false, false, false]);
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
