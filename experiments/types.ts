/**
 * The experiment contract: a definition with typed parameters per scale, a `run(ctx, params)` returning plain JSON,
 * claims that can fail and plotly figure specs. Write one with {@link defineExperiment} (./defineExperiment.ts); the
 * runner (./runner) seeds, caches and writes files.
 *
 * @see arXiv:2407.09375
 */

import type { FigureSpec } from '../src/plot/figureSpec.ts';
import type { RegisteredClaim } from './claims/registration.ts';

export type { FigureSpec };

/** The size of a run: 'quick' (about a minute per experiment on 2 cores) or 'paper' (the paper's sizes). */
export type Scale = 'quick' | 'paper';

/** Every scale, in the order the runner and the documents list them. */
export const SCALE_NAMES: readonly Scale[] = Object.freeze(['quick', 'paper']);

/**
 * A checked claim: a pre-registered row of the experiment's bound table (kind, source, bound, reason) with its
 * measured value and status; see experiments/claims/registration.ts. `pass` is `status === 'pass'`.
 */
export type Claim = RegisteredClaim;

/** A unit of work that can run in a worker thread: an exported function of a module, called with JSON input. */
export interface TaskRef {
  /** absolute file URL of the module (use `import.meta.url` of the module that exports the function) */
  module: string;
  /** name of the exported function: (input: I) => O | Promise<O>, where I and O are structured-cloneable */
  fn: string;
}

/** What the runner gives an experiment's `run`: scale, seed, workers, output folder, progress, map, checkpoints. */
export interface ExperimentContext {
  scale: Scale;
  /** base seed of the run; derive per-function seeds from it, never Math.random */
  seed: number;
  /** worker threads available to `map` */
  workers: number;
  /**
   * directory for this experiment's outputs: the runner keeps ctx.checkpoint's values in `<outDir>/checkpoints/`; files
   * an experiment keeps for itself (training checkpoints) go into another namespace, `<outDir>/training-checkpoints/`
   * (see experiments/common/training); `--force` empties both
   */
  outDir: string;
  /**
   * hash of the run stamp (experiment id, scale, seed, package version, parameters, code), set by the runner: an
   * experiment's own resumable files carry it, so that a file of another run is never resumed from
   */
  stampHash?: string;
  /** report progress (the runner draws the bar or prints plain lines) */
  progress(done: number, total: number, label?: string): void;
  log(message: string): void;
  /**
   * Runs `task` over `inputs`, in worker threads when workers > 1; the output order matches the input order and
   * the results are identical to a one-worker run.
   */
  map<I, O>(task: TaskRef, inputs: I[]): Promise<O[]>;
  /**
   * Resumable step: returns the stored value of `key` if an earlier (interrupted) run finished it, otherwise
   * computes it and stores it atomically before returning.
   */
  checkpoint<T>(key: string, compute: () => Promise<T> | T): Promise<T>;
}

/**
 * An experiment: its parameters per scale, a `run` from the context and one scale's parameters to a plain-JSON
 * result, claims that can fail and plotly figure specs. Build one with {@link defineExperiment}, which infers
 * `Params` from `scales` and `Result` from `run`.
 *
 * The registry holds experiments of different types as `Experiment` (= `Experiment<unknown, unknown>`): `run`,
 * `claims` and `figures` are declared as methods, whose parameters TypeScript compares bivariantly, so a specific
 * experiment is assignable without a cast. The runner keeps each experiment's pairs together: it calls
 * `run(ctx, scales[scale])` and hands that run's result to `claims` and `figures` of the same experiment.
 */
export interface Experiment<Params = unknown, Result = unknown> {
  /** folder name and results folder: letters, digits, '.', '_', '-' */
  readonly id: string;
  readonly title: string;
  /** the paper figure or claim it reproduces, or 'beyond the paper' */
  readonly reproduces: string;
  /** the choices made where the paper is ambiguous (metric, window, time scale), in prose; no measured numbers */
  readonly notes: string;
  /** parameters of each scale (written into the run stamp); `quick` runs in about a minute on 2 cores */
  readonly scales: Readonly<Record<Scale, Params>>;
  /** computes the result (plain JSON: numbers, strings, arrays, typed arrays, records) for one scale's parameters */
  run(ctx: ExperimentContext, params: Params): Promise<Result>;
  /** the claims of a result, `pass` computed; see experiments/claims for the spec table that builds them */
  claims(result: Result, scale: Scale): Claim[];
  /** plotly figure specs keyed by figure name */
  figures(result: Result): Record<string, FigureSpec>;
}
