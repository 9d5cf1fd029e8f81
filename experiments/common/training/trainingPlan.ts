/**
 * The training loop shared by the trained-model experiments (fig6-trained, icl-families): the data, trainer and
 * backend set up once, then a plan of (variant, seed) runs, each a resumable checkpoint with its own training
 * checkpoint file, and one progress bar over all optimizer steps. TensorFlow.js is loaded here when a run needs it
 * (see loadTraining.ts), never when the registry is imported.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileCheckpointStore, type CheckpointStore } from '../../../src/fit/checkpointStore.ts';
import type { SequenceSet } from '../../../src/fit/sequenceSet.ts';
import { trainWasmAvailable } from '../../../src/fit/wasm/trainWasm.ts';
import type { TrainCheckpoint } from '../../../src/fit/trainLoop.ts';
import { TRAINING_CHECKPOINTS_DIR } from '../../runner/outputLayout.ts';
import type { ExperimentContext } from '../../types.ts';
import { copyLastError, trainingData } from './data.ts';
import { loadTraining } from './loadTraining.ts';
import type { Training } from './loadTraining.ts';
import { backendChoice, TEST_SET_NAMES, trainerChoice } from './testSets.ts';
import type { TestSetName, TrainerChoice } from './testSets.ts';

/** What the training experiments share before their first run. */
export interface TrainingSetup {
  /** the TensorFlow.js training code, or null when no run needs it (the LegT predictor on the analytic trainer) */
  tfjs: Training | null;
  /** the trainer of the LegT predictor */
  trainer: TrainerChoice;
  /** the tfjs backend in use, or for the analytic trainer alone 'analytic (WebAssembly)' / 'analytic (JavaScript)' */
  backend: string;
  /** the Mixed training set */
  train: SequenceSet;
  /** the paper's four test sets */
  tests: Record<TestSetName, SequenceSet>;
  /** mean L1 one-step error of copy-last on each test set */
  copyLast: Record<string, number>;
}

/** Data sizes, trainer and backend of {@link prepareTraining}. */
export interface TrainingData {
  /** context length */
  L: number;
  /** Mixed training functions */
  trainCount: number;
  /** functions per test set */
  testCount: number;
  /** the scale's tfjs backend ('auto' unless forced); HIPPO_PROPHECY_BACKEND overrides it */
  backend: string;
  /** the scale's trainer of the LegT predictor ('analytic' or 'tfjs'); HIPPO_PROPHECY_TRAINER overrides it */
  trainer: string;
}

/**
 * Chooses the trainer, loads TensorFlow.js and selects its backend (and logs it) when a run needs it, generates the
 * data sets from the run seed and measures copy-last on each test set.
 *
 * @param ctx - the runner's context (seed, log)
 * @param data - sizes, trainer and backend
 * @param withTfjs - whether other runs than the LegT predictor's need TensorFlow.js (icl-families' neural families)
 *   @default false
 * @returns the setup
 * @see arXiv:2407.09375
 */
export async function prepareTraining(
  ctx: ExperimentContext,
  data: TrainingData,
  withTfjs = false,
): Promise<TrainingSetup> {
  const trainer = trainerChoice(data.trainer);
  let tfjs: Training | null = null;
  let backend = `analytic (${trainWasmAvailable() ? 'WebAssembly' : 'JavaScript'})`;
  if (withTfjs || trainer === 'tfjs') {
    tfjs = await loadTraining();
    const sel = await tfjs.selectBackend({ backend: backendChoice(data.backend) });
    backend = sel.name;
    ctx.log(
      `tfjs backend: ${sel.name}${sel.skipped.length ? ` (skipped ${sel.skipped.map((s) => s.name).join(', ')})` : ''}`,
    );
  }
  ctx.log(`LegT trainer: ${trainer}`);
  const { train, tests } = trainingData(ctx.seed, data.L, data.trainCount, data.testCount);
  const copyLast: Record<string, number> = {};
  for (const name of TEST_SET_NAMES) copyLast[name] = copyLastError(tests[name]);
  return { tfjs, trainer, backend, train, tests, copyLast };
}

/** One run of a plan: a variant (setting or family) and a seed index; `trained` is false for the construction. */
export interface PlannedRun<V extends string> {
  variant: V;
  seed: number;
  trained: boolean;
}

/**
 * The runs of a plan in order: every variant, with `seeds` seeds each, except the untrained one (deterministic:
 * one seed is enough).
 *
 * @param variants - the variants in run order
 * @param seeds - seeds per trained variant
 * @param untrained - the variant that is not trained
 * @returns the plan
 * @example trainingPlan(['I', 'II'], 2, 'II') // I 0, I 1, II 0
 * @see arXiv:2407.09375
 */
