import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineExperiment } from '../../experiments/defineExperiment.ts';
import { experiments } from '../../experiments/registry.ts';
import type { Experiment } from '../../experiments/types.ts';
import { toyClaim } from './fixtures/toyClaim.ts';
import type { Counter } from './fixtures/toyExperiments.ts';
import { toyExperiment } from './fixtures/toyExperiments.ts';
import { quietRun } from './fixtures/quietRun.ts';
import type { RunExperimentsOptions } from '../../experiments/runner/runTypes.ts';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'hp-results-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const run = (experiments: Experiment[], extra: Partial<RunExperimentsOptions> = {}) =>
  quietRun(experiments, out, extra);

interface Timed {
  errors: Float64Array;
  seconds: number;
  runs: { error: number; seconds: number }[];
}

/** Like fig3 (a wall time in its result) and the training runs (one per run record): timings inside the result. */
function timedExperiment(counter: Counter): Experiment<{ n: number }, Timed> {
  return defineExperiment({
    id: 'timed',
    title: 'timed',
    reproduces: 'beyond the paper',
    notes: '',
    scales: { quick: { n: 4 }, paper: { n: 8 } },
    async run(ctx, { n }) {
      counter.run = (counter.run ?? 0) + 1;
      const t0 = performance.now();
      const errors = Float64Array.from({ length: n }, (_, k) => 1 / (k + 1 + ctx.seed));
      await new Promise((r) => setTimeout(r, 5));
      const seconds = (performance.now() - t0) / 1000;
      return { errors, seconds, runs: [{ error: errors[0], seconds: seconds / 2 }] };
    },
    claims: (r: Timed) => [
      toyClaim({ name: 'error below 1', value: r.errors[0], bound: 1, pass: r.errors[0] <= 1, detail: '' }),
      // the claims see the timings too (restored from run.json), as in the run that measured them
      toyClaim({ name: 'took some time', value: r.seconds, bound: 0, pass: r.seconds > 0, detail: '' }),
    ],
    figures: () => ({}),
  });
}

describe('result.json and run.json', () => {
  it('result.json of two runs of one seed is byte-identical: timings go to run.json', async () => {
    const counter: Counter = {};
    await run([timedExperiment(counter)]);
    const dir = join(out, 'timed');
    const first = await readFile(join(dir, 'result.json'), 'utf8');
    const firstRun = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')) as Record<string, unknown>;
    const again = await run([timedExperiment(counter)], { force: true });
    expect(counter.run).toBe(2);
    expect(again.allPass).toBe(true);
    expect(await readFile(join(dir, 'result.json'), 'utf8')).toBe(first);
    const secondRun = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')) as Record<string, unknown>;
    expect(secondRun.startedAt).not.toBe(firstRun.startedAt);
    expect(Object.keys(secondRun.timings as object).sort()).toEqual(['/runs/0/seconds', '/seconds']);
    const parsed = JSON.parse(first) as { meta: Record<string, unknown>; result: object; types: object };
    for (const key of ['startedAt', 'finishedAt', 'seconds', 'workers', 'node'])
      expect(parsed.meta).not.toHaveProperty(key);
    expect(parsed.result).not.toHaveProperty('seconds');
    expect(parsed.types).toEqual({ '/errors': 'Float64Array' });
  });

  it('so does a registered experiment run twice at the same seed', async () => {
    const exps = experiments.filter((e) => ['fig2-examples', 'fig5-context'].includes(e.id));
    expect(exps).toHaveLength(2);
    await quietRun(exps, join(out, 'one'));
    await quietRun(exps, join(out, 'two'));
    for (const e of exps) {
      const text = await readFile(join(out, 'one', e.id, 'result.json'), 'utf8');
      expect(await readFile(join(out, 'two', e.id, 'result.json'), 'utf8')).toBe(text);
    }
  });

  it('a cached run recomputes its claims from result.json with the current code and rewrites claims.json', async () => {
    const counter: Counter = {};
    await run([toyExperiment('recompute', counter)]);
    const file = join(out, 'recompute', 'claims.json');
    // an edited claim (same id, scale, seed and code stamp): the stored PASS is not kept
    const stricter = toyExperiment('recompute', counter, { bound: 10 });
    const again = await run([stricter]);
    expect(again.results[0].cached).toBe(true);
    expect(counter['recompute:run']).toBe(1);
    expect(again.results[0].claims.find((c) => c.name === 'total below bound')?.status).toBe('fail');
    expect(again.allPass).toBe(false);
    const stored = JSON.parse(await readFile(file, 'utf8')) as { name: string; status: string }[];
    expect(stored.find((c) => c.name === 'total below bound')?.status).toBe('fail');
    // a hand-edited claims.json is not trusted either
    await writeFile(file, JSON.stringify(stored.map((c) => ({ ...c, status: 'pass', pass: true }))));
    const third = await run([stricter]);
    expect(third.allPass).toBe(false);
    expect(await readFile(file, 'utf8')).toContain('"status": "fail"');
  });

  it('an edited result.json fails its checksum in run.json: the experiment reruns (reusing its checkpoints)', async () => {
    const counter: Counter = {};
    await run([toyExperiment('edited', counter)]);
    const file = join(out, 'edited', 'result.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"total": 15', '"total": 1'));
    const again = await run([toyExperiment('edited', counter)], { progress: 'lines' });
    expect(again.results[0].cached).toBe(false);
    expect(again.results[0].checkpoints).toEqual({ computed: 0, reused: 2 });
    expect(again.notes.join('\n')).toMatch(/result\.json does not match the checksum in run\.json/);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ result: { total: 15 } });
    // a missing run record: rerun too
    await rm(join(out, 'edited', 'run.json'));
    const third = await run([toyExperiment('edited', counter)]);
    expect(third.results[0].cached).toBe(false);
    expect(existsSync(join(out, 'edited', 'run.json'))).toBe(true);
  });
});
