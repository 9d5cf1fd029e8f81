import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/inlineContext.ts';
import { defineExperiment } from '../../experiments/defineExperiment.ts';
import { experiment as fig3 } from '../../experiments/fig3-white-vs-n/index.ts';
import { experiments } from '../../experiments/registry.ts';
import { mergeShards, MissingUnitsError } from '../../experiments/runner/mergeShards.ts';
import { LOCK_FILE, shardLockFile, UNITS_DIR } from '../../experiments/runner/outputLayout.ts';
import { numberedUnits, runShard } from '../../experiments/runner/runShard.ts';
import { parseShard, shardOf } from '../../experiments/runner/shardSpec.ts';
import type { Experiment } from '../../experiments/types.ts';
import { quietRun } from './fixtures/quietRun.ts';
import { unitsExperiment } from './fixtures/unitsExperiment.ts';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'hp-shard-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const quiet = { progress: 'silent', handleSignals: false } as const;
const shardAll = async (exps: readonly Experiment[], out: string, n: number) => {
  for (let i = 0; i < n; i++)
    await runShard({ experiments: exps, out, shard: { index: i, count: n }, ...quiet });
};
const merge = (exps: readonly Experiment[], out: string) =>
  mergeShards({ experiments: exps, out, png: false, summary: false, ...quiet });
const files = async (dir: string, id: string) => ({
  result: await readFile(join(dir, id, 'result.json'), 'utf8'),
  claims: await readFile(join(dir, id, 'claims.json'), 'utf8'),
});

/** fig3 at a tiny size, still in units (2 batches of functions per gamma), and fig2 (one unit: its whole run). */
const tinyFig3 = defineExperiment({
  ...fig3,
  scales: {
    quick: { functions: 4, length: 1000, taskSize: 2, unitFunctions: 2, Ns: [1, 5, 9] },
    paper: { functions: 4, length: 1000, taskSize: 2, unitFunctions: 2, Ns: [1, 5, 9] },
  },
});
const fig2 = experiments.find((e) => e.id === 'fig2-examples')!;
const fig6 = experiments.find((e) => e.id === 'fig6-trained')!;

/** fig6 at a tiny size on the cpu backend: units (setting, seed), II once, 2 seeds: 7 units. */
const tinyFig6Params = {
  ...(fig6.scales.quick as Record<string, unknown>),
  N: 6,
  L: 120,
  dt: 1 / 120,
  trainCount: 12,
  testCount: 3,
  epochs: 2,
  evalEvery: 2,
  seeds: 2,
  batch: 8,
  backend: 'cpu',
};
const tinyFig6 = defineExperiment({ ...fig6, scales: { quick: tinyFig6Params, paper: tinyFig6Params } });

