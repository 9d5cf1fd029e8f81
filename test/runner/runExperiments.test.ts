import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineExperiment } from '../../experiments/defineExperiment.ts';
import type { Experiment } from '../../experiments/types.ts';
import { findChromium } from '../../src/plot/write/renderPng.ts';
import { TEMP_FILE_PATTERN } from '../../src/util/writeFileAtomic.ts';
import type { Counter } from './fixtures/toyExperiments.ts';
import { brokenExperiment, mapExperiment, toyExperiment } from './fixtures/toyExperiments.ts';
import { toyClaim } from './fixtures/toyClaim.ts';
import { quietRun } from './fixtures/quietRun.ts';
import type { RunExperimentsOptions } from '../../experiments/runner/runTypes.ts';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'hp-runner-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const run = (experiments: Experiment[], extra: Partial<RunExperimentsOptions> = {}) =>
  quietRun(experiments, out, extra);

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function json(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

describe('runExperiments: outputs', () => {
  it('writes result.json, claims.json, figure html, the shared plotly bundle and the index', async () => {
    const counter: Counter = {};
    const report = await run([toyExperiment('toy', counter)]);
    expect(report.allPass).toBe(true);
    expect(report.results.map((r) => [r.id, r.status, r.cached])).toEqual([['toy', 'passed', false]]);
    const dir = join(out, 'toy');
    const result = (await json(join(dir, 'result.json'))) as {
      meta: Record<string, unknown>;
      result: { values: unknown; total: number };
    };
    expect(result.meta).toMatchObject({
      id: 'toy',
      scale: 'quick',
      seed: 0,
      status: 'finished',
      params: { n: 5 },
    });
    expect(typeof result.meta.version).toBe('string');
    expect(result.result.values).toEqual([1, 2, 3, 4, 5]); // Float64Array -> plain array
    expect(result.result.total).toBe(15);
    const claims = (await json(join(dir, 'claims.json'))) as { name: string; pass: boolean }[];
    expect(claims.map((c) => [c.name, c.pass])).toEqual([
      ['total below bound', true],
      ['values positive', true],
    ]);
    const html = await readFile(join(dir, 'figure-values.html'), 'utf8');
    expect(html).toContain('<script src="../plotly.min.js"></script>');
    expect(existsSync(join(out, 'plotly.min.js'))).toBe(true);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('total below bound');
    expect(index).toContain('toy/figure-values.html');
    expect(index).toContain('<script src="plotly.min.js"></script>');
  });

  it('writes NaN as the string "NaN" in checkpoints-derived results and keeps typed arrays in checkpoints', async () => {
    const nanExp = defineExperiment({
      id: 'nan',
      title: 'nan',
      reproduces: 'beyond the paper',
      notes: '',
      scales: { quick: {}, paper: {} },
      async run(ctx) {
        const arr = await ctx.checkpoint('arr', () => new Float64Array([1, Infinity, NaN]));
        expect(arr).toBeInstanceOf(Float64Array); // the value handed back is the decoded checkpoint
        return { x: NaN, arr };
      },
      claims: (r: { x: number }) => [
        toyClaim({ name: 'x is NaN', value: r.x, bound: 'NaN', pass: Number.isNaN(r.x), detail: '' }),
      ],
      figures: () => ({}),
    });
    const report = await run([nanExp]);
    expect(report.allPass).toBe(true);
    const result = (await json(join(out, 'nan', 'result.json'))) as { result: unknown };
    expect(result.result).toEqual({ x: 'NaN', arr: [1, 'Infinity', 'NaN'] });
    const claims = (await json(join(out, 'nan', 'claims.json'))) as { value: unknown }[];
    expect(claims[0].value).toBe('NaN');
  });
});

describe('runExperiments: resume', () => {
  it('after a run that dies midway, reuses the finished checkpoint and computes only the rest', async () => {
    const counter: Counter = {};
    const crash = { armed: true };
    const exp = toyExperiment('resume', counter, { crash });
    const first = await run([exp]);
    expect(first.allPass).toBe(false);
    expect(first.results[0].status).toBe('error');
    expect(first.results[0].error).toMatch(/simulated interruption/);
    const dir = join(out, 'resume');
    // nothing left that looks finished; the checkpoint of step a is there
    expect(existsSync(join(dir, 'result.json'))).toBe(false);
    expect(existsSync(join(dir, 'claims.json'))).toBe(false);
    expect(existsSync(join(dir, 'error.json'))).toBe(true);
    expect(existsSync(join(dir, 'checkpoints', 'step-a.json'))).toBe(true);
    expect(counter).toEqual({ 'resume:run': 1, 'resume:a': 1 });

    crash.armed = false;
    const second = await run([exp]);
    expect(second.allPass).toBe(true);
    expect(second.results[0].checkpoints).toEqual({ computed: 1, reused: 1 });
    expect(counter).toEqual({ 'resume:run': 2, 'resume:a': 1, 'resume:b': 1 });
    expect(existsSync(join(dir, 'error.json'))).toBe(false);
    const result = (await json(join(dir, 'result.json'))) as { result: { total: number } };
    expect(result.result.total).toBe(15);
  });

  it('does not reuse checkpoints written with another seed or scale', async () => {
    const counter: Counter = {};
    const crash = { armed: true };
    const exp = toyExperiment('stamp', counter, { crash });
    await run([exp]);
    crash.armed = false;
    const other = await run([exp], { seed: 1 });
    expect(other.results[0].checkpoints).toEqual({ computed: 2, reused: 0 });
    expect(counter['stamp:a']).toBe(2);
    const result = (await json(join(out, 'stamp', 'result.json'))) as { result: { total: number } };
    expect(result.result.total).toBe(30); // values (k+1)(seed+1) with seed 1
  });

  it('an experiment that throws is reported and the others still run', async () => {
    const counter: Counter = {};
    const report = await run([brokenExperiment('broken'), toyExperiment('fine', counter)]);
    expect(report.results.map((r) => r.status)).toEqual(['error', 'passed']);
    expect(report.allPass).toBe(false);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('broken on purpose');
  });
});

describe('runExperiments: skipping and --force', () => {
  it('skips an experiment finished at the same scale and seed; reruns with force or another scale', async () => {
    const counter: Counter = {};
    const exp = toyExperiment('skip', counter);
    await run([exp]);
    const again = await run([exp]);
    expect(again.results[0].cached).toBe(true);
    expect(again.results[0].claims.map((c) => c.name)).toEqual(['total below bound', 'values positive']);
    expect(counter['skip:run']).toBe(1);

    const forced = await run([exp], { force: true });
    expect(forced.results[0].cached).toBe(false);
    expect(counter).toEqual({ 'skip:run': 2, 'skip:a': 2, 'skip:b': 2 }); // force also discards checkpoints

    const paper = await run([exp], { scale: 'paper' });
    expect(paper.results[0].cached).toBe(false);
    expect(counter['skip:run']).toBe(3);
    const result = (await json(join(out, 'skip', 'result.json'))) as {
      meta: { scale: string; params: unknown };
    };
    expect(result.meta).toMatchObject({ scale: 'paper', params: { n: 50 } });
  });

  it('runs only the ids asked for and rejects unknown ids, listing the known ones', async () => {
    const counter: Counter = {};
    const report = await run([toyExperiment('one', counter), toyExperiment('two', counter)], {
      only: ['two'],
    });
    expect(report.results.map((r) => r.id)).toEqual(['two']);
    expect(counter['one:run']).toBeUndefined();
    await expect(run([toyExperiment('one', counter)], { only: ['nope'] })).rejects.toThrow(
      /unknown experiment id nope; known: one/,
    );
  });
});

describe('runExperiments: claims', () => {
  it('a failing claim makes allPass false; a throwing claims() is a failed claim with the error', async () => {
    const counter: Counter = {};
    const low = await run([toyExperiment('low', counter, { bound: 10 })]);
    expect(low.allPass).toBe(false);
    expect(low.results[0].status).toBe('failed');
    expect(low.results[0].claims.find((c) => c.name === 'total below bound')?.pass).toBe(false);

    const boom = await run([toyExperiment('boom', counter, { claimsThrow: true })]);
    expect(boom.allPass).toBe(false);
    expect(boom.results[0].claims).toHaveLength(1);
    expect(boom.results[0].claims[0]).toMatchObject({ pass: false });
    expect(boom.results[0].claims[0].detail).toMatch(/claim computation exploded/);
  });
});

describe('runExperiments: atomic writes', () => {
  it('leaves no temp files, removes stale ones, and replaces a pre-existing file whole', async () => {
    const counter: Counter = {};
    const dir = join(out, 'atomic');
    await run([toyExperiment('atomic', counter)]);
    // a stale temp file from a killed writer, and a long garbage claims.json from "an earlier version"
    await writeFile(join(dir, '.claims.json.4242.deadbeef.tmp'), 'partial');
    await writeFile(join(dir, 'claims.json'), `[${' '.repeat(100_000)}garbage`);
    await run([toyExperiment('atomic', counter)], { force: true });
    const files = await allFiles(out);
    expect(files.filter((f) => TEMP_FILE_PATTERN.test(f.split('/').pop() as string))).toEqual([]);
    const claims = (await json(join(dir, 'claims.json'))) as unknown[];
    expect(claims).toHaveLength(2);
  });
});

describe('runExperiments: workers', () => {
  it('workers = 1 and workers = 2 write identical results', async () => {
    const one = await run([mapExperiment('map')], { out: join(out, 'w1'), workers: 1 });
    const two = await run([mapExperiment('map')], { out: join(out, 'w2'), workers: 2 });
    expect(one.allPass && two.allPass).toBe(true);
    const run1 = (await json(join(out, 'w1', 'map', 'run.json'))) as { workers: number };
    const run2 = (await json(join(out, 'w2', 'map', 'run.json'))) as { workers: number };
    expect([run1.workers, run2.workers]).toEqual([1, 2]);
    // the worker count is part of the run record, not of the result: result.json is the same file
    expect(await readFile(join(out, 'w2', 'map', 'result.json'), 'utf8')).toBe(
      await readFile(join(out, 'w1', 'map', 'result.json'), 'utf8'),
    );
    expect(await readFile(join(out, 'w2', 'map', 'claims.json'), 'utf8')).toBe(
      await readFile(join(out, 'w1', 'map', 'claims.json'), 'utf8'),
    );
  });
});

describe('runExperiments: PNG', () => {
  it('without a Chromium, skips PNG export with a note and still finishes', async () => {
    const counter: Counter = {};
    const report = await run([toyExperiment('png', counter)], {
      png: true,
      chromiumPath: '/nonexistent/chromium',
    });
    expect(report.allPass).toBe(true);
    expect(report.notes.join('\n')).toMatch(/PNG export skipped/);
    expect(existsSync(join(out, 'png', 'figure-values.png'))).toBe(false);
    expect(existsSync(join(out, 'png', 'figure-values.html'))).toBe(true);
  });

  it.skipIf(findChromium() === undefined)(
    'with a Chromium, writes a PNG next to each figure page',
    async () => {
      const counter: Counter = {};
      const report = await run([toyExperiment('png1', counter), toyExperiment('png2', counter)], {
        png: true,
      });
      expect(report.notes).toEqual([]);
      for (const id of ['png1', 'png2']) {
        const bytes = await readFile(join(out, id, 'figure-values.png'));
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      }
    },
  );
});
