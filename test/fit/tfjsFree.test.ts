import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every file reachable from `entry` through static or dynamic imports (value and type) of relative paths, and the
 * package specifiers they import. */
function importGraph(entry: string): { files: string[]; packages: Map<string, string> } {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
    )) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else packages.set(spec, path.relative(root, file));
    }
  };
  visit(path.join(root, entry));
  return { files: [...seen].map((f) => path.relative(root, f)), packages };
}

describe('the analytic trainer needs no tfjs', () => {
  it('nothing reachable from analyticPredictor.ts imports @tensorflow (so it loads without tfjs installed)', () => {
    const { files, packages } = importGraph('src/fit/analyticPredictor.ts');
    expect(files).toContain('src/fit/convolutionL1Gradient.ts');
    expect(files).toContain('src/fit/trainLoop.ts');
    const tf = [...packages].filter(([spec]) => spec.startsWith('@tensorflow'));
    expect(tf).toEqual([]);
    // the tfjs trainer, by contrast, does
    expect([...importGraph('src/train/trainModel.ts').packages.keys()]).toContain('@tensorflow/tfjs');
  });
});
