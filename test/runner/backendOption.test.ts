import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reproduceCli } from './reproduceCli.ts';
import { defineExperiment } from '../../experiments/defineExperiment.ts';
import type { Experiment } from '../../experiments/types.ts';

let out: string;
const saved = process.env.HIPPO_PROPHECY_BACKEND;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'hp-backend-'));
  delete process.env.HIPPO_PROPHECY_BACKEND;
  process.exitCode = undefined;
});
afterEach(async () => {
  if (saved === undefined) delete process.env.HIPPO_PROPHECY_BACKEND;
  else process.env.HIPPO_PROPHECY_BACKEND = saved;
  process.exitCode = undefined;
  vi.restoreAllMocks();
  await rm(out, { recursive: true, force: true });
});

/** An experiment that records the backend variable as its run sees it. */
function probe(seen: (string | undefined)[]): Experiment<Record<string, never>, { backend: string }> {
  return defineExperiment({
    id: 'probe',
    title: 'records HIPPO_PROPHECY_BACKEND',
    reproduces: 'test',
    notes: '',
    scales: { quick: {}, paper: {} },
    run: () => {
      seen.push(process.env.HIPPO_PROPHECY_BACKEND);
      return Promise.resolve({ backend: String(process.env.HIPPO_PROPHECY_BACKEND) });
    },
    claims: () => [],
    figures: () => ({}),
  });
}

async function cli(experiment: Experiment, args: string[]): Promise<void> {
  await reproduceCli([experiment], out, ['--force', ...args]);
}

describe('reproduce --backend', () => {
  it('sets HIPPO_PROPHECY_BACKEND before the experiments run', async () => {
    const seen: (string | undefined)[] = [];
    await cli(probe(seen), ['--backend', 'cpu']);
    await cli(probe(seen), ['--backend', 'wasm']);
    expect(seen).toEqual(['cpu', 'wasm']);
    expect(process.env.HIPPO_PROPHECY_BACKEND).toBe('wasm');
  });

  it('leaves the variable alone without the option and rejects unknown backends', async () => {
    const seen: (string | undefined)[] = [];
    process.env.HIPPO_PROPHECY_BACKEND = 'cpu';
    await cli(probe(seen), []);
    expect(seen).toEqual(['cpu']);
    delete process.env.HIPPO_PROPHECY_BACKEND;
    await expect(cli(probe(seen), ['--backend', 'gpu'])).rejects.toThrow(/gpu/);
    expect(seen).toEqual(['cpu']);
    expect(process.env.HIPPO_PROPHECY_BACKEND).toBeUndefined();
  });
});
