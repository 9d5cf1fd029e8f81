import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareOutFolder } from '../../experiments/runner/outFolder.ts';
import { LOCK_FILE, MARKER_FILE } from '../../experiments/runner/outputLayout.ts';
import { acquireRunLock } from '../../experiments/runner/runLock.ts';
import type { Experiment } from '../../experiments/types.ts';
import type { Counter } from './fixtures/toyExperiments.ts';
import { toyExperiment } from './fixtures/toyExperiments.ts';
import { quietRun } from './fixtures/quietRun.ts';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'hp-out-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const run = quietRun;

describe('the results folder (--out)', () => {
  it("creates a new folder (its parent must exist) and marks it as the runner's", async () => {
    const dir = await prepareOutFolder(join(base, 'new'));
    expect(existsSync(join(dir, MARKER_FILE))).toBe(true);
    await expect(prepareOutFolder(join(base, 'missing', 'deeper'))).rejects.toThrow(
      /--out ".*deeper" is in a folder that does not exist/,
    );
  });

  it('refuses an empty path, a file, and a path below a file', async () => {
    await expect(prepareOutFolder('')).rejects.toThrow(/--out "" must name a folder/);
    await expect(prepareOutFolder('  ')).rejects.toThrow(/must name a folder/);
    await writeFile(join(base, 'file'), 'x');
    await expect(prepareOutFolder(join(base, 'file'))).rejects.toThrow(/exists and is not a folder/);
    await expect(prepareOutFolder(join(base, 'file', 'x'))).rejects.toThrow(/which is not a folder/);
  });

  it('refuses a folder with other content and leaves it untouched; --force writes into it', async () => {
    const dir = join(base, 'site');
    await mkdir(dir);
    await writeFile(join(dir, 'index.html'), '<p>my page</p>');
    const counter: Counter = {};
    await expect(run([toyExperiment('t', counter)], dir)).rejects.toThrow(
      /--out ".*site" is a folder with other content \(1 entries: index\.html\) that this runner did not create/,
    );
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe('<p>my page</p>');
    expect(existsSync(join(dir, MARKER_FILE))).toBe(false);
    expect(counter).toEqual({});
    const forced = await run([toyExperiment('t', counter)], dir, { force: true });
    expect(forced.allPass).toBe(true);
    expect(existsSync(join(dir, MARKER_FILE))).toBe(true);
    // marked now: later runs need no --force
    expect((await run([toyExperiment('t', counter)], dir)).results[0].cached).toBe(true);
  });

  it('adopts the results folder of an earlier run of the runner (before the marker existed)', async () => {
    const dir = join(base, 'results');
    const counter: Counter = {};
    await run([toyExperiment('old', counter)], dir);
    await rm(join(dir, MARKER_FILE));
    expect((await run([toyExperiment('old', counter)], dir)).results[0].cached).toBe(true);
    expect(existsSync(join(dir, MARKER_FILE))).toBe(true);
  });
});

describe('the run lock', () => {
  it('a second run into the same folder refuses clearly while the first holds it, and proceeds after', async () => {
    const dir = join(base, 'shared');
    const counter: Counter = {};
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = toyExperiment('slow', counter);
    const gated: Experiment = {
      ...slow,
      run: async (ctx, p: { n: number }) => (await gate, slow.run(ctx, p)),
    };
    const held = run([gated], dir);
    while (!existsSync(join(dir, LOCK_FILE))) await new Promise((r) => setTimeout(r, 5));
    await expect(run([toyExperiment('other', counter)], dir)).rejects.toThrow(
      new RegExp(`is in use by another run \\(pid ${process.pid}, started .*\\): wait until it finishes`),
    );
    release();
    expect((await held).allPass).toBe(true);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect((await run([toyExperiment('other', counter)], dir)).allPass).toBe(true);
  });

  it("a stale lock (its process is gone) or an unreadable one is taken over; another host's is refused", async () => {
    const dir = await prepareOutFolder(join(base, 'stale'));
    const lockFile = join(dir, LOCK_FILE);
    // a pid that does not exist: above the kernel's pid_max (4194304)
    const gone = { pid: 99_999_999, host: hostname(), startedAt: '2020-01-01T00:00:00.000Z', command: 'x' };
    await writeFile(lockFile, JSON.stringify(gone));
    const counter: Counter = {};
    expect((await run([toyExperiment('a', counter)], dir)).allPass).toBe(true);
    await writeFile(lockFile, '{"pid": 12');
    expect((await run([toyExperiment('a', counter)], dir)).allPass).toBe(true);
    await writeFile(lockFile, JSON.stringify({ ...gone, host: 'elsewhere.example' }));
    await expect(acquireRunLock(dir, 'stale')).rejects.toThrow(
      /in use by another run \(pid 99999999 on host elsewhere\.example .*remove .*\.hippo-prophecy-lock/,
    );
  });
});
