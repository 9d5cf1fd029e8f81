import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { experiments } from '../../experiments/registry.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const experimentsDir = join(root, 'experiments');
/** Folders of experiments/ that are not experiments. */
const NOT_EXPERIMENTS = new Set(['claims', 'common', 'runner', '_template']);
/** The files every experiment folder has (the layout of experiments/README.md): bounds.ts is its pre-registered
 * bound table, the only way to state a claim. */
const LAYOUT = ['index.ts', 'params.ts', 'run.ts', 'bounds.ts', 'claims.ts', 'figures.ts'];

const folders = readdirSync(experimentsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !NOT_EXPERIMENTS.has(d.name))
  .map((d) => d.name)
  .sort();

describe('the experiment registry', () => {
  it('registers every experiment folder once, under its folder name, frozen', () => {
    const ids = experiments.map((e) => e.id);
    expect([...ids].sort()).toEqual(folders);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of experiments) {
      expect(Object.isFrozen(e), e.id).toBe(true);
      expect(Object.keys(e.scales).sort(), e.id).toEqual(['paper', 'quick']);
    }
    expect(Object.isFrozen(experiments)).toBe(true);
  });

  it('gives every experiment the same files (plus named compute files) and one test', () => {
    for (const id of [...folders, '_template']) {
      const files = readdirSync(join(experimentsDir, id));
      for (const f of LAYOUT) expect(files, `${id}/${f}`).toContain(f);
      const test = join(root, 'test', 'experiments', `${id}.test.ts`);
      expect(existsSync(test), `test/experiments/${id}.test.ts`).toBe(true);
    }
  });

  it('has no experiment importing another experiment folder', () => {
    const others = new Set([...folders, '_template']);
    for (const id of others) {
      for (const f of readdirSync(join(experimentsDir, id)).filter((n) => n.endsWith('.ts'))) {
        const text = readFileSync(join(experimentsDir, id, f), 'utf8');
        const specifiers = [...text.matchAll(/from '(\.\.\/[^']+)'|import\('(\.\.\/[^']+)'\)/g)].map(
          (m) => m[1] ?? m[2],
        );
        for (const s of specifiers) {
          const target = s.split('/')[1];
          expect(others.has(target) && target !== id, `${id}/${f} imports ${s}`).toBe(false);
        }
      }
    }
  });

  it('does not load TensorFlow.js when imported; the training experiments load it when they run', () => {
    const script = join(root, 'test', 'experiments', 'fixtures', 'registryImports.ts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8' });
    const { experiments: n, afterRegistry, afterTraining } = JSON.parse(out) as Record<string, number>;
    expect(n).toBe(experiments.length);
    expect(afterRegistry).toBe(0);
    expect(afterTraining).toBeGreaterThan(0);
  }, 60_000);
});
