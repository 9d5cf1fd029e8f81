/**
 * The experiment runner behind `hippo-prophecy reproduce`: runs each selected experiment at a scale with a seed,
 * shows progress, and writes under `<out>/<id>/`
 *
 *   result.json         { meta, result }   meta: id, title, scale, seed, version, params, status 'finished', times
 *   claims.json         [{ name, value, bound, pass, detail }]
 *   figure-<name>.html  one page per figure; loads the shared `<out>/plotly.min.js` by relative path (written once
 *                       per results folder instead of inlining ~4.8 MB into every page); the spec is embedded as JSON
 *   figure-<name>.png   when a Chromium is available (CHROMIUM_PATH or /usr/bin/chromium), else skipped with a note
 *   checkpoints/<key>.json  values of ctx.checkpoint, reused by a resumed run with the same scale, seed, version, params
 *   error.json          { meta, error } when the run threw (no result.json/claims.json are left behind then)
 *
 * and finally `<out>/index.html` (every experiment of the list that has results in `out`: claims tables and figures)
 * and a claims summary on stdout. Every file is written atomically (temp file in the same folder + rename); result.json
 * is written last and marks the experiment finished, so an interrupted run (Ctrl-C, kill) leaves the experiment
 * unfinished and the next run redoes only it, reusing its checkpoints. In JSON files, typed arrays are plain arrays
 * and NaN / Infinity / -Infinity are the strings "NaN" / "Infinity" / "-Infinity" (see jsonEncoding.ts); figure specs
 * use null for missing points (plotly's gap).
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Claim, Experiment, ExperimentContext, FigureSpec, Scale } from '../types.ts';
import { SCALE_NAMES } from '../types.ts';
import { checkExperiment } from '../defineExperiment.ts';
import { copyPlotlyAsset, PLOTLY_FILE_NAME, plotlyBundlePath } from '../../src/plot/write/plotlyAsset.ts';
import type { PngRenderer } from '../../src/plot/write/renderPng.ts';
import { createPngRenderer } from '../../src/plot/write/renderPng.ts';
import { extractFigureSpec, writeFigureHtml } from '../../src/plot/write/writeFigureHtml.ts';
import type { IndexEntry } from './writeIndexHtml.ts';
import { writeIndexHtml } from './writeIndexHtml.ts';
import { removeStaleTempFiles, writeFileAtomic } from '../../src/plot/write/writeFileAtomic.ts';
import { packageVersion } from '../../src/util/packageVersion.ts';
import { createCheckpointStore } from './checkpointStore.ts';
import { CLAIM_KINDS, errorClaim, errorText, type ClaimKind } from '../claims/index.ts';
import { toPlainJson, toResultJson } from './jsonEncoding.ts';
import type { ExperimentProgress, ProgressMode } from './progressReporter.ts';
import { createProgress } from './progressReporter.ts';
import { formatSummaryTable } from './summaryTable.ts';
import type { TaskMapper } from './workerPool.ts';
import { createWorkerPool, inProcessMapper } from './workerPool.ts';

/** Options of {@link runExperiments}. */
export interface RunExperimentsOptions {
  /** the experiments known to the run (the index page lists those of them that have results) */
  experiments: readonly Experiment[];
  /** @default 'quick' */
  scale?: Scale;
  /** ids to run; unknown ids are a RangeError listing the known ones @default every experiment */
  only?: string[];
  /** results folder @default 'results' */
  out?: string;
  /** worker threads for ctx.map (1 runs tasks in this thread) @default 1 */
  workers?: number;
  /** rerun finished experiments and discard their checkpoints @default false */
  force?: boolean;
  /** base seed given to every experiment @default 0 */
  seed?: number;
  /** progress display on stderr; 'silent' also suppresses logs and notes (not the stdout summary) @default 'auto' */
  progress?: ProgressMode;
  /** write PNG files when a Chromium is available @default true */
  png?: boolean;
  /** Chromium binary @default process.env.CHROMIUM_PATH, else '/usr/bin/chromium' */
  chromiumPath?: string;
  /** print the claims summary on stdout @default true */
  summary?: boolean;
  /** on SIGINT/SIGTERM stop the bars and workers, say how to resume, exit 130/143 @default true */
  handleSignals?: boolean;
}

/** 'passed': every claim passed; 'failed': some claim failed; 'error': the run threw. */
export type ExperimentStatus = 'passed' | 'failed' | 'error';

/** What happened to one experiment. */
export interface ExperimentOutcome {
  id: string;
  title: string;
  status: ExperimentStatus;
  /** true when a finished earlier run was reused (claims read from claims.json) */
  cached: boolean;
  claims: Claim[];
  /** run time in seconds (of the earlier run when cached) */
  seconds: number;
  /** error message when status is 'error' */
  error?: string;
  /** the experiment's output folder */
  dir: string;
  /** checkpoints computed and reused in this run */
  checkpoints: { computed: number; reused: number };
}

