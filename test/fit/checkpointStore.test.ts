import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileCheckpointStore, TRAIN_CHECKPOINT_FORMAT } from '../../src/fit/checkpointStore.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hp-train-ckpt-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const stamp = { scale: 'quick', seed: 0, variant: 'I', seedIndex: 1, run: 'abc' };

describe('fileCheckpointStore', () => {
  it('saves atomically with its stamp and checksum (no temp file left) and loads it back', async () => {
    const file = join(dir, 'sub', 'run-I-1.json');
    const store = fileCheckpointStore<{ epoch: number; w: number[] }>(file, { stamp });
    expect(await store.load()).toBeUndefined();
    await store.save({ epoch: 2, w: [0.5, -1] });
    expect(await store.load()).toEqual({ epoch: 2, w: [0.5, -1] });
    expect(await readdir(join(dir, 'sub'))).toEqual(['run-I-1.json']);
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(stored).toMatchObject({ format: TRAIN_CHECKPOINT_FORMAT, stamp });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores (and names) a checkpoint of another run, an edited one, an unreadable one and the old format', async () => {
    const file = join(dir, 'run-I-1.json');
    const told: string[] = [];
    const onInvalid = (m: string) => told.push(m);
    await fileCheckpointStore(file, { stamp }).save({ epoch: 2 });
    expect(
      await fileCheckpointStore(file, { stamp: { ...stamp, scale: 'paper' }, onInvalid }).load(),
    ).toBeUndefined();
    expect(told.pop()).toMatch(new RegExp(`training checkpoint ${file}: written for another run`));

    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('{\\"epoch\\":2}', '{\\"epoch\\":9}'));
    expect(await readFile(file, 'utf8')).not.toBe(text);
    expect(await fileCheckpointStore(file, { stamp, onInvalid }).load()).toBeUndefined();
    expect(told.pop()).toMatch(
      /checksum mismatch \(edited or corrupt\); it is ignored and training starts afresh/,
    );

    await writeFile(file, '{"format": ');
    expect(await fileCheckpointStore(file, { stamp, onInvalid }).load()).toBeUndefined();
    expect(told.pop()).toMatch(/not valid JSON/);

    // what the old store wrote (and what the runner's checkpoint of the same key looked like): never resumed from
    await writeFile(file, JSON.stringify({ stamp: {}, value: '{}' }));
    expect(await fileCheckpointStore(file, { stamp, onInvalid }).load()).toBeUndefined();
    expect(told.pop()).toMatch(/not a checkpoint of format/);
  });
});
