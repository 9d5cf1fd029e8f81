import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineExperiment } from '../../experiments/defineExperiment.ts';
import { evaluateRegistered, registerClaims } from '../../experiments/claims/index.ts';
import type { ExperimentOutcome } from '../../experiments/runner/runTypes.ts';
import { aggregateSeeds, parseSeeds, type SeedsReport } from '../../experiments/runner/seedsReport.ts';
import type { Experiment } from '../../experiments/types.ts';
import { lineFigure } from '../../src/plot/lineFigure.ts';
import { quietRun } from './fixtures/quietRun.ts';
import { reproduceCli } from './reproduceCli.ts';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'hp-seeds-'));
  process.exitCode = undefined;
});
afterEach(async () => {
  process.exitCode = undefined;
  await rm(out, { recursive: true, force: true });
});

const BOUNDS = registerClaims({
  steady: {
    name: 'value stays below 100',
    kind: 'finding',
    source: 'fixture',
    test: { kind: 'atMost', bound: 100 },
    reason: 'r',
  },
  rare: {
    name: 'fails at seed 9 only',
    kind: 'finding',
    source: 'fixture',
    test: { kind: 'atMost', bound: 8 },
    reason: 'r',
  },
  often: {
    name: 'fails at seeds 8 and 9',
    kind: 'theory',
    source: 'fixture',
    test: { kind: 'atMost', bound: 7 },
    reason: 'r',
  },
  paper: {
    name: 'the paper reads 2',
    kind: 'paper',
    source: 'figure 0, poster',
    test: { kind: 'between', lo: 1, hi: 4 },
    reason: 'r',
    paper: 2,
    deviation: { explanation: 'ours is larger at odd seeds', tried: 'nothing' },
  },
});

/** Claims whose outcome depends on the seed in a known way. */
function seedDependent(): Experiment<{ k: number }, { seed: number }> {
  return defineExperiment({
    id: 'seedy',
    title: 'seed-dependent claims',
    reproduces: 'test fixture',
    notes: '',
    scales: { quick: { k: 1 }, paper: { k: 1 } },
    run: (ctx) => Promise.resolve({ seed: ctx.seed }),
    claims: ({ seed }) =>
      evaluateRegistered(BOUNDS, {
        steady: () => seed,
        rare: () => seed,
        often: () => seed,
        paper: () => (seed % 2 === 1 ? 10 : 2),
      }),
    figures: ({ seed }) => ({
      v: lineFigure({
        title: 't',
        xLabel: 'x',
        yLabel: 'y',
        series: [{ name: 's', x: [0, 1], y: [seed, 1] }],
      }),
    }),
  });
}