describe('--shard i/n and the engines’ indices', () => {
  it('parses i/n and refuses what is not a shard, naming --shard', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 0 / 1 ')).toEqual({ index: 0, count: 1 });
    for (const bad of ['4/4', '-1/4', '1', 'a/b', '1/0', '1.5/4'])
      expect(() => parseShard(bad), bad).toThrow(/--shard/);
  });

  it('takes the index from JOB_COMPLETION_INDEX with --shards, or from Slurm’s array variables', () => {
    expect(shardOf(undefined, undefined, {})).toBeUndefined();
    expect(shardOf(undefined, 4, { JOB_COMPLETION_INDEX: '3' })).toEqual({ index: 3, count: 4 });
    expect(() => shardOf(undefined, undefined, { JOB_COMPLETION_INDEX: '3' })).toThrow(/give --shards n/);
    expect(() => shardOf(undefined, 3, { JOB_COMPLETION_INDEX: '3' })).toThrow(
      /JOB_COMPLETION_INDEX .*\[0, 2\]/,
    );
    const slurm = { SLURM_ARRAY_TASK_ID: '6', SLURM_ARRAY_TASK_MIN: '5', SLURM_ARRAY_TASK_COUNT: '3' };
    expect(shardOf(undefined, undefined, slurm)).toEqual({ index: 1, count: 3 });
    expect(shardOf(undefined, undefined, { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({
      index: 2,
      count: 3,
    });
    expect(() => shardOf(undefined, 4, slurm)).toThrow(/--shards 4 contradicts SLURM_ARRAY_TASK_COUNT=3/);
    expect(() => shardOf(undefined, 2, {})).toThrow(/--shards 2 needs the shard's index/);
    // --shard wins over the environment
    expect(shardOf({ index: 0, count: 2 }, undefined, slurm)).toEqual({ index: 0, count: 2 });
  });

  it('numbers the units over the selected experiments in registry order', () => {
    const a = unitsExperiment('a', 3);
    const numbered = numberedUnits([a, fig2, unitsExperiment('b', 2)], 'quick');
    expect(numbered.map(({ exp, k, u }) => `${exp.id}:${k}:${u}`)).toEqual([
      'a:0:0',
      'a:1:1',
      'a:2:2',
      'fig2-examples:0:3',
      'b:0:4',
      'b:1:5',
    ]);
  });
});

describe('a run in units', () => {
  it('run() equals combine over every unit (the partials round-tripped losslessly)', async () => {
    const exp = unitsExperiment();
    const r = await exp.run(inlineContext({ seed: 2 }), exp.scales.quick);
    expect(r.values).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(r.total).toBe(3 * (1 + 2 + 3 + 4 + 5 + 6 + 7) + 2);
    expect(r.parts[1]).toBeInstanceOf(Float64Array);
    expect(Number.isNaN(r.parts[1][1])).toBe(true);
    expect(Object.is(r.parts[0][2], -0)).toBe(true);
  });

  it('defineExperiment refuses a partial set of units / runUnit / combine', () => {
    const exp = unitsExperiment();
    expect(() => defineExperiment({ ...exp, combine: undefined })).toThrow(/units need all three/);
  });

  it('merged shards give result.json and claims.json byte-identical to one run, for n = 1, 2, 3, 7', async () => {
    const exps = [unitsExperiment(), fig2, tinyFig3];
    const one = await quietRun(exps, join(base, 'single'), { seed: 1 });
    const statuses = one.results.map((r) => r.status);
    expect(statuses).not.toContain('error'); // tiny fig3 fails claims meant for its real size, and says so
    const single = await Promise.all(exps.map((e) => files(join(base, 'single'), e.id)));
    for (const n of [1, 2, 3, 7]) {
      const out = join(base, `n${n}`);
      for (let i = 0; i < n; i++)
        await runShard({ experiments: exps, out, seed: 1, shard: { index: i, count: n }, ...quiet });
      // no shard writes results: merge does
      expect(existsSync(join(out, 'index.html'))).toBe(false);
      const report = await mergeShards({
        experiments: exps,
        out,
        seed: 1,
        png: false,
        summary: false,
        ...quiet,
      });
      expect(report.results.map((r) => r.status)).toEqual(statuses);
      for (const [j, e] of exps.entries())
        expect(await files(out, e.id), `n = ${n}, ${e.id}`).toEqual(single[j]);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'units-toy', 'figure-total.html'))).toBe(true);
      const run = JSON.parse(await readFile(join(out, 'units-toy', 'run.json'), 'utf8')) as {
        units: { count: number };
      };
      expect(run.units.count).toBe(7);
    }
  });

  it('fig6-trained in (setting, seed) units: merged shards equal one run, byte for byte', async () => {
    const saved = process.env.HIPPO_PROPHECY_BACKEND;
    delete process.env.HIPPO_PROPHECY_BACKEND;
    try {
      expect(
        numberedUnits([tinyFig6], 'quick').map(({ exp, k }) => exp.units!(exp.scales.quick, 'quick')[k]),
      ).toEqual([
        { variant: 'I', seed: 0, trained: true },
        { variant: 'I', seed: 1, trained: true },
        { variant: 'II', seed: 0, trained: false },
        { variant: 'III', seed: 0, trained: true },
        { variant: 'III', seed: 1, trained: true },
        { variant: 'IV', seed: 0, trained: true },
        { variant: 'IV', seed: 1, trained: true },
      ]);
      await quietRun([tinyFig6], join(base, 'one'));
      await shardAll([tinyFig6], join(base, 'three'), 3);
      await merge([tinyFig6], join(base, 'three'));
      expect(await files(join(base, 'three'), 'fig6-trained')).toEqual(
        await files(join(base, 'one'), 'fig6-trained'),
      );
    } finally {
      if (saved === undefined) delete process.env.HIPPO_PROPHECY_BACKEND;
      else process.env.HIPPO_PROPHECY_BACKEND = saved;
    }
  });

  it('each shard computes exactly its units (u mod n = i); a rerun of a shard reuses them all', async () => {
    const calls: number[] = [];
    const exps = [unitsExperiment('units-toy', 7, calls), fig2];
    const out = join(base, 'r');
    const first = await runShard({ experiments: exps, out, shard: { index: 1, count: 3 }, ...quiet });
    expect(first.units.map((x) => [x.id, x.k, x.u, x.status])).toEqual([
      ['units-toy', 1, 1, 'computed'],
      ['units-toy', 4, 4, 'computed'],
      ['fig2-examples', 0, 7, 'computed'],
    ]);
    expect(calls).toEqual([undefined, 1, undefined, undefined, 1]);
    const dir = join(out, 'units-toy', UNITS_DIR);
    expect((await readdir(dir)).sort()).toEqual(['1.json', '4.json']);
    const before = await readFile(join(dir, '1.json'), 'utf8');
    const mtime = (await stat(join(dir, '1.json'))).mtimeMs;
    const again = await runShard({ experiments: exps, out, shard: { index: 1, count: 3 }, ...quiet });
    expect(again.units.map((x) => x.status)).toEqual(['reused', 'reused', 'reused']);
    expect(calls).toEqual([undefined, 1, undefined, undefined, 1]);
    expect(await readFile(join(dir, '1.json'), 'utf8')).toBe(before);
    expect((await stat(join(dir, '1.json'))).mtimeMs).toBe(mtime);
    // a corrupt unit file is recomputed, naming the file
    await writeFile(join(dir, '4.json'), before.replace(/"sha256":"[0-9a-f]{4}/, '"sha256":"0000'));
    const fixed = await runShard({ experiments: exps, out, shard: { index: 1, count: 3 }, ...quiet });
    expect(fixed.units.map((x) => x.status)).toEqual(['reused', 'computed', 'reused']);
    expect(fixed.notes.join('\n')).toContain(join(dir, '4.json'));
  });

  it('one run after the shards resumes from their unit files; --force computes every unit again', async () => {
    const calls: number[] = [];
    const exps = [unitsExperiment('units-toy', 4, calls)];
    const out = join(base, 'f');
    await runShard({ experiments: exps, out, shard: { index: 0, count: 2 }, ...quiet });
    expect(calls).toEqual([1, undefined, 1]);
    await quietRun(exps, out);
    expect(calls).toEqual([1, 1, 1, 1]);
    await quietRun(exps, out, { force: true });
    expect(calls).toEqual([2, 2, 2, 2]);
  });

  it('merge refuses while units are missing, naming them, and writes nothing', async () => {
    const exps = [unitsExperiment(), fig2];
    const out = join(base, 'm');
    await runShard({ experiments: exps, out, shard: { index: 0, count: 2 }, ...quiet });
    const error = await merge(exps, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingUnitsError);
    expect((error as MissingUnitsError).missing).toEqual([
      'units-toy/units/1.json (unit 1, {"k":1})',
      'units-toy/units/3.json (unit 3, {"k":3})',
      'units-toy/units/5.json (unit 5, {"k":5})',
      'fig2-examples/units/0.json (unit 7, {"whole":"run"})',
    ]);
    expect((error as Error).message).toMatch(/merge: 4 of 8 units are missing/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'units-toy', 'result.json'))).toBe(false);
    // units of another seed are not this run's
    await runShard({ experiments: exps, out, seed: 5, shard: { index: 1, count: 2 }, ...quiet });
    await expect(merge(exps, out)).rejects.toThrow(/4 of 8 units are missing/);
    await runShard({ experiments: exps, out, shard: { index: 1, count: 2 }, ...quiet });
    expect((await merge(exps, out)).allPass).toBe(true);
    await expect(
      mergeShards({ experiments: exps, out: join(base, 'absent'), ...quiet, summary: false }),
    ).rejects.toThrow(/merge: --out .* does not exist/);
  });
});

