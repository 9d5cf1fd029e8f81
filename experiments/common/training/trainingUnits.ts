/**
 * The trained-model experiments as units for sharded runs (see ExperimentUnits in experiments/types.ts): one unit per
 * planned (variant, seed) run of {@link trainingPlan}. Each unit prepares the data from the run seed (the same in
 * every process; kept for the next unit of the same process), trains its run through {@link runTrainingPlan} (its
 * own resumable checkpoint and training checkpoint) and returns the run's record with the backend and the copy-last
 * baseline; combine lists the runs in plan order.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import type { ExperimentContext, ExperimentUnits, UnitsInfo } from '../../types.ts';
import type { TrainerChoice } from './testSets.ts';
import type { PlannedRun, RunIo, TrainingData, TrainingSetup } from './trainingPlan.ts';
import { prepareTraining, runTrainingPlan, trainingPlan } from './trainingPlan.ts';

/** A unit's partial: its run, the trainer and backend it trained on, copy-last on each test set. */
export interface TrainingPartial<Run> {
  run: Run;
  trainer: TrainerChoice;
  backend: string;
  copyLast: Record<string, number>;
}

/** What the experiment's result is made from: the runs in plan order, the first unit's backend, copy-last. */
export interface TrainingRuns<Run> {
  runs: Run[];
  /** the trainer of the LegT predictor (of the first unit) */
  trainer: TrainerChoice;
  /** the backend of the first unit (in a sharded run each unit names its own in its unit file) */
  backend: string;
  copyLast: Record<string, number>;
}

/** A training experiment's plan and steps (see {@link trainingUnits}). */
export interface TrainingUnitsSpec<P extends TrainingData & { seeds: number }, V extends string, Run, R> {
  /** the variants in plan order */
  variants: readonly V[];
  /** the variant that is not trained (one seed) */
  untrained: V;
  /** load TensorFlow.js whatever the trainer (families that only tfjs trains) @default false */
  withTfjs?: boolean;
  /** optimizer steps of one trained run */
  stepsPerRun(p: P, trainCount: number): number;
  /** trains (or evaluates) one planned run */
  train(setup: TrainingSetup, p: P, entry: PlannedRun<V>, io: RunIo, ctx: ExperimentContext): Promise<Run>;
  /** the experiment's result from its runs */
  result(runs: TrainingRuns<Run>, p: P, info: UnitsInfo): R;
}

let cached: { key: string; setup: Promise<TrainingSetup> } | undefined;

/** prepareTraining, kept for the next unit of this process with the same seed, data, trainer and backend. */
function preparedTraining(
  ctx: ExperimentContext,
  data: TrainingData,
  withTfjs: boolean,
): Promise<TrainingSetup> {
  const { L, trainCount, testCount, backend, trainer } = data;
  const env = [process.env.HIPPO_PROPHECY_BACKEND, process.env.HIPPO_PROPHECY_TRAINER];
  const key = JSON.stringify([ctx.seed, L, trainCount, testCount, backend, trainer, withTfjs, env]);
  if (cached?.key !== key) {
    const setup = prepareTraining(ctx, data, withTfjs);
    cached = { key, setup };
    setup.catch(() => (cached = undefined));
  }
  return cached.setup;
}

/**
 * The unit triple of a training experiment (see the module comment).
 *
 * @param spec - see {@link TrainingUnitsSpec}
 * @returns units, runUnit and combine
 * @example const units = trainingUnits({ variants: ['I', 'II'], untrained: 'II', stepsPerRun, train, result })
 */
export function trainingUnits<P extends TrainingData & { seeds: number }, V extends string, Run, R>(
  spec: TrainingUnitsSpec<P, V, Run, R>,
): ExperimentUnits<P, R, PlannedRun<V>, TrainingPartial<Run>> {
  return {
    units: (p) => trainingPlan(spec.variants, p.seeds, spec.untrained),
    runUnit: async (unit, ctx, p) => {
      const setup = await preparedTraining(ctx, p, spec.withTfjs === true);
      const steps = spec.stepsPerRun(p, setup.train.count);
      const [run] = await runTrainingPlan(ctx, [unit], steps, (entry, io) =>
        spec.train(setup, p, entry, io, ctx),
      );
      return { run, trainer: setup.trainer, backend: setup.backend, copyLast: setup.copyLast };
    },
    combine: (partials, p, info) =>
      spec.result({ ...partials[0], runs: partials.map((x) => x.run) }, p, info),
  };
}
