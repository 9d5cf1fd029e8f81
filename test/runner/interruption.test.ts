import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExperiments } from '../../experiments/runner/runExperiments.ts';
import { TEMP_FILE_PATTERN } from '../../src/util/writeFileAtomic.ts';
import { interruptibleExperiments } from './fixtures/interruptible.ts';

const script = fileURLToPath(new URL('./fixtures/interruptible.ts', import.meta.url));

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'hp-interrupt-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Starts the hanging run, waits for the checkpoint of step a of 'slow', sends `signal`, resolves on exit. */
async function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, out, 'hang'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const marker = join(out, 'slow', 'checkpoints', 'a.json');
  const deadline = Date.now() + 30_000;
  while (!existsSync(marker) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  child.kill(signal);
  return { code: await exited, stderr };
}

describe('interrupted runs', () => {
  for (const signal of ['SIGINT', 'SIGKILL'] as const) {
    it(`after ${signal}, the next run redoes only the unfinished experiment and reuses its checkpoint`, async () => {
      const { code, stderr } = await interrupt(signal);
      if (signal === 'SIGINT') {
        expect(code).toBe(130);
        expect(stderr).toMatch(/SIGINT: stopped, rerun to resume/);
      }
      expect(existsSync(join(out, 'first', 'result.json'))).toBe(true);
      expect(existsSync(join(out, 'slow', 'result.json'))).toBe(false);
      const report = await runExperiments({
        experiments: interruptibleExperiments(false),
        out,
        progress: 'silent',
        png: false,
        summary: false,
        handleSignals: false,
      });
      expect(report.allPass).toBe(true);
      expect(report.results.map((r) => [r.id, r.cached, r.checkpoints])).toEqual([
        ['first', true, { computed: 0, reused: 0 }],
        ['slow', false, { computed: 1, reused: 1 }],
      ]);
      const names = await readdir(out, { recursive: true });
      expect(names.filter((n) => TEMP_FILE_PATTERN.test(n.split('/').pop() as string))).toEqual([]);
    });
  }
});