describe('locks of a sharded run', () => {
  const live = { pid: process.pid, host: hostname(), startedAt: '2030-01-01T00:00:00.000Z', command: 'test' };

  it('shards of one run write side by side; a live twin of a shard, or a live run, keeps a shard out', async () => {
    const exps = [unitsExperiment()];
    const out = join(base, 'l');
    await Promise.all(
      [0, 1, 2].map((i) => runShard({ experiments: exps, out, shard: { index: i, count: 3 }, ...quiet })),
    );
    expect((await readdir(join(out, 'units-toy', UNITS_DIR))).length).toBe(7);
    expect((await readdir(out)).filter((n) => n.startsWith(LOCK_FILE))).toEqual([]);

    await writeFile(join(out, shardLockFile(1, 3)), JSON.stringify(live));
    await expect(
      runShard({ experiments: exps, out, shard: { index: 1, count: 3 }, ...quiet }),
    ).rejects.toThrow(/is in use by another run \(pid \d+, started 2030/);
    // another shard is not held up by it; a run or a merge is
    await runShard({ experiments: exps, out, shard: { index: 0, count: 3 }, ...quiet });
    await expect(merge(exps, out)).rejects.toThrow(/in use by shards of a sharded run: .*shard-1-of-3/);
    await rm(join(out, shardLockFile(1, 3)));

    await writeFile(join(out, LOCK_FILE), JSON.stringify(live));
    await expect(
      runShard({ experiments: exps, out, shard: { index: 2, count: 3 }, ...quiet }),
    ).rejects.toThrow(/in use by a run or merge: \.hippo-prophecy-lock/);
    await rm(join(out, LOCK_FILE));
  });

  it('a shard lock of another host is taken over with a note; a dead one of this host silently', async () => {
    const exps = [unitsExperiment('units-toy', 2)];
    const out = join(base, 'h');
    await shardAll(exps, out, 1);
    await writeFile(join(out, shardLockFile(0, 2)), JSON.stringify({ ...live, host: 'elsewhere' }));
    await writeFile(join(out, shardLockFile(1, 2)), JSON.stringify({ ...live, pid: 2 ** 22 + 12345 }));
    const r0 = await runShard({ experiments: exps, out, shard: { index: 0, count: 2 }, ...quiet });
    expect(r0.notes.join('\n')).toMatch(/shard-0-of-2 of pid \d+ on host elsewhere .*: taken over/);
    const r1 = await runShard({ experiments: exps, out, shard: { index: 1, count: 2 }, ...quiet });
    expect(r1.notes).toEqual([]);
    expect((await merge(exps, out)).allPass).toBe(true);
  });
});
