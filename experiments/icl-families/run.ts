/**
 * run() of the in-context-learner families experiment: the LegT construction (untrained and with Cbar, Dbar
 * trained) and two trained neural families on Mixed, each (family, seed) a resumable checkpoint, evaluated on the
 * four test sets of figure 6.
 *
 * @see arXiv:2407.09375
 */
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { fileCheckpointStore } from '../../src/fit/checkpointStore.ts';
import { mixSeed } from '../../src/fit/random.ts';
import type { TrainCheckpoint } from '../../src/fit/trainLoop.ts';
import {
  evaluateAny,
  fitModel,
  legtPredictor,
  TEST_SET_NAMES,
  trainedParameterCount,
  trainingUnits,
  type AnyModel,
  type TrainerChoice,
} from '../common/training/index.ts';
import { runAllUnits } from '../defineExperiment.ts';
import type { ExperimentContext, Scale } from '../types.ts';
import type { IclFamiliesParams } from './params.ts';

/** The compared learners. */
export const FAMILIES = ['construction', 'legt-I', 's4d', 'transformer'] as const;
export type Family = (typeof FAMILIES)[number];

/** One (family, seed) run. */
export interface FamilyRun {
  family: Family;
  seed: number;
  /** mean L1 one-step error on the second half of each context, per test set */
  errors: Record<string, number>;
  trainLossInitial: number;
  trainLossFinal: number;
  parameters: number;
  steps: number;
  seconds: number;
}

/** The result of the experiment. */
export interface FamiliesResult {
  scale: Scale;
  /** the tfjs backend (s4d, transformer, and the LegT predictor with trainer 'tfjs') */
  backend: string;
  /** the trainer of the LegT predictor (construction, legt-I) */
  trainer: TrainerChoice;
  params: IclFamiliesParams;
  testSets: string[];
  copyLast: Record<string, number>;
  runs: FamilyRun[];
}

/** The units of icl-families for sharded runs: one per (family, seed) of the plan (the construction once). */
export const iclFamiliesUnits = trainingUnits<IclFamiliesParams, Family, FamilyRun, FamiliesResult>({
  variants: FAMILIES,
  untrained: 'construction',
  withTfjs: true,
  stepsPerRun: (p, trainCount) => p.epochs * Math.ceil(trainCount / p.batch),
  train: async (setup, p, { variant: family, seed }, io, ctx) => {
    const lib = setup.tfjs!;
    const construction = prophecy(hippo('legt', p.N, { theta: 1 }), { dt: 1 / p.L });
    const s = mixSeed(ctx.seed, seed);
    const model: AnyModel =
      family === 'construction'
        ? legtPredictor(setup, construction, { setting: 'II' })
        : family === 'legt-I'
          ? legtPredictor(setup, construction, { setting: 'I' })
          : family === 's4d'
            ? lib.diagonalSsm({ width: p.width, state: p.state, layers: p.ssmLayers, seed: s })
            : lib.hybridTransformer({ width: p.width, heads: p.heads, window: p.window, seed: s });
    const r = await fitModel(setup, model, setup.train, {
      epochs: p.epochs,
      batchSize: p.batch,
      microBatch: p.microBatch > 0 ? p.microBatch : undefined,
      learningRate: p.learningRate,
      seed: mixSeed(ctx.seed + 11, seed),
      evalEvery: Math.max(1, Math.floor(p.epochs / 3)),
      checkpoint: fileCheckpointStore<TrainCheckpoint>(io.checkpointFile),
      onProgress: (q) => io.onStep(q.step, q.loss),
    });
    const errors: Record<string, number> = {};
    for (const name of TEST_SET_NAMES)
      errors[name] = evaluateAny(setup, model, setup.tests[name], p.batch).l1;
    const out: FamilyRun = {
      family,
      seed,
      errors,
      trainLossInitial: r.evals[0].trainLoss,
      trainLossFinal: r.evals[r.evals.length - 1].trainLoss,
      parameters: trainedParameterCount(model),
      steps: r.steps,
      seconds: r.seconds,
    };
    model.dispose();
    return out;
  },
  result: ({ runs, trainer, backend, copyLast }, p, { scale }) => ({
    scale,
    backend,
    trainer,
    params: p,
    testSets: TEST_SET_NAMES,
    copyLast,
    runs,
  }),
});

/**
 * Trains every family (the construction once, the others per seed) on Mixed and evaluates it on the test sets.
 *
 * @param ctx - the runner's context (seed, outDir for the training checkpoints, progress)
 * @param p - one scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export function runIclFamilies(ctx: ExperimentContext, p: IclFamiliesParams): Promise<FamiliesResult> {
  return runAllUnits(iclFamiliesUnits, ctx, p);
}