/** The outcome of a run. */
export interface RunReport {
  results: ExperimentOutcome[];
  /** every selected experiment ran (or was cached) and all its claims passed */
  allPass: boolean;
  /** absolute results folder */
  out: string;
  /** notes printed on the way (e.g. PNG export skipped) */
  notes: string[];
}

const FIGURE_PATTERN = /^figure-(.+)\.(html|png)$/;

function validateExperiments(experiments: readonly Experiment[]): void {
  if (!Array.isArray(experiments)) {
    throw new TypeError(`runExperiments: experiments must be an array, got ${typeof experiments}`);
  }
  const seen = new Set<string>();
  for (const e of experiments) {
    checkExperiment(e, 'runExperiments');
    if (seen.has(e.id)) throw new RangeError(`runExperiments: duplicate experiment id "${e.id}"`);
    seen.add(e.id);
  }
}

/** Safe file-name part of a figure name. */
export function figureFileName(name: string, ext: 'html' | 'png'): string {
  return `figure-${name.replace(/[^A-Za-z0-9._-]/g, '-')}.${ext}`;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

interface Meta {
  status?: string;
  stamp?: unknown;
  title?: string;
  reproduces?: string;
  scale?: string;
  seed?: number;
  seconds?: number;
}

/** The claims of a finished earlier run matching `stamp`, or undefined. */
async function finishedRun(
  dir: string,
  stampText: string,
): Promise<{ meta: Meta; claims: Claim[] } | undefined> {
  const result = (await readJson(join(dir, 'result.json'))) as { meta?: Meta } | undefined;
  const meta = result?.meta;
  if (meta?.status !== 'finished' || JSON.stringify(meta.stamp) !== stampText) return undefined;
  const claims = await readJson(join(dir, 'claims.json'));
  return Array.isArray(claims) ? { meta, claims: claims as Claim[] } : undefined;
}

/** Claims with the computation guarded: a throw or a malformed entry becomes a failed claim. */
function computeClaims(exp: Experiment, result: unknown, scale: Scale): Claim[] {
  let raw: unknown;
  try {
    raw = exp.claims(result, scale);
  } catch (error) {
    return [errorClaim('claims', 'claims()', error)];
  }
  if (!Array.isArray(raw)) {
    return [
      errorClaim('claims', 'claims()', new TypeError(`claims() must return an array, got ${typeof raw}`)),
    ];
  }
  return raw.map((c: unknown, i): Claim => {
    const o = c as Partial<Claim> | null;
    const okValue = (v: unknown) => typeof v === 'number' || typeof v === 'string';
    const wellFormed =
      o !== null &&
      typeof o === 'object' &&
      typeof o.name === 'string' &&
      typeof o.id === 'string' &&
      CLAIM_KINDS.includes(o.kind as ClaimKind) &&
      typeof o.source === 'string' &&
      ['pass', 'fail', 'deviation'].includes(o.status as string) &&
      o.pass === (o.status === 'pass') &&
      okValue(o.value) &&
      okValue(o.bound);
    if (!wellFormed) {
      const name = typeof o?.name === 'string' ? o.name : `claims[${i}]`;
      return errorClaim(
        name,
        'claims()',
        new TypeError(`claim ${i} is malformed: ${JSON.stringify(toPlainJson(c))}`),
      );
    }
    return { ...(o as Claim), detail: String(o.detail ?? '') };
  });
}

async function removeOutputs(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const doomed = names.filter(
    (n) => n === 'result.json' || n === 'claims.json' || n === 'error.json' || FIGURE_PATTERN.test(n),
  );
  await Promise.all(doomed.map((n) => rm(join(dir, n), { force: true })));
}

/** Index entry of an experiment from what is on disk (any scale), or undefined when it has no results. */
async function indexEntry(exp: Experiment, dir: string): Promise<IndexEntry | undefined> {
  const result = (await readJson(join(dir, 'result.json'))) as { meta?: Meta } | undefined;
  const failed = (await readJson(join(dir, 'error.json'))) as
    { meta?: Meta; error?: { message?: string } } | undefined;
  const base = { id: exp.id, title: exp.title, reproduces: exp.reproduces, notes: exp.notes };
  if (result?.meta?.status === 'finished') {
    const claims = ((await readJson(join(dir, 'claims.json'))) as Claim[] | undefined) ?? [];
    const names = (await readdir(dir)).filter((n) => /^figure-.+\.html$/.test(n)).sort();
    const figures = await Promise.all(
      names.map(async (n) => ({
        name: n.replace(/^figure-/, '').replace(/\.html$/, ''),
        href: `${exp.id}/${n}`,
        spec: extractFigureSpec(await readFile(join(dir, n), 'utf8')),
      })),
    );
    const m = result.meta;
    return {
      ...base,
      status: claims.every((c) => c.status !== 'fail') ? 'passed' : 'failed',
      scale: m.scale,
      seed: m.seed,
      seconds: m.seconds,
      claims,
      figures,
    };
  }
  if (failed?.meta !== undefined) {
    const m = failed.meta;
    return {
      ...base,
      status: 'error',
      scale: m.scale,
      seed: m.seed,
      claims: [],
      figures: [],
      error: failed.error?.message ?? 'run failed',
    };
  }
  return undefined;
}

/**
 * Runs experiments, writes their results, figures, the index page and the summary (see the module comment for the
 * folder layout and the JSON number convention).
 *
 * @param options - see {@link RunExperimentsOptions}
 * @returns per-experiment outcomes and `allPass` (the CLI turns it into the exit status)
 * @throws RangeError for unknown `only` ids (listing the known ones), bad ids, workers < 1, a non-integer seed;
 *   TypeError for malformed experiments. Errors inside an experiment never throw: they give status 'error'.
 * @example const { allPass } = await runExperiments({ experiments, scale: 'quick', out: 'results', workers: 2 })
 * @see arXiv:2407.09375
 */
export async function runExperiments(options: RunExperimentsOptions): Promise<RunReport> {
  const {
    experiments,
    scale = 'quick',
    only,
    out = 'results',
    workers = 1,
    force = false,
    seed = 0,
    progress = 'auto',
    png = true,
    chromiumPath,
    summary = true,
    handleSignals = true,
  } = options;
  if (!SCALE_NAMES.includes(scale)) {
    throw new RangeError(
      `runExperiments: scale must be one of ${SCALE_NAMES.join(', ')}; got ${JSON.stringify(scale)}`,
    );
  }
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`runExperiments: workers must be an integer >= 1, got ${workers}`);
  }
  if (!Number.isSafeInteger(seed))
    throw new RangeError(`runExperiments: seed must be an integer, got ${seed}`);
  if (!['auto', 'bar', 'lines', 'silent'].includes(progress)) {
    throw new RangeError(
      `runExperiments: progress must be one of auto, bar, lines, silent; got ${JSON.stringify(progress)}`,
    );
  }
  validateExperiments(experiments);
  const known = experiments.map((e) => e.id);
  if (only !== undefined) {
    const unknown = only.filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      throw new RangeError(
        `runExperiments: unknown experiment id${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}; ` +
          `known: ${known.length > 0 ? known.join(', ') : '(none registered)'}`,
      );
    }
  }
  const selected = only === undefined ? experiments : experiments.filter((e) => only.includes(e.id));
  const outDir = resolve(out);
  const quiet = progress === 'silent';
  const notes: string[] = [];
  const note = (text: string) => {
    notes.push(text);
    if (!quiet) process.stderr.write(`${text}\n`);
  };

  plotlyBundlePath(); // a missing plotly.js (optional peer) stops here, naming its install command, before any work
  await mkdir(outDir, { recursive: true });
  await removeStaleTempFiles(outDir);
  await copyPlotlyAsset(outDir);
  const version = packageVersion();
  const mapper: TaskMapper = workers > 1 ? createWorkerPool(workers) : inProcessMapper();
  let pngState: Promise<PngRenderer | undefined> | undefined;
  const getRenderer = () => {
    pngState ??= createPngRenderer({ executablePath: chromiumPath }).then(({ renderer, note: why }) => {
      if (why !== undefined) note(why);
      return renderer;
    });
    return pngState;
  };
  let current: ExperimentProgress | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    current?.stop();
    process.stderr.write(
      `\n${signal}: stopped. Finished experiments are kept; run the same command again to redo only the unfinished ` +
        `ones (their checkpoints are reused).\n`,
    );
    void mapper.terminate();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  if (handleSignals) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  const results: ExperimentOutcome[] = [];
  try {
    for (const exp of selected) {
      const dir = join(outDir, exp.id);
      const scaleParams = exp.scales[scale];
      const params = toPlainJson(scaleParams);
      const stamp = { id: exp.id, scale, seed, version, params };
      const stampText = JSON.stringify(stamp);
      const outcome: ExperimentOutcome = {
        id: exp.id,
        title: exp.title,
        status: 'passed',
        cached: false,
        claims: [],
        seconds: 0,
        dir,
        checkpoints: { computed: 0, reused: 0 },
      };
      results.push(outcome);
      const done = force ? undefined : await finishedRun(dir, stampText);
      if (done !== undefined) {
        outcome.cached = true;
        outcome.claims = done.claims;
        outcome.seconds = done.meta.seconds ?? 0;
        outcome.status = done.claims.every((c) => c.status !== 'fail') ? 'passed' : 'failed';
        if (!quiet)
          process.stderr.write(
            `[${exp.id}] finished earlier at this scale and seed: reused (--force reruns)\n`,
          );
        continue;
      }

      await mkdir(dir, { recursive: true });
      await removeStaleTempFiles(dir);
      await removeStaleTempFiles(join(dir, 'checkpoints'));
      // drop the old finished marker first: if this run dies, the folder must not look finished
      await removeOutputs(dir);
      if (force) await rm(join(dir, 'checkpoints'), { recursive: true, force: true });

      const store = createCheckpointStore(join(dir, 'checkpoints'), stamp);
      const bar = createProgress(progress, exp.id);
      current = bar;
      const ctx: ExperimentContext = {
        scale,
        seed,
        workers,
        outDir: dir,
        progress: (d, t, label) => bar.update(d, t, label),
        log: (message) => bar.log(message),
        map: (task, inputs) => mapper.map(task, inputs),
        checkpoint: (key, compute) => store.checkpoint(key, compute),
      };
      const startedAt = new Date().toISOString();
      const t0 = performance.now();
      const baseMeta = {
        id: exp.id,
        title: exp.title,
        reproduces: exp.reproduces,
        scale,
        seed,
        version,
        params,
        stamp,
        startedAt,
        workers,
        node: process.version,
      };
      try {
        let result: unknown;
        try {
          result = await exp.run(ctx, scaleParams);
        } finally {
          bar.stop();
          current = undefined;
          outcome.checkpoints = { computed: store.computed, reused: store.reused };
        }
        outcome.seconds = (performance.now() - t0) / 1000;
        const claims = computeClaims(exp, result, scale);
        let figures: Record<string, FigureSpec> = {};
        try {
          figures = exp.figures(result) ?? {};
        } catch (error) {
          claims.push(errorClaim('figures', 'figures()', error));
        }
        for (const [name, spec] of Object.entries(figures)) {
          await writeFigureHtml(spec, join(dir, figureFileName(name, 'html')), {
            plotlyPath: `../${PLOTLY_FILE_NAME}`,
          });
        }
        if (png && Object.keys(figures).length > 0) {
          const renderer = await getRenderer();
          for (const [name, spec] of Object.entries(figures)) {
            if (renderer === undefined) break;
            await renderer.render(spec, join(dir, figureFileName(name, 'png'))).catch((error: unknown) => {
              note(`[${exp.id}] PNG of figure ${name} skipped: ${errorText(error)}`);
            });
          }
        }
        outcome.claims = claims;
        outcome.status = claims.every((c) => c.status !== 'fail') ? 'passed' : 'failed';
        const meta = {
          ...baseMeta,
          status: 'finished',
          finishedAt: new Date().toISOString(),
          seconds: outcome.seconds,
          checkpoints: outcome.checkpoints,
          numbers:
            'typed arrays as arrays; NaN, Infinity, -Infinity as the strings "NaN", "Infinity", "-Infinity"',
        };
        await writeFileAtomic(join(dir, 'claims.json'), toResultJson(claims));
        // written last: its presence with status 'finished' marks the experiment done
        await writeFileAtomic(join(dir, 'result.json'), toResultJson({ meta, result }));
      } catch (error) {
        outcome.status = 'error';
        outcome.seconds = (performance.now() - t0) / 1000;
        outcome.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
        outcome.claims = [];
        await removeOutputs(dir);
        const meta = {
          ...baseMeta,
          status: 'error',
          failedAt: new Date().toISOString(),
          seconds: outcome.seconds,
        };
        await writeFileAtomic(
          join(dir, 'error.json'),
          toResultJson({ meta, error: { message: errorText(error), stack: outcome.error } }),
        );
        note(`[${exp.id}] run failed: ${errorText(error)} (checkpoints are kept; rerun to resume)`);
      }
    }
  } finally {
    if (handleSignals) {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
    await mapper.terminate();
    const renderer = pngState === undefined ? undefined : await pngState;
    await renderer?.close();
  }

  const entries: IndexEntry[] = [];
  for (const exp of experiments) {
    const entry = await indexEntry(exp, join(outDir, exp.id));
    if (entry !== undefined) entries.push(entry);
  }
  await writeIndexHtml(join(outDir, 'index.html'), entries, { plotlyPath: PLOTLY_FILE_NAME });

  const allPass = results.every((r) => r.status === 'passed');
  if (summary) {
    process.stdout.write(formatSummaryTable(results));
    process.stdout.write(`results: ${join(outDir, 'index.html')}\n`);
  }
  return { results, allPass, out: outDir, notes };
}
