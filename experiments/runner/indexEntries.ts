/**
 * The index page's entries, read from a results folder: per experiment with results, its claims (recomputed from
 * result.json by the current code, never read from claims.json), its figures and its run record.
 *
 * @see arXiv:2407.09375
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Experiment } from '../types.ts';
import { extractFigureSpec } from '../../src/plot/write/writeFigureHtml.ts';
import { ERROR_FILE } from './outputLayout.ts';
import { readStoredRun, recomputeClaims } from './resultFiles.ts';
import type { IndexEntry } from './writeIndexHtml.ts';

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The index entry of an experiment from what is on disk (any scale), or undefined when it has no results.
 *
 * @param exp - the experiment
 * @param dir - its folder in the results folder, `<results>/<id>` (figures are linked as `<id>/figure-...`)
 * @returns the entry, or undefined
 */
export async function indexEntry(exp: Experiment, dir: string): Promise<IndexEntry | undefined> {
  const base = { id: exp.id, title: exp.title, reproduces: exp.reproduces, notes: exp.notes };
  const stored = await readStoredRun(dir);
  if (stored !== undefined) {
    const claims = recomputeClaims(exp, stored);
    const names = (await readdir(dir)).filter((n) => /^figure-.+\.html$/.test(n)).sort();
    const figures = await Promise.all(
      names.map(async (n) => ({
        name: n.replace(/^figure-/, '').replace(/\.html$/, ''),
        href: `${exp.id}/${n}`,
        spec: extractFigureSpec(await readFile(join(dir, n), 'utf8')),
      })),
    );
    return {
      ...base,
      status: claims.every((c) => c.status !== 'fail') ? 'passed' : 'failed',
      scale: stored.meta.scale,
      seed: stored.meta.seed,
      seconds: stored.run?.seconds,
      claims,
      figures,
    };
  }
  const failed = (await readJson(join(dir, ERROR_FILE))) as
    { meta?: { scale?: string; seed?: number }; error?: { message?: string } } | undefined;
  if (failed?.meta !== undefined) {
    return {
      ...base,
      status: 'error',
      scale: failed.meta.scale,
      seed: failed.meta.seed,
      claims: [],
      figures: [],
      error: failed.error?.message ?? 'run failed',
    };
  }
  return undefined;
}

/**
 * The entries of every experiment of the list that has results in `dir`, in the list's order.
 *
 * @param experiments - the experiments known to the run
 * @param dir - the results folder (one seed's)
 * @returns the entries
 */
export async function indexEntries(experiments: readonly Experiment[], dir: string): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  for (const exp of experiments) {
    const entry = await indexEntry(exp, join(dir, exp.id));
    if (entry !== undefined) entries.push(entry);
  }
  return entries;
}
