import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCheckpointStore } from '../../experiments/runner/checkpointStore.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hp-ckpt-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createCheckpointStore', () => {
  it('computes once, then a new store with the same stamp reads it back', async () => {
    let calls = 0;
    const compute = () => {
      calls++;
      return { v: new Float64Array([1, NaN]) };
    };
    const s1 = createCheckpointStore(dir, { seed: 0 });
    const [x, y] = await Promise.all([s1.checkpoint('k', compute), s1.checkpoint('k', compute)]);
    expect(calls).toBe(1);
    expect(x).toBe(y);
    const s2 = createCheckpointStore(dir, { seed: 0 });
    const z = await s2.checkpoint('k', compute);
    expect(calls).toBe(1);
    expect([s1.computed, s1.reused, s2.computed, s2.reused]).toEqual([1, 0, 0, 1]);
    expect(z.v).toBeInstanceOf(Float64Array);
    expect(Array.from(z.v)).toEqual([1, NaN]);
    expect(await readdir(dir)).toEqual(['k.json']);
  });

  it('recomputes when the stamp differs or the file is unreadable', async () => {
    let calls = 0;
    const compute = () => ++calls;
    await createCheckpointStore(dir, { seed: 0 }).checkpoint('k', compute);
    expect(await createCheckpointStore(dir, { seed: 1 }).checkpoint('k', compute)).toBe(2);
    const told: string[] = [];
    await writeFile(join(dir, 'k.json'), '{ truncated');
    expect(await createCheckpointStore(dir, { seed: 1 }, (m) => told.push(m)).checkpoint('k', compute)).toBe(
      3,
    );
    expect(told).toEqual([
      `checkpoint ${join(dir, 'k.json')}: not valid JSON (truncated or edited); recomputed`,
    ]);
  });

  it('a payload that does not match its checksum (right stamp, wrong content) is recomputed, naming the file', async () => {
    const file = join(dir, 'k.json');
    await createCheckpointStore(dir, { seed: 0 }).checkpoint('k', () => ({ error: 1e-7 }));
    const stored = JSON.parse(await readFile(file, 'utf8')) as {
      stamp: unknown;
      sha256: string;
      value: string;
    };
    expect(stored.stamp).toEqual({ seed: 0 });
    expect(stored.value).toContain('1e-7');
    // the silent-flip case: valid JSON, the right stamp, a scaled number
    await writeFile(file, JSON.stringify({ ...stored, value: stored.value.replace('1e-7', '1e-3') }));
    const told: string[] = [];
    const store = createCheckpointStore(dir, { seed: 0 }, (m) => told.push(m));
    expect(await store.checkpoint('k', () => ({ error: 2e-6 }))).toEqual({ error: 2e-6 });
    expect([store.computed, store.reused]).toEqual([1, 0]);
    expect(told).toEqual([`checkpoint ${file}: checksum mismatch (edited or corrupt); recomputed`]);
    // a checkpoint without a checksum (an older format) is not trusted either
    await writeFile(file, JSON.stringify({ stamp: { seed: 0 }, value: stored.value }));
    expect(await createCheckpointStore(dir, { seed: 0 }, () => {}).checkpoint('k', () => 7)).toBe(7);
  });

  it('rejects keys that are not plain file names and does not store failed computations', async () => {
    const s = createCheckpointStore(dir, {});
    await expect(s.checkpoint('../escape', () => 1)).rejects.toThrow(RangeError);
    await expect(
      s.checkpoint('bad', () => {
        throw new Error('nope');
      }),
    ).rejects.toThrow('nope');
    expect(await s.checkpoint('bad', () => 5)).toBe(5);
  });
});