export function trainingPlan<V extends string>(
  variants: readonly V[],
  seeds: number,
  untrained: V,
): PlannedRun<V>[] {
  const plan: PlannedRun<V>[] = [];
  for (const variant of variants) {
    const trained = variant !== untrained;
    for (let seed = 0; seed < (trained ? seeds : 1); seed++) plan.push({ variant, seed, trained });
  }
  return plan;
}

/** What {@link runTrainingPlan} hands one run: its training checkpoint and a per-step progress callback. */
export interface RunIo {
  /**
   * the run's training checkpoint, stamped with (scale, seed, variant, seed index, hash of the run stamp) and
   * checksummed: pass it as trainModel's `checkpoint` (resumes an interrupted training, never another run's)
   */
  checkpoint: CheckpointStore<TrainCheckpoint>;
  /**
   * its file, in the training namespace `<outDir>/training-checkpoints/` (apart from ctx.checkpoint's files) and
   * named with the stamp's hash, so that even an unstamped store on it never resumes another run's training
   */
  checkpointFile: string;
  /** report optimizer step `step` of this run and its batch loss */
  onStep(step: number, loss: number): void;
}

/**
 * The stamp and file of one run's training checkpoint: `<outDir>/training-checkpoints/run-<variant>-<seed>-<hash>.json`,
 * hash = the first 12 hex digits of SHA-256 of the stamp { scale, seed, variant, seedIndex, run } (run: the runner's
 * hash of id, scale, seed, version, parameters and code, 'unstamped' outside the runner).
 *
 * @param ctx - the runner's context (outDir, scale, seed, stampHash)
 * @param entry - the planned run
 * @returns the stamp and the file
 * @example trainingCheckpoint({ ...inlineContext(), outDir: 'out' }, { variant: 'I', seed: 0, trained: true }).file
 * @see arXiv:2407.09375
 */
export function trainingCheckpoint<V extends string>(
  ctx: ExperimentContext,
  entry: PlannedRun<V>,
): { stamp: Record<string, string | number>; file: string } {
  const stamp = {
    scale: ctx.scale,
    seed: ctx.seed,
    variant: entry.variant,
    seedIndex: entry.seed,
    run: ctx.stampHash ?? 'unstamped',
  };
  const hash = createHash('sha256').update(JSON.stringify(stamp)).digest('hex').slice(0, 12);
  const name = `run-${entry.variant}-${entry.seed}-${hash}.json`;
  return { stamp, file: path.join(ctx.outDir, TRAINING_CHECKPOINTS_DIR, name) };
}

/**
 * Runs a plan: each run is the resumable checkpoint `run-<variant>-<seed>`, trained by `runOne`; progress counts
 * optimizer steps over the trained runs (stepsPerRun each).
 *
 * @param ctx - the runner's context (checkpoint, progress, outDir, stampHash)
 * @param plan - from {@link trainingPlan}
 * @param stepsPerRun - optimizer steps of one trained run (epochs x steps per epoch)
 * @param runOne - trains (or evaluates) one run and returns its JSON record
 * @returns the records, in plan order
 * @see arXiv:2407.09375
 */
export async function runTrainingPlan<V extends string, Run>(
  ctx: ExperimentContext,
  plan: readonly PlannedRun<V>[],
  stepsPerRun: number,
  runOne: (entry: PlannedRun<V>, io: RunIo) => Promise<Run>,
): Promise<Run[]> {
  const total = plan.filter((r) => r.trained).length * stepsPerRun;
  let finished = 0;
  const runs: Run[] = [];
  for (const entry of plan) {
    const { variant, seed } = entry;
    const key = `run-${variant}-${seed}`;
    const base = finished * stepsPerRun;
    const { stamp, file } = trainingCheckpoint(ctx, entry);
    const run = await ctx.checkpoint(key, () =>
      runOne(entry, {
        checkpoint: fileCheckpointStore<TrainCheckpoint>(file, { stamp, onInvalid: (m) => ctx.log(m) }),
        checkpointFile: file,
        onStep: (step, loss) => {
          if (step % 10 === 0)
            ctx.progress(base + step, total, `${variant} seed ${seed} loss ${loss.toExponential(2)}`);
        },
      }),
    );
    runs.push(run);
    if (entry.trained) finished += 1;
    ctx.progress(finished * stepsPerRun, total, `${variant} seed ${seed} done`);
  }
  return runs;
}
