/**
 * The experiment runner behind `hippo-prophecy reproduce`: checks the results folder, takes its lock, runs each
 * selected experiment at a scale with a seed (or with each of several seeds), shows progress, and writes under
 * `<out>/<id>/` (one seed) or `<out>/seed-<s>/<id>/` (`seeds`):
 *
 *   result.json         { meta, result, types }: what was run and what it gave; byte-identical between two runs of
 *                       one seed (timings live in run.json); written last, it marks the experiment finished
 *   run.json            the run record: start, end, seconds, workers, Node, checkpoint counts, the timings taken out
 *                       of the result, the SHA-256 of result.json
 *   claims.json         the claims, recomputed from result.json by the current code at every run (never trusted)
 *   figure-<name>.html  one page per figure, loading the shared `<out>/plotly.min.js` by relative path
 *   figure-<name>.png   when a Chromium is available (CHROMIUM_PATH or /usr/bin/chromium), else skipped with a note
 *   checkpoints/<key>.json           ctx.checkpoint's values (stamped, checksummed), reused by a resumed run
 *   training-checkpoints/<key>-<hash>.json   the training loop's own checkpoints (another namespace)
 *   error.json          { meta, error } when the run threw (no result.json / claims.json / run.json then)
 *
 * and finally `<out>/index.html` (every experiment of the list with results in `out`, the deviations from the paper,
 * the seeds section), `<out>/seeds.json` with `seeds`, and a summary on stdout. See README.md beside this file.
 */
import { join, relative } from 'node:path';
import type { Experiment } from '../types.ts';
import { copyPlotlyAsset, PLOTLY_FILE_NAME, plotlyBundlePath } from '../../src/plot/write/plotlyAsset.ts';
import type { PngRenderer } from '../../src/plot/write/renderPng.ts';
import { createPngRenderer } from '../../src/plot/write/renderPng.ts';
import { removeStaleTempFiles } from '../../src/util/writeFileAtomic.ts';
import { packageVersion } from '../../src/util/packageVersion.ts';
import { countClaims } from './computeClaims.ts';
import { indexEntries } from './indexEntries.ts';
import { prepareOutFolder } from './outFolder.ts';
import { SEEDS_FILE, seedFolderName } from './outputLayout.ts';
import { noteSink, type ExperimentProgress } from './progressReporter.ts';
import { acquireRunLock, heldLocks } from './runLock.ts';
import { validateRunOptions } from './validateRunOptions.ts';
import { runOne, type RunEnv } from './runOne.ts';
import type { ExperimentOutcome, RunExperimentsOptions, RunReport } from './runTypes.ts';
import { readSeedsSection, writeSeedsReport } from './seedsFiles.ts';
import { aggregateSeeds, formatSeedsTable, type SeedsReport } from './seedsReport.ts';
import { onStopSignals } from './signals.ts';
import { formatSummaryTable, totalsLine } from './summaryTable.ts';
import type { TaskMapper } from './workerPool.ts';
import { createWorkerPool, inProcessMapper } from './workerPool.ts';
import { writeIndexHtml } from './writeIndexHtml.ts';

export type { ExperimentOutcome, ExperimentStatus, RunExperimentsOptions, RunReport } from './runTypes.ts';

/**
 * Runs experiments, writes their results, figures, the index page and the summary (see the module comment for the
 * folder layout and README.md beside this file for the JSON number convention).
 *
 * @param options - see {@link RunExperimentsOptions}
 * @returns per-experiment outcomes, claim counts and `allPass` (the CLI turns it into the exit status)
 * @throws RangeError for unknown `only` ids (listing the known ones), bad ids, workers < 1, a non-integer seed, bad
 *   seeds, and an unusable `out` (naming --out: empty, missing or read-only parent, a file, a foreign non-empty
 *   folder without `force`); Error when another run holds the folder's lock; TypeError for malformed experiments.
 *   Errors inside an experiment never throw: they give status 'error'.
 * @example const { allPass } = await runExperiments({ experiments, scale: 'quick', out: 'results', workers: 2 })
 * @see arXiv:2407.09375
 */
