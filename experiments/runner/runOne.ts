/**
 * One experiment at one scale and seed, into its folder: reuse a finished earlier run with the same stamp (its claims
 * recomputed from result.json by the current code, claims.json rewritten when they differ), or run it afresh and
 * write figures, claims.json, run.json and finally result.json (its presence marks the experiment finished).
 *
 * The stamp: experiment id, scale, seed, package version, the scale's parameters, the hash of the experiment's code
 * (its folder) and of its bound table; checkpoints are stamped with all of it but the bound table (which never
 * changes a computed value).
 *
 * @see arXiv:2407.09375
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Experiment, ExperimentContext, FigureSpec, Scale } from '../types.ts';
import type { PngRenderer } from '../../src/plot/write/renderPng.ts';
import { writeFigureHtml } from '../../src/plot/write/writeFigureHtml.ts';
import { removeStaleTempFiles, writeFileAtomic } from '../../src/util/writeFileAtomic.ts';
import { errorClaim, errorText } from '../claims/index.ts';
import { createCheckpointStore } from './checkpointStore.ts';
import { boundTableHash, experimentCodeHash, sha256 } from './codeHash.ts';
import { computeClaims } from './computeClaims.ts';
import { toPlainJson, toResultJson } from './jsonEncoding.ts';
import {
  CHECKPOINT_DIRS,
  CLAIMS_FILE,
  ERROR_FILE,
  RESULT_FILE,
  RUN_FILE,
  STEP_CHECKPOINTS_DIR,
} from './outputLayout.ts';
import type { ExperimentProgress, ProgressMode } from './progressReporter.ts';
import { createProgress } from './progressReporter.ts';
import { decodeResult, encodeResult } from './resultEncoding.ts';
import {
  NUMBERS_NOTE,
  readStoredRun,
  recomputeClaims,
  resultText,
  type ResultMeta,
  type RunRecord,
} from './resultFiles.ts';
import type { ExperimentOutcome } from './runTypes.ts';
import type { TaskMapper } from './workerPool.ts';

/** What one experiment's run needs from the whole run. */
export interface RunEnv {
  scale: Scale;
  seed: number;
  workers: number;
  force: boolean;
  progress: ProgressMode;
  png: boolean;
  version: string;
  /** plotly.min.js relative to the experiment's folder */
  plotlyPath: string;
  /** shown in front of progress lines: the id, with the seed in a `--seeds` run */
  label: string;
  mapper: TaskMapper;
  renderer(): Promise<PngRenderer | undefined>;
  note(text: string): void;
  /** logs a line unless progress is silent */
  say(text: string): void;
  /** the progress display in use (the signal handler stops it) */
  setCurrent(bar: ExperimentProgress | undefined): void;
}

const FIGURE_PATTERN = /^figure-(.+)\.(html|png)$/;

/** Safe file-name part of a figure name. */
export function figureFileName(name: string, ext: 'html' | 'png'): string {
  return `figure-${name.replace(/[^A-Za-z0-9._-]/g, '-')}.${ext}`;
}

async function removeOutputs(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const doomed = names.filter(
    (n) => [RESULT_FILE, RUN_FILE, CLAIMS_FILE, ERROR_FILE].includes(n) || FIGURE_PATTERN.test(n),
  );
  await Promise.all(doomed.map((n) => rm(join(dir, n), { force: true })));
}

/**
 * The run stamp of an experiment (see the module comment).
 *
 * @returns the stamp, the checkpoint stamp (without the bound table) and its hash
 */
export async function runStamp(
  exp: Experiment,
  scale: Scale,
  seed: number,
  version: string,
): Promise<{ stamp: Record<string, unknown>; checkpointStamp: Record<string, unknown>; stampHash: string }> {
  const params = toPlainJson(exp.scales[scale]);
  const code = await experimentCodeHash(exp.id);
  const checkpointStamp = { id: exp.id, scale, seed, version, params, code };
  const stamp = { ...checkpointStamp, bounds: await boundTableHash(exp.id) };
  return { stamp, checkpointStamp, stampHash: sha256(JSON.stringify(checkpointStamp)).slice(0, 16) };
}

function outcomeOf(exp: Experiment, dir: string, seed: number): ExperimentOutcome {
  return {
    id: exp.id,
    title: exp.title,
    seed,
    status: 'passed',
    cached: false,
    claims: [],
    seconds: 0,
    dir,
    checkpoints: { computed: 0, reused: 0 },
  };
}

/** The finished earlier run with this stamp, its claims recomputed; undefined when the experiment must run. */
async function reuse(
  exp: Experiment,
  dir: string,
  stampText: string,
  env: RunEnv,
): Promise<ExperimentOutcome | undefined> {
  const stored = await readStoredRun(dir);
  if (stored === undefined || JSON.stringify(stored.meta.stamp) !== stampText) return undefined;
  if (stored.run === undefined) {
    env.note(`[${exp.id}] ${stored.runProblem}: rerunning it`);
    return undefined;
  }
  const outcome = outcomeOf(exp, dir, env.seed);
  outcome.cached = true;
  outcome.claims = recomputeClaims(exp, stored);
  outcome.seconds = stored.run.seconds;
  outcome.status = outcome.claims.every((c) => c.status !== 'fail') ? 'passed' : 'failed';
  const text = toResultJson(outcome.claims);
  const old = await readFile(join(dir, CLAIMS_FILE), 'utf8').catch(() => undefined);
  if (old !== text) {
    await writeFileAtomic(join(dir, CLAIMS_FILE), text);
    env.say(
      `[${env.label}] ${CLAIMS_FILE} rewritten: the claims recomputed from ${RESULT_FILE} differ from it`,
    );
  }
  env.say(
    `[${env.label}] finished earlier at this scale, seed and code: reused, claims recomputed (--force reruns)`,
  );
  return outcome;
}

