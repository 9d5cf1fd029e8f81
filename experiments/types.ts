/**
 * The experiment contract: a definition with scales, a `run` returning plain
 * JSON, claims that can fail, and plotly figure specs. The runner (experiments/runner) seeds, caches, writes files.
 */

import type { FigureSpec } from '../src/plot/figureSpec.ts';

export type { FigureSpec };

/** The size of a run: 'quick' (about a minute per experiment on 2 cores) or 'paper' (the paper's sizes). */
export type Scale = 'quick' | 'paper';

/** A checked claim: a measured value against its bound. `pass` is computed, never hard-coded. */
export interface Claim {
  name: string;
  value: number | string;
  bound: number | string;
  pass: boolean;
  detail: string;
}

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
  /** directory for this experiment's outputs and checkpoints */
  outDir: string;
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

/** An experiment: its scales, a `run` returning plain JSON, claims that can fail and plotly figure specs. */
export interface Experiment<R = unknown> {
  id: string;
  title: string;
  /** the paper figure or claim it reproduces, or 'beyond the paper' */
  reproduces: string;
  /** the choices made where the paper is ambiguous (metric, window, time scale), in prose */
  notes: string;
  /** parameters of each scale; `quick` runs in about a minute on 2 cores */
  scales: Record<Scale, Record<string, unknown>>;
  run(ctx: ExperimentContext): Promise<R>;
  claims(result: R, scale: Scale): Claim[];
  figures(result: R): Record<string, FigureSpec>;
}