export async function runExperiments(options: RunExperimentsOptions): Promise<RunReport> {
  validateRunOptions(options);
  const { experiments, only, out = 'results', workers = 1, force = false, seeds } = options;
  const { scale = 'quick', seed = 0, progress = 'auto', png = true, summary = true } = options;
  const handleSignals = options.handleSignals ?? true;
  const selected = only === undefined ? experiments : experiments.filter((e) => only.includes(e.id));
  const { notes, note, say } = noteSink(progress);

  // before any work, and before the folder is created: a missing plotly.js (optional peer) stops here, naming its
  // install command; then a bad --out
  plotlyBundlePath();
  const outDir = await prepareOutFolder(out, force);
  const lock = await acquireRunLock(outDir, out);
  const shards = await heldLocks(outDir, 'shards');
  if (shards.length > 0) {
    await lock.release();
    throw new Error(
      `runExperiments: --out ${JSON.stringify(out)} is in use by shards of a sharded run: ${shards.join(', ')}; ` +
        'wait until they finish (then merge)',
    );
  }
  const mapper: TaskMapper = workers > 1 ? createWorkerPool(workers) : inProcessMapper();
  let pngState: Promise<PngRenderer | undefined> | undefined;
  let current: ExperimentProgress | undefined;
  const removeSignals = onStopSignals({ current: () => current, lock, mapper }, handleSignals);
  const env =
    (dir: string, s: number, label: (id: string) => string) =>
    (exp: Experiment): RunEnv => ({
      scale,
      seed: s,
      workers,
      force,
      progress,
      png,
      version: packageVersion(),
      plotlyPath: relative(join(dir, exp.id), join(outDir, PLOTLY_FILE_NAME)).split('\\').join('/'),
      label: label(exp.id),
      mapper,
      renderer: () => {
        pngState ??= createPngRenderer({ executablePath: options.chromiumPath }).then(
          ({ renderer, note: why }) => {
            if (why !== undefined) note(why);
            return renderer;
          },
        );
        return pngState;
      },
      note,
      say,
      setCurrent: (bar) => (current = bar),
      fromUnits: options.fromUnits === true,
    });
  const runInto = async (dir: string, s: number, label: (id: string) => string) => {
    const results: ExperimentOutcome[] = [];
    const envOf = env(dir, s, label);
    for (const exp of selected) results.push(await runOne(exp, join(dir, exp.id), envOf(exp)));
    return results;
  };

  let results: ExperimentOutcome[] = [];
  let seedsReport: SeedsReport | undefined;
  let seedTotals = '';
  try {
    await removeStaleTempFiles(outDir);
    await copyPlotlyAsset(outDir);
    if (seeds === undefined) {
      results = await runInto(outDir, seed, (id) => id);
    } else {
      const runs: { seed: number; results: ExperimentOutcome[] }[] = [];
      for (const s of seeds) {
        const dir = await prepareOutFolder(join(outDir, seedFolderName(s)), force);
        await removeStaleTempFiles(dir);
        const r = await runInto(dir, s, (id) => `${id} seed ${s}`);
        runs.push({ seed: s, results: r });
        results.push(...r);
        seedTotals += `seed ${s}: ${totalsLine(r)}\n`;
        await writeIndexHtml(join(dir, 'index.html'), await indexEntries(experiments, dir), {
          plotlyPath: `../${PLOTLY_FILE_NAME}`,
          title: `hippo-prophecy results, seed ${s}`,
        });
      }
      seedsReport = aggregateSeeds(runs, scale);
      await writeSeedsReport(outDir, seedsReport);
    }
    await writeIndexHtml(join(outDir, 'index.html'), await indexEntries(experiments, outDir), {
      plotlyPath: PLOTLY_FILE_NAME,
      seeds: await readSeedsSection(outDir),
    });
  } finally {
    removeSignals();
    await mapper.terminate();
    const renderer = pngState === undefined ? undefined : await pngState;
    await renderer?.close();
    await lock.release();
  }

  const allPass = seedsReport === undefined ? results.every((r) => r.status === 'passed') : seedsReport.holds;
  const summaryText =
    (seedsReport === undefined
      ? formatSummaryTable(results)
      : `${seedTotals}${formatSeedsTable(seedsReport)}`) +
    `results: ${join(outDir, 'index.html')}${seedsReport ? ` and ${join(outDir, SEEDS_FILE)}` : ''}\n`;
  if (summary) process.stdout.write(summaryText);
  const counts = countClaims(results.flatMap((r) => r.claims));
  return {
    results,
    allPass,
    counts,
    out: outDir,
    notes,
    summaryText,
    ...(seedsReport ? { seeds: seedsReport } : {}),
  };
}
