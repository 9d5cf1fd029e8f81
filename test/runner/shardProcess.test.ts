/**
 * Sharded runs as the engines start them: n child processes of the CLI given JOB_COMPLETION_INDEX (a Kubernetes
 * Indexed Job) or SLURM_ARRAY_TASK_ID / _MIN / _COUNT (a Slurm job array), side by side into one folder, then
 * `merge`; the merged files equal one run's.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experiments } from '../../experiments/registry.ts';
import { quietRun } from './fixtures/quietRun.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const main = join(repo, 'src', 'cli', 'main.ts');
const ONLY = ['fig2-examples', 'fig5-context'];

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Exit> {
  const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

const reproduce = (out: string, extra: string[], env: Record<string, string>) =>
  cli(
    ['reproduce', '--only', ONLY.join(','), '--out', out, '--progress', 'silent', '--no-png', ...extra],
    env,
  );
const merge = (out: string) =>
  cli(['merge', '--only', ONLY.join(','), '--out', out, '--progress', 'silent', '--no-png']);
const filesOf = (dir: string) =>
  Promise.all(
    ONLY.flatMap((id) => ['result.json', 'claims.json'].map((f) => readFile(join(dir, id, f), 'utf8'))),
  );

let base: string;
let single: string[];
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'hp-shard-process-'));
  await quietRun(experiments, join(base, 'single'), { only: ONLY });
  single = await filesOf(join(base, 'single'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('sharded by an engine (child processes), then merge', () => {
  it('Kubernetes: JOB_COMPLETION_INDEX = 0, 1, 2 with --shards 3 side by side; a missing unit is refused', async () => {
    const out = join(base, 'k8s');
    // shard 1 first, alone: merge names the unit shard 0 holds
    const first = await reproduce(out, ['--shards', '3'], { JOB_COMPLETION_INDEX: '1' });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/shard 1\/3: 1 of 2 units \(1 computed, 0 reused, 0 failed\)/);
    const refused = await merge(out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /merge: 1 of 2 units are missing .*fig2-examples\/units\/0\.json \(unit 0/,
    );
    const shards = await Promise.all(
      [0, 1, 2].map((i) => reproduce(out, ['--shards', '3'], { JOB_COMPLETION_INDEX: String(i) })),
    );
    shards.forEach((r, i) => expect(r.code, `shard ${i}: ${r.stderr}`).toBe(0));
    // the rerun of shard 1 reuses its unit; shard 2 has none (2 units over 3 shards)
    expect(shards[1].stdout).toMatch(/1 of 2 units \(0 computed, 1 reused/);
    expect(shards[2].stdout).toMatch(/shard 2\/3: 0 of 2 units/);
    const merged = await merge(out);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/fig2-examples/);
    expect(await filesOf(out)).toEqual(single);
  });

  it('Slurm: SLURM_ARRAY_TASK_ID 1, 2 of an array starting at 1, then merge', async () => {
    const out = join(base, 'slurm');
    const env = (id: number) => ({
      SLURM_ARRAY_TASK_ID: String(id),
      SLURM_ARRAY_TASK_MIN: '1',
      SLURM_ARRAY_TASK_COUNT: '2',
    });
    const shards = await Promise.all([1, 2].map((id) => reproduce(out, [], env(id))));
    shards.forEach((r, i) => expect(r.code, `task ${i + 1}: ${r.stderr}`).toBe(0));
    expect(shards.map((r) => /shard (\d)\/2/.exec(r.stdout)?.[1])).toEqual(['0', '1']);
    const merged = await merge(out);
    expect(merged.code, merged.stderr).toBe(0);
    expect(await filesOf(out)).toEqual(single);
  });

  it('usage errors: JOB_COMPLETION_INDEX without --shards, --shard with --seeds', async () => {
    const out = join(base, 'bad');
    const noCount = await reproduce(out, [], { JOB_COMPLETION_INDEX: '0' });
    expect(noCount.code).toBe(2);
    expect(noCount.stderr).toMatch(/JOB_COMPLETION_INDEX is set .*give --shards n/);
    const seeds = await reproduce(out, ['--shard', '0/2', '--seeds', '0-1'], {});
    expect(seeds.code).toBe(2);
    expect(seeds.stderr).toMatch(/--shard runs one seed/);
  });
});
