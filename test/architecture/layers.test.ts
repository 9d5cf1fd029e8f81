/**
 * The layers of the code base, checked: every relative import (static, type-only or dynamic) of src/ and
 * experiments/ goes along an edge of {@link ALLOWED} (which is itself acyclic), no experiment imports another
 * experiment's folder, and no two files import each other through any chain (no cycles).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsFiles } from '../docs/extractExamples.ts';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * What each unit may import, besides itself. A unit is a folder of src/ (`src/ssm`), the entry `src/index`, an
 * experiment folder (`experiments/<id>`, written `experiments/*` here), or one of experiments/'s shared units.
 * Lower layers first: linalg <- hippo <- discretize <- construction <- ssm <- the core's applications <- {plot,
 * fit <- train} <- experiments <- cli; util (argument checks, optional peers) sits below everything. fit (the
 * analytic trainer, no TensorFlow.js) sits beside train, below it: train uses it, nothing in the core does.
 */
const CORE_BASE = ['src/util', 'src/linalg', 'src/limits'];
const ALLOWED: Record<string, readonly string[]> = {
  'src/util': [],
  'src/linalg': ['src/util'],
  // the memory budget and the non-finite checks every entry point runs
  'src/limits': ['src/util', 'src/linalg'],
  'src/hippo': CORE_BASE,
  'src/lti': CORE_BASE,
  'src/discretize': [...CORE_BASE, 'src/hippo'],
  'src/construction': [...CORE_BASE, 'src/hippo', 'src/lti', 'src/discretize'],
  'src/ssm': [...CORE_BASE, 'src/hippo', 'src/lti', 'src/discretize', 'src/construction'],
  'src/s4': [...CORE_BASE, 'src/hippo'],
  // the signal generators draw band-limited noise with the library's real FFT (src/ssm/fft)
  'src/systems': [...CORE_BASE, 'src/ssm'],
  'src/metrics': CORE_BASE,
  'src/baselines': [...CORE_BASE, 'src/metrics'],
  'src/higher-order': [...CORE_BASE, 'src/hippo', 'src/discretize', 'src/construction', 'src/ssm'],
  'src/multichannel': [...CORE_BASE, 'src/hippo', 'src/discretize', 'src/construction', 'src/ssm'],
  'src/sweep': [...CORE_BASE, 'src/hippo', 'src/discretize', 'src/construction', 'src/ssm', 'src/metrics'],
  'src/window-bank': [
    ...CORE_BASE,
    'src/hippo',
    'src/discretize',
    'src/construction',
    'src/ssm',
    'src/higher-order',
  ],
  'src/forecast': [
    ...CORE_BASE,
    'src/hippo',
    'src/discretize',
    'src/construction',
    'src/ssm',
    'src/systems',
    'src/metrics',
    'src/baselines',
    'src/multichannel',
  ],
  'src/plot': CORE_BASE,
  // the analytic trainer: the FFT plans and tables of src/ssm (fft, wasm), no TensorFlow.js
  'src/fit': [...CORE_BASE, 'src/ssm'],
  'src/train': [
    ...CORE_BASE,
    'src/hippo',
    'src/lti',
    'src/discretize',
    'src/construction',
    'src/ssm',
    'src/s4',
    'src/systems',
    'src/fit',
  ],
  'src/index': [
    'src/linalg',
    'src/limits',
    'src/hippo',
    'src/lti',
    'src/discretize',
    'src/construction',
    'src/ssm',
    'src/s4',
    'src/systems',
    'src/metrics',
    'src/baselines',
    'src/higher-order',
    'src/multichannel',
    'src/sweep',
    'src/window-bank',
    'src/forecast',
  ],
  'experiments/types': ['src/plot', 'experiments/claims'],
  'experiments/claims': ['src/*'],
  'experiments/defineExperiment': ['experiments/types'],
  'experiments/runner': ['src/*', 'experiments/types', 'experiments/claims', 'experiments/defineExperiment'],
  'experiments/common': ['src/*', 'experiments/types', 'experiments/claims', 'experiments/runner'],
  'experiments/*': [
    'src/*',
    'experiments/types',
    'experiments/claims',
    'experiments/defineExperiment',
    'experiments/runner',
    'experiments/common',
  ],
  'experiments/registry': ['experiments/*', 'experiments/types'],
  'experiments/index': [
    'experiments/registry',
    'experiments/runner',
    'experiments/types',
    'experiments/claims',
    'experiments/defineExperiment',
    'experiments/common',
  ],
  'src/cli': [
    'src/*',
    'experiments/registry',
    'experiments/runner',
    'experiments/types',
    'experiments/index',
  ],
};

/** Units that are not part of the library itself and may import anything below them. */
const NOT_IN_SRC_CORE = new Set(['src/cli', 'src/plot', 'src/fit', 'src/train', 'src/index']);

/** The unit a repository-relative file belongs to. */
function unitOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'src')
    return parts.length > 2 ? `src/${parts[1]}` : `src/${parts[1].replace(/\.ts$/, '')}`;
  if (parts[0] === 'experiments') {
    if (parts.length === 2) return `experiments/${parts[1].replace(/\.(ts|mjs)$/, '')}`;
    if (['runner', 'common', 'claims'].includes(parts[1])) return `experiments/${parts[1]}`;
    return 'experiments/*';
  }
  return parts[0];
}

/** Whether unit `from` may import unit `to` (src/* stands for every src unit the CLI and experiments may use). */
function allowed(from: string, to: string): boolean {
  if (from === to && from !== 'experiments/*') return true;
  const list = ALLOWED[from];
  if (list === undefined) return false;
  if (list.includes(to)) return true;
  return list.includes('src/*') && to.startsWith('src/') && to !== 'src/cli' && to !== 'src/index';
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Relative imports of every source file: file -> resolved repository-relative targets. */
function importGraph(): Map<string, string[]> {
  const files = [...tsFiles(path.join(root, 'src')), ...tsFiles(path.join(root, 'experiments'))].map((f) =>
    path.relative(root, f),
  );
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.')) continue;
      targets.push(path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)));
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The strongly connected components with more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('layers', () => {
  const graph = importGraph();

  it('reads the source tree', () => {
    expect(graph.size).toBeGreaterThan(200);
  });

  it('the allowed-imports table is acyclic (a layering)', () => {
    const units = Object.keys(ALLOWED).filter((u) => !u.includes('*'));
    const unitGraph = new Map(units.map((u) => [u, ALLOWED[u].filter((t) => units.includes(t))]));
    expect(cycles(unitGraph)).toEqual([]);
  });

  it('every import goes down a layer (or stays in its folder)', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = unitOf(file);
      for (const target of targets) {
        const to = unitOf(target);
        if (from === 'experiments/*' && to === 'experiments/*') {
          // within one experiment's folder only
          if (file.split('/')[1] !== target.split('/')[1])
            wrong.push(`${file} -> ${target} (another experiment)`);
          continue;
        }
        if (!allowed(from, to)) wrong.push(`${file} -> ${target} (${from} may not import ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the core never imports plot, fit, train, experiments or the CLI', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      unitOf(file).startsWith('src/') && !NOT_IN_SRC_CORE.has(unitOf(file))
        ? targets.filter(
            (t) =>
              ['src/plot', 'src/fit', 'src/train', 'src/cli'].includes(unitOf(t)) ||
              t.startsWith('experiments'),
          )
        : [],
    );
    expect(wrong).toEqual([]);
  });

  it('no import cycles between files', () => {
    expect(cycles(graph)).toEqual([]);
  });
});