async function writeFigures(exp: Experiment, dir: string, figures: Record<string, FigureSpec>, env: RunEnv) {
  for (const [name, spec] of Object.entries(figures)) {
    await writeFigureHtml(spec, join(dir, figureFileName(name, 'html')), { plotlyPath: env.plotlyPath });
  }
  if (!env.png || Object.keys(figures).length === 0) return;
  const renderer = await env.renderer();
  for (const [name, spec] of Object.entries(figures)) {
    if (renderer === undefined) break;
    await renderer.render(spec, join(dir, figureFileName(name, 'png'))).catch((error: unknown) => {
      env.note(`[${exp.id}] PNG of figure ${name} skipped: ${errorText(error)}`);
    });
  }
}

/**
 * Runs (or reuses) one experiment into `dir`.
 *
 * @param exp - the experiment
 * @param dir - its folder, `<out>/<id>` (or `<out>/seed-<s>/<id>`)
 * @param env - see {@link RunEnv}
 * @returns the outcome; an experiment that throws gives status 'error' and error.json, never a throw
 */
export async function runOne(exp: Experiment, dir: string, env: RunEnv): Promise<ExperimentOutcome> {
  const { scale, seed, version, workers } = env;
  const { stamp, checkpointStamp, stampHash } = await runStamp(exp, scale, seed, version);
  if (!env.force) {
    const reused = await reuse(exp, dir, JSON.stringify(stamp), env);
    if (reused !== undefined) return reused;
  }
  const outcome = outcomeOf(exp, dir, seed);
  await mkdir(dir, { recursive: true });
  for (const sub of ['.', ...CHECKPOINT_DIRS]) await removeStaleTempFiles(join(dir, sub));
  // drop the old finished marker first: if this run dies, the folder must not look finished
  await removeOutputs(dir);
  if (env.force)
    for (const sub of CHECKPOINT_DIRS) await rm(join(dir, sub), { recursive: true, force: true });

  const store = createCheckpointStore(join(dir, STEP_CHECKPOINTS_DIR), checkpointStamp, (m) =>
    env.note(`[${exp.id}] ${m}`),
  );
  const bar = createProgress(env.progress, env.label);
  env.setCurrent(bar);
  const ctx: ExperimentContext = {
    scale,
    seed,
    workers,
    outDir: dir,
    stampHash,
    progress: (d, t, label) => bar.update(d, t, label),
    log: (message) => bar.log(message),
    map: (task, inputs) => env.mapper.map(task, inputs),
    checkpoint: (key, compute) => store.checkpoint(key, compute),
  };
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const params = stamp.params;
  const meta: ResultMeta = {
    id: exp.id,
    title: exp.title,
    reproduces: exp.reproduces,
    scale,
    seed,
    version,
    params,
    stamp,
    status: 'finished',
    numbers: NUMBERS_NOTE,
  };
  try {
    let result: unknown;
    try {
      result = await exp.run(ctx, exp.scales[scale]);
    } finally {
      bar.stop();
      env.setCurrent(undefined);
      outcome.checkpoints = { computed: store.computed, reused: store.reused };
    }
    const encoded = encodeResult(result);
    const text = resultText(meta, encoded);
    // the claims see exactly what a later run reads back from result.json
    const written = (JSON.parse(text) as { result: unknown }).result;
    const claims = computeClaims(exp, decodeResult(written, encoded.types, encoded.timings), scale);
    let figures: Record<string, FigureSpec> = {};
    try {
      figures = exp.figures(result) ?? {};
    } catch (error) {
      claims.push(errorClaim('figures', 'figures()', error));
    }
    await writeFigures(exp, dir, figures, env);
    outcome.seconds = (performance.now() - t0) / 1000;
    outcome.claims = claims;
    outcome.status = claims.every((c) => c.status !== 'fail') ? 'passed' : 'failed';
    const run: RunRecord = {
      id: exp.id,
      startedAt,
      finishedAt: new Date().toISOString(),
      seconds: outcome.seconds,
      workers,
      node: process.version,
      checkpoints: outcome.checkpoints,
      timings: encoded.timings,
      resultSha256: sha256(text),
    };
    await writeFileAtomic(join(dir, CLAIMS_FILE), toResultJson(claims));
    await writeFileAtomic(join(dir, RUN_FILE), toResultJson(run));
    // written last: its presence with status 'finished' marks the experiment done
    await writeFileAtomic(join(dir, RESULT_FILE), text);
  } catch (error) {
    outcome.status = 'error';
    outcome.seconds = (performance.now() - t0) / 1000;
    outcome.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    outcome.claims = [];
    await removeOutputs(dir);
    const errorMeta = {
      ...meta,
      status: 'error',
      startedAt,
      failedAt: new Date().toISOString(),
      seconds: outcome.seconds,
      workers,
      node: process.version,
    };
    await writeFileAtomic(
      join(dir, ERROR_FILE),
      toResultJson({ meta: errorMeta, error: { message: errorText(error), stack: outcome.error } }),
    );
    env.note(`[${exp.id}] run failed: ${errorText(error)} (checkpoints are kept; rerun to resume)`);
  }
  return outcome;
}
