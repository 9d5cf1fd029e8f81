import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boundTableHash, experimentCodeHash } from '../../experiments/runner/codeHash.ts';
import { runStamp } from '../../experiments/runner/runOne.ts';
import { experiments } from '../../experiments/registry.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hp-code-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the code and bound-table hashes of the run stamp', () => {
  it('change with any file of the experiment folder (not with declaration files or source maps)', async () => {
    await mkdir(join(root, 'exp', 'sub'), { recursive: true });
    await writeFile(join(root, 'exp', 'run.ts'), 'export const a = 1;\n');
    await writeFile(join(root, 'exp', 'sub', 'data.json'), '{}');
    const h1 = await experimentCodeHash('exp', root);
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    await writeFile(join(root, 'exp', 'run.d.ts'), 'export declare const a: number;\n');
    await writeFile(join(root, 'exp', 'run.js.map'), '{}');
    expect(await experimentCodeHash('exp', root)).toBe(h1);
    await writeFile(join(root, 'exp', 'sub', 'data.json'), '{ }');
    expect(await experimentCodeHash('exp', root)).not.toBe(h1);
    expect(await experimentCodeHash('missing', root)).toBe('none');
  });

  it('hash the exported BOUNDS of the bounds module (else of the index), or give none', async () => {
    await mkdir(join(root, 'a'));
    await writeFile(join(root, 'a', 'bounds.ts'), 'export const BOUNDS = { x: { bound: 1 } };\n');
    await mkdir(join(root, 'b'));
    await writeFile(join(root, 'b', 'index.ts'), 'export const BOUNDS = { x: { bound: 2 } };\n');
    await mkdir(join(root, 'c'));
    await writeFile(join(root, 'c', 'index.ts'), 'export const other = 1;\n');
    const a = await boundTableHash('a', root);
    const b = await boundTableHash('b', root);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(await boundTableHash('c', root)).toBe('none');
  });

  it('every registered experiment is stamped with the hash of its own folder', async () => {
    const hashes = new Set<string>();
    for (const exp of experiments) {
      const { stamp } = await runStamp(exp, 'quick', 0, '0.0.0');
      expect(stamp.code, exp.id).toMatch(/^[0-9a-f]{64}$/);
      hashes.add(stamp.code as string);
    }
    expect(hashes.size).toBe(experiments.length);
  });
});
