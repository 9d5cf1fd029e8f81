import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reproduceCli } from './reproduceCli.ts';
import type { Experiment } from '../../experiments/types.ts';
import type { Counter } from './fixtures/toyExperiments.ts';
import { toyExperiment } from './fixtures/toyExperiments.ts';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'hp-cli-'));
  process.exitCode = undefined;
});
afterEach(async () => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
  await rm(out, { recursive: true, force: true });
});

async function cli(experiments: Experiment[], args: string[]): Promise<string> {
  return reproduceCli(experiments, out, args);
}

describe('hippo-prophecy reproduce', () => {
  it('sets exit code 1 when a claim fails and leaves it alone when all pass', async () => {
    const counter: Counter = {};
    await cli([toyExperiment('good', counter)], []);
    expect(process.exitCode).toBeUndefined();
    await cli([toyExperiment('bad', counter, { bound: 1 })], []);
    expect(process.exitCode).toBe(1);
  });

  it('passes --only, --seed, --scale and --force through and prints JSON with --json', async () => {
    const counter: Counter = {};
    const exps = [toyExperiment('a', counter), toyExperiment('b', counter)];
    const text = await cli(exps, ['--only', 'b', '--seed', '2', '--scale', 'paper', '--json']);
    const parsed = JSON.parse(text) as {
      allPass: boolean;
      results: { id: string; cached: boolean; claims: { value: number }[] }[];
    };
    expect(parsed.allPass).toBe(true);
    expect(parsed.results.map((r) => r.id)).toEqual(['b']);
    // paper scale n = 50, seed 2: total = 3 * 50 * 51 / 2
    expect(parsed.results[0].claims[0].value).toBe(3825);
    expect(counter['a:run']).toBeUndefined();
    const again = JSON.parse(
      await cli(exps, ['--only', 'b', '--seed', '2', '--scale', 'paper', '--json']),
    ) as typeof parsed;
    expect(again.results[0].cached).toBe(true);
    const forced = JSON.parse(
      await cli(exps, ['--only', 'b', '--seed', '2', '--scale', 'paper', '--json', '--force']),
    ) as typeof parsed;
    expect(forced.results[0].cached).toBe(false);
    expect(counter['b:run']).toBe(2);
  });

  it('rejects unknown --only ids, listing the known ones, and bad option values', async () => {
    const counter: Counter = {};
    await expect(cli([toyExperiment('alpha', counter)], ['--only', 'alpha,zeta'])).rejects.toThrow(
      /unknown experiment id zeta in --only; known: alpha/,
    );
    await expect(cli([toyExperiment('alpha', counter)], ['--workers', '0'])).rejects.toThrow(/integer >= 1/);
    await expect(cli([toyExperiment('alpha', counter)], ['--scale', 'huge'])).rejects.toThrow(/huge/);
    expect(counter['alpha:run']).toBeUndefined();
  });

  it('prints a summary table with every claim on stdout', async () => {
    const counter: Counter = {};
    const text = await cli([toyExperiment('summ', counter, { bound: 1 })], []);
    expect(text).toMatch(/summ\s+total below bound\s+finding\s+15\s+1\s+FAIL/);
    expect(text).toMatch(/summ\s+values positive\s+finding\s+1\s+0\s+PASS/);
    expect(text).toMatch(/1 experiment: 0 passed, 1 failed, 0 errored; claims: 1 pass, 0 deviation, 1 fail/);
  });
});
