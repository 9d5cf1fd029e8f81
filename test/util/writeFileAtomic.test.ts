import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, TEMP_FILE_PATTERN, writeFileAtomic } from '../../src/util/writeFileAtomic.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hp-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces a longer pre-existing file whole, creates folders, leaves no temp file', async () => {
    const path = join(dir, 'a', 'b', 'f.json');
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(path, 'x'.repeat(10_000));
    await writeFileAtomic(path, '{"ok":true}');
    expect(await readFile(path, 'utf8')).toBe('{"ok":true}');
    await writeFileAtomic(join(dir, 'new', 'bytes.bin'), new Uint8Array([1, 2, 3]));
    expect([...(await readFile(join(dir, 'new', 'bytes.bin')))]).toEqual([1, 2, 3]);
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['f.json']);
  });

  it('concurrent writers never interleave: the file is one of the complete versions', async () => {
    const path = join(dir, 'race.txt');
    const versions = Array.from({ length: 8 }, (_, i) => String(i).repeat(50_000 + i));
    await Promise.all(versions.map((v) => writeFileAtomic(path, v)));
    expect(versions).toContain(await readFile(path, 'utf8'));
    expect(await readdir(dir)).toEqual(['race.txt']);
  });

  it('on failure removes its temp file and throws', async () => {
    await mkdir(join(dir, 'target-is-a-dir'));
    await writeFile(join(dir, 'target-is-a-dir', 'keep'), '');
    await expect(writeFileAtomic(join(dir, 'target-is-a-dir'), 'data')).rejects.toThrow();
    expect((await readdir(dir)).filter((n) => TEMP_FILE_PATTERN.test(n))).toEqual([]);
  });

  it('removeStaleTempFiles removes only temp-file names', async () => {
    await writeFile(join(dir, '.result.json.123.0badf00d.tmp'), 'partial');
    await writeFile(join(dir, 'result.json'), '{}');
    await writeFile(join(dir, '.hidden'), '');
    expect(await removeStaleTempFiles(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['.hidden', 'result.json']);
    expect(await removeStaleTempFiles(join(dir, 'missing'))).toBe(0);
  });
});