describe('--seeds', () => {
  it('parses lists and ranges and refuses malformed ones, naming --seeds', () => {
    expect(parseSeeds('0-9')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(parseSeeds('0,3,7')).toEqual([0, 3, 7]);
    expect(parseSeeds(' 4 , 0-1 ')).toEqual([4, 0, 1]);
    expect(() => parseSeeds('')).toThrow(/--seeds "": expected seeds/);
    expect(() => parseSeeds('3-1')).toThrow(/the range "3-1" is reversed/);
    expect(() => parseSeeds('0-2,2')).toThrow(/seed 2 is listed twice/);
    expect(() => parseSeeds('-1')).toThrow(/"-1" is not a seed/);
    expect(() => parseSeeds('a')).toThrow(/"a" is not a seed/);
    expect(() => parseSeeds('0-5000')).toThrow(/more than 1000 seeds/);
  });

  it('a claim holds when it does not fail at >= ceil(0.9 n) seeds; deviations do not fail; missing ones do', () => {
    const claim = (id: string, status: 'pass' | 'fail' | 'deviation', value: number) =>
      ({
        id,
        name: id,
        kind: 'finding',
        source: '',
        reason: '',
        value,
        bound: 0,
        status,
        pass: status === 'pass',
        detail: '',
      }) as const;
    const outcome = (
      seed: number,
      claims: ReturnType<typeof claim>[],
      status: ExperimentOutcome['status'] = 'passed',
    ) =>
      ({
        id: 'e',
        title: 'e',
        seed,
        status,
        cached: false,
        claims,
        seconds: 0,
        dir: '',
        checkpoints: { computed: 0, reused: 0 },
      }) as ExperimentOutcome;
    const runs = Array.from({ length: 10 }, (_, s) => ({
      seed: s,
      results:
        s === 5
          ? [outcome(s, [], 'error')]
          : [
              outcome(s, [
                claim('a', s === 9 ? 'fail' : 'pass', s),
                claim('b', s < 3 ? 'deviation' : 'pass', 2 * s),
              ]),
            ],
    }));
    const report = aggregateSeeds(runs, 'quick');
    const byId = Object.fromEntries(report.rows.map((r) => [r.id, r]));
    expect(Object.keys(byId)).toEqual(['(run)', 'a', 'b']);
    // a: fails at 9, missing at 5 (the run threw): 8 of 10 do not fail < 9 required
    expect(byId.a).toMatchObject({
      n: 10,
      passed: 8,
      counts: { pass: 8, deviation: 0, fail: 2 },
      required: 9,
      holds: false,
    });
    // b: 3 deviations and one missing: 9 do not fail
    expect(byId.b).toMatchObject({ passed: 6, counts: { pass: 6, deviation: 3, fail: 1 }, holds: true });
    expect(byId.b.spread).toEqual({ min: 0, median: 8, max: 18 }); // 0,2,4,6,8,12,14,16,18 (seed 5 missing)
    expect(byId['(run)']).toMatchObject({ passed: 9, holds: true });
    expect(report.errors).toEqual([{ experiment: 'e', seed: 5, error: 'run failed' }]);
    expect(report.holds).toBe(false);
  });

  it('runs every seed into <out>/seed-<s>/, writes seeds.json and the seeds section, and fails on a claim that does not hold', async () => {
    const text = await reproduceCli([seedDependent()], out, ['--seeds', '0-9']);
    expect(process.exitCode).toBe(1);
    expect(text).toMatch(
      /seed 0: 1 experiment: 1 passed, 0 failed, 0 errored; claims: 4 pass, 0 deviation, 0 fail/,
    );
    expect(text).toMatch(/seedy\s+fails at seed 9 only\s+finding\s+9 of 10\s+9\/0\/1\s+0\s+4\.5\s+9\s+HOLDS/);
    expect(text).toMatch(/seedy\s+fails at seeds 8 and 9\s+theory\s+8 of 10\s+8\/0\/2 .* DOES NOT HOLD/);
    expect(text).toMatch(/seedy\s+the paper reads 2\s+paper\s+5 of 10\s+5\/5\/0 .* HOLDS/);
    expect(text).toMatch(
      /seeds 0-9 \(n = 10\): 3 claims hold, 1 do not \(a claim holds when it does not fail at >= 9 of 10 seeds\)/,
    );
    for (const s of [0, 9]) {
      expect(existsSync(join(out, `seed-${s}`, 'seedy', 'result.json'))).toBe(true);
      expect(existsSync(join(out, `seed-${s}`, 'index.html'))).toBe(true);
      const page = await readFile(join(out, `seed-${s}`, 'seedy', 'figure-v.html'), 'utf8');
      expect(page).toContain('<script src="../../plotly.min.js"></script>');
    }
    expect(existsSync(join(out, 'seed-0', 'plotly.min.js'))).toBe(false);
    expect(existsSync(join(out, 'seedy'))).toBe(false); // the single-seed layout is untouched
    const seeds = JSON.parse(await readFile(join(out, 'seeds.json'), 'utf8')) as SeedsReport;
    expect(seeds.seeds).toHaveLength(10);
    expect(seeds.holds).toBe(false);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<section id="seeds">');
    expect(index).toContain('href="seed-3/index.html"');
    expect(index).toMatch(/fails at seeds 8 and 9<\/td>.*DOES NOT HOLD/);

    // a later single-seed run into the same folder keeps the seeds section
    process.exitCode = undefined;
    await reproduceCli([seedDependent()], out, ['--seed', '1']);
    expect(existsSync(join(out, 'seedy', 'result.json'))).toBe(true);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('<section id="seeds">');
  });

  it('--seed and --seeds together are refused; every claim holding exits 0', async () => {
    await expect(reproduceCli([seedDependent()], out, ['--seed', '1', '--seeds', '0-1'])).rejects.toThrow(
      /either --seed or --seeds/,
    );
    const report = await quietRun([seedDependent()], out, { seeds: [0, 1, 2] });
    expect(report.allPass).toBe(true);
    expect(report.results.map((r) => r.seed)).toEqual([0, 1, 2]);
    expect(report.counts).toEqual({ pass: 11, deviation: 1, fail: 0 });
  });
});
