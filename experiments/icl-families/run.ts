/**
 * run() of the in-context-learner families experiment: the LegT construction (untrained and with Cbar, Dbar
 * trained) and two trained neural families on Mixed, each (family, seed) a resumable checkpoint, evaluated on the
 * four test sets of figure 6.
 *
 * @see arXiv:2407.09375
 */
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { fileCheckpointStore } from '../../src/train/checkpointStore.ts';
import { mixSeed } from '../../src/train/random.ts';
import type { SequenceModel } from '../../src/train/sequenceModel.ts';
import type { TrainCheckpoint } from '../../src/train/trainModel.ts';
import { TEST_SET_NAMES, trainingUnits } from '../common/training/index.ts';
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
  backend: string;
  params: IclFamiliesParams;
  testSets: string[];
  copyLast: Record<string, number>;
  runs: FamilyRun[];
}

/** The units of icl-families for sharded runs: one per (family, seed) of the plan (the construction once). */
export const iclFamiliesUnits = trainingUnits<IclFamiliesParams, Family, FamilyRun, FamiliesResult>({
  variants: FAMILIES,
  untrained: 'construction',
  stepsPerRun: (p, trainCount) => p.epochs * Math.ceil(trainCount / p.batch),
  train: async ({ lib, train, tests }, p, { variant: family, seed }, io, ctx) => {
    const construction = prophecy(hippo('legt', p.N, { theta: 1 }), { dt: 1 / p.L });
    const s = mixSeed(ctx.seed, seed);
    const model: SequenceModel =
      family === 'construction'
        ? lib.trainablePredictor(construction, { setting: 'II' })
        : family === 'legt-I'
          ? lib.trainablePredictor(construction, { setting: 'I' })
          : family === 's4d'
            ? lib.diagonalSsm({ width: p.width, state: p.state, layers: p.ssmLayers, seed: s })
            : lib.hybridTransformer({ width: p.width, heads: p.heads, window: p.window, seed: s });
    const r = await lib.trainModel(model, train, {
      epochs: p.epochs,
      batchSize: p.batch,
      learningRate: p.learningRate,
      seed: mixSeed(ctx.seed + 11, seed),
      evalEvery: Math.max(1, Math.floor(p.epochs / 3)),
      checkpoint: fileCheckpointStore<TrainCheckpoint>(io.checkpointFile),
      onProgress: (q) => io.onStep(q.step, q.loss),
    });
    const errors: Record<string, number> = {};
    for (const name of TEST_SET_NAMES) errors[name] = lib.evaluateModel(model, tests[name], p.batch).l1;
    const out: FamilyRun = {
      family,
      seed,
      errors,
      trainLossInitial: r.evals[0].trainLoss,
      trainLossFinal: r.evals[r.evals.length - 1].trainLoss,
      parameters: model.trainable.reduce((n, k) => n + model.params[k].size, 0),
      steps: r.steps,
      seconds: r.seconds,
    };
    model.dispose();
    return out;
  },
  result: ({ runs, backend, copyLast }, p, { scale }) => ({
    scale,
    backend,
    params: p,
    testSets: TEST_SET_NAMES,
    copyLast,
    runs,
  }),
});

/**
 * Runs icl-families with the given parameters: every (family, seed) unit, each a resumable checkpoint.
 *
 * @param ctx - the experiment context
 * @param p - the parameters
 * @returns the runs, copy-last and the backend
 * @see arXiv:2407.09375
 */
export function runIclFamilies(ctx: ExperimentContext, p: IclFamiliesParams): Promise<FamiliesResult> {
  return runAllUnits(iclFamiliesUnits, ctx, p);
}
