/**
 * run() of figure 6: the construction and the three trained settings on the Mixed training set, each (setting,
 * seed) a resumable checkpoint, evaluated on the paper's four test sets.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { fileCheckpointStore } from '../../src/fit/checkpointStore.ts';
import { PAPER_SETTINGS, type PaperSetting } from '../../src/fit/paperSettings.ts';
import { predictorDistances } from '../../src/fit/predictorParams.ts';
import { mixSeed } from '../../src/fit/random.ts';
import type { EvalRecord, TrainCheckpoint } from '../../src/fit/trainLoop.ts';
import {
  fitModel,
  legtPredictor,
  TEST_SET_NAMES,
  trainingUnits,
  type TrainerChoice,
} from '../common/training/index.ts';
import { runAllUnits } from '../defineExperiment.ts';
import type { ExperimentContext, Scale } from '../types.ts';
import { FIG6_PAPER } from './paperNumbers.ts';
import type { Fig6Params } from './params.ts';

/** One (setting, seed) run. */
export interface Fig6Run {
  setting: PaperSetting;
  seed: number;
  /** mean L1 one-step error on the second half of each context, per test set, after training */
  errors: Record<string, number>;
  mse: Record<string, number>;
  trainLossInitial: number;
  trainLossFinal: number;
  /** relative distances of the final parameters to the construction */
  distances: { Abar: number; Bbar: number; Cbar: number; Dbar: number };
  evals: EvalRecord[];
  steps: number;
  seconds: number;
}

/** The result of figure 6. */
export interface Fig6Result {
  scale: Scale;
  /** the trainer of the predictors */
  trainer: TrainerChoice;
  /** the tfjs backend, or 'analytic (WebAssembly)' / 'analytic (JavaScript)' */
  backend: string;
  params: Fig6Params;
  testSets: string[];
  copyLast: Record<string, number>;
  runs: Fig6Run[];
  /** the paper's numbers (poster, read off a log plot, +-10%) */
  paper: Record<string, Record<PaperSetting, number>>;
}

/** The units of figure 6 for sharded runs: one per (setting, seed) of the plan (II once); see trainingUnits. */
export const fig6Units = trainingUnits<Fig6Params, PaperSetting, Fig6Run, Fig6Result>({
  variants: PAPER_SETTINGS,
  untrained: 'II', // II is deterministic: one "seed" is enough
  stepsPerRun: (p, trainCount) => p.epochs * Math.ceil(trainCount / p.batch),
  train: async (setup, p, { variant: setting, seed }, io, ctx) => {
    const construction = prophecy(hippo('legt', p.N, { theta: p.theta }), { dt: p.dt });
    const model = legtPredictor(setup, construction, { setting, seed: mixSeed(ctx.seed, seed) });
    const r = await fitModel(setup, model, setup.train, {
      epochs: p.epochs,
      batchSize: p.batch,
      learningRate: setting === 'IV' ? p.learningRateIV : p.learningRate,
      seed: mixSeed(ctx.seed + 7, seed),
      evalEvery: p.evalEvery,
      evalSets: setup.tests,
      diagnostics: () => {
        const d = predictorDistances(model.read(), construction);
        return { distAbar: d.Abar, distBbar: d.Bbar, distCbar: d.Cbar, distDbar: d.Dbar };
      },
      checkpoint: fileCheckpointStore<TrainCheckpoint>(io.checkpointFile),
      onProgress: (q) => io.onStep(q.step, q.loss),
    });
    const last = r.evals[r.evals.length - 1];
    const out: Fig6Run = {
      setting,
      seed,
      errors: last.errors,
      mse: last.mse,
      trainLossInitial: r.evals[0].trainLoss,
      trainLossFinal: last.trainLoss,
      distances: predictorDistances(model.read(), construction),
      evals: r.evals,
      steps: r.steps,
      seconds: r.seconds,
    };
    model.dispose();
    return out;
  },
  result: ({ runs, trainer, backend, copyLast }, p, { scale }) => ({
    scale,
    trainer,
    backend,
    params: p,
    testSets: TEST_SET_NAMES,
    copyLast,
    runs,
    paper: FIG6_PAPER,
  }),
});

/**
 * Runs the figure 6 experiment with the given parameters (the registered experiment uses its scale's): every
 * (setting, seed) unit, each a resumable checkpoint, then the result.
 *
 * @param ctx - the experiment context (outDir holds the training checkpoints)
 * @param p - the parameters, see Fig6Params
 * @returns the measured errors of every run, the copy-last baseline and the paper's numbers
 * @see arXiv:2407.09375 (figure 6)
 */
export function runFig6(ctx: ExperimentContext, p: Fig6Params): Promise<Fig6Result> {
  return runAllUnits(fig6Units, ctx, p);
}
