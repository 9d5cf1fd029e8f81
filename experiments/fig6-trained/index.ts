/**
 * Figure 6 of arXiv:2407.09375: trained vs constructed LegT predictors. Settings (I) Cbar, Dbar trained from the
 * construction, (II) the construction untrained, (III) Abar, Bbar from the construction with Gaussian Cbar, Dbar
 * trained, (IV) all four from the construction and trained; trained on Mixed, evaluated on Linear, Van der Pol,
 * Mixed and Filtered Noise (alpha 0.1).
 */
import path from 'node:path';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { analyticPredictor } from '../../src/train/analyticPredictor.ts';
import { selectBackend } from '../../src/train/backend.ts';
import { fileCheckpointStore } from '../../src/train/checkpointStore.ts';
import { mixSeed } from '../../src/train/random.ts';
import { trainModel, type EvalRecord, type TrainCheckpoint } from '../../src/train/trainModel.ts';
import {
  PAPER_SETTINGS,
  predictorDistances,
  trainablePredictor,
  type PaperSetting,
} from '../../src/train/trainablePredictor.ts';
import { claimAtLeast, claimAtMost, guardClaim } from '../runner/claimHelpers.ts';
import type { Claim, Experiment, ExperimentContext, FigureSpec, Scale } from '../types.ts';
import { seedSpreadBars } from '../common/seedSpreadBars.ts';
import { trainWasmAvailable } from '../../src/train/wasm/trainWasm.ts';
import {
  backendChoice,
  copyLastError,
  TEST_SET_NAMES,
  trainerChoice,
  trainingData,
  type TestSetName,
  type TrainerChoice,
} from './data.ts';

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

export interface Fig6Result {
  scale: Scale;
  backend: string;
  params: Fig6Params;
  testSets: string[];
  copyLast: Record<string, number>;
  runs: Fig6Run[];
  /** the paper's numbers (poster, read off a log plot, +-10%) */
  paper: Record<string, Record<PaperSetting, number>>;
}

/** Parameters of one scale (exported so that tests can run a tiny configuration through {@link runFig6}). */
export interface Fig6Params {
  N: number;
  L: number;
  dt: number;
  theta: number;
  trainCount: number;
  testCount: number;
  epochs: number;
  evalEvery: number;
  seeds: number;
  batch: number;
  /** Adam learning rate of settings I and III (the paper's 2e-3) */
  learningRate: number;
  /**
   * Adam learning rate of setting IV: 2e-3 x dt, i.e. Adam at the paper's rate on the continuous-time parameters
   * (Abar - I) / dt and Bbar / dt (Adam's step is ~lr per entry whatever the gradient's size; 2e-3 on the entries of
   * Abar, whose off-identity part is O(dt |A|), makes the kernel overflow within a few steps at dt = 1e-4)
   */
  learningRateIV: number;
  /**
   * trainer of the predictors: 'analytic' (analyticPredictor, float32, no tfjs) or 'tfjs' (trainablePredictor);
   * HIPPO_PROPHECY_TRAINER overrides it @default 'tfjs'
   */
  trainer?: TrainerChoice;
  /** tfjs backend (trainer 'tfjs' only) */
  backend: string;
  /** the factor by which (II) may exceed the best trained setting on each of the paper's test sets */
  factorII: number;
  /** the factor by which the best trained setting beats (II) on Mixed, on every seed (a finding, not the paper's) */
  mixedFactor: number;
}

const PAPER: Fig6Result['paper'] = {
  Linear: { I: 6.5e-3, II: 1.45e-3, III: 1.15e-2, IV: 1.4e-3 },
  'Van der Pol': { I: 1.2e-3, II: 2.0e-3, III: 4.0e-2, IV: 1.6e-3 },
  'Filtered Noise': { I: 8.2e-2, II: 1.0e-1, III: 1.45, IV: 8.5e-2 },
};

const SCALES: Record<Scale, Fig6Params> = {
  // the paper's regime (N, dt, L, theta, batch, lr) with fewer functions and Adam steps: 2 steps per epoch
  quick: {
    N: 32,
    L: 10000,
    dt: 1e-4,
    theta: 1,
    trainCount: 256,
    testCount: 32,
    epochs: 50,
    evalEvery: 25,
    seeds: 3,
    batch: 128,
    learningRate: 2e-3,
    learningRateIV: 2e-7,
    trainer: 'analytic',
    backend: 'auto',
    factorII: 3,
    mixedFactor: 3,
  },
  paper: {
    N: 32,
    L: 10000,
    dt: 1e-4,
    theta: 1,
    trainCount: 1000,
    testCount: 100,
    epochs: 1000,
    evalEvery: 50,
    seeds: 3,
    batch: 128,
    learningRate: 2e-3,
    learningRateIV: 2e-7,
    trainer: 'analytic',
    backend: 'auto',
    factorII: 3,
    mixedFactor: 3,
  },
};

/** The test sets the paper reports numbers for (Mixed is the training distribution; no number in the paper). */
export const PAPER_TEST_SETS = ['Linear', 'Van der Pol', 'Filtered Noise'] as const;

/** mean, min, max of one setting's error on one test set over seeds */
export function spread(
  runs: Fig6Run[],
  setting: PaperSetting,
  set: string,
): { mean: number; min: number; max: number } {
  const v = runs.filter((r) => r.setting === setting).map((r) => r.errors[set]);
  return { mean: v.reduce((a, b) => a + b, 0) / v.length, min: Math.min(...v), max: Math.max(...v) };
}

/**
 * Runs the figure 6 experiment with the given parameters (the registered experiment uses its scale's); each
 * (setting, seed) run is a resumable checkpoint.
 *
 * @param ctx - the experiment context (outDir holds the training checkpoints)
 * @param p - the parameters, see {@link Fig6Params}
 * @returns the measured errors of every run, the copy-last baseline and the paper's numbers
 * @see arXiv:2407.09375 (figure 6)
 */
export async function runFig6(ctx: ExperimentContext, p: Fig6Params): Promise<Fig6Result> {
  const trainer = trainerChoice(p.trainer ?? 'tfjs');
  let backend = `analytic (${trainWasmAvailable() ? 'WebAssembly' : 'JavaScript'})`;
  if (trainer === 'tfjs') {
    const sel = await selectBackend({ backend: backendChoice(p.backend) });
    backend = sel.name;
    ctx.log(
      `tfjs backend: ${sel.name}${sel.skipped.length ? ` (skipped ${sel.skipped.map((s) => s.name).join(', ')})` : ''}`,
    );
  } else ctx.log(`trainer: ${backend}`);
  const { train, tests } = trainingData(ctx.seed, p.L, p.trainCount, p.testCount);
  const construction = prophecy(hippo('legt', p.N, { theta: p.theta }), { dt: p.dt });
  const copyLast: Record<string, number> = {};
  for (const name of TEST_SET_NAMES) copyLast[name] = copyLastError(tests[name]);

  const stepsPerEpoch = Math.ceil(train.count / p.batch);
  const plan: { setting: PaperSetting; seed: number }[] = [];
  for (const setting of PAPER_SETTINGS) {
    // II is deterministic: one "seed" is enough
    const seeds = setting === 'II' ? 1 : p.seeds;
    for (let s = 0; s < seeds; s++) plan.push({ setting, seed: s });
  }
  const total = plan.filter((r) => r.setting !== 'II').length * p.epochs * stepsPerEpoch;
  let done = 0;
  const runs: Fig6Run[] = [];
  for (const { setting, seed } of plan) {
    const key = `run-${setting}-${seed}`;
    const run = await ctx.checkpoint(key, async (): Promise<Fig6Run> => {
      const init = { setting, seed: mixSeed(ctx.seed, seed) };
      const model =
        trainer === 'analytic'
          ? analyticPredictor(construction, init)
          : trainablePredictor(construction, init);
      const before = done;
      const r = await trainModel(model, train, {
        epochs: p.epochs,
        batchSize: p.batch,
        learningRate: setting === 'IV' ? p.learningRateIV : p.learningRate,
        seed: mixSeed(ctx.seed + 7, seed),
        evalEvery: p.evalEvery,
        evalSets: tests,
        diagnostics: () => {
          const d = predictorDistances(model.read(), construction);
          return { distAbar: d.Abar, distBbar: d.Bbar, distCbar: d.Cbar, distDbar: d.Dbar };
        },
        checkpoint: fileCheckpointStore<TrainCheckpoint>(path.join(ctx.outDir, 'checkpoints', `${key}.json`)),
        onProgress: (q) => {
          done = before + q.step;
          if (q.step % 10 === 0)
            ctx.progress(done, total, `${setting} seed ${seed} loss ${q.loss.toExponential(2)}`);
        },
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
    });
    runs.push(run);
    done = runs.filter((r) => r.setting !== 'II').length * p.epochs * stepsPerEpoch;
    ctx.progress(done, total, `${setting} seed ${seed} done`);
  }
  return {
    scale: ctx.scale,
    backend,
    params: p,
    testSets: TEST_SET_NAMES,
    copyLast,
    runs,
    paper: PAPER,
  };
}

/** The trained setting (I, III or IV) with the lowest mean error on a test set, and that error. */
export function bestTrained(runs: Fig6Run[], set: string): { setting: PaperSetting; mean: number } {
  const means = (['I', 'III', 'IV'] as const).map((st) => ({
    setting: st,
    mean: spread(runs, st, set).mean,
  }));
  return means.reduce((a, b) => (b.mean < a.mean ? b : a));
}

/**
 * The claims of figure 6: on each test set the paper reports (Linear, Van der Pol, Filtered Noise) the construction
 * (II) is within factorII of the best trained setting; on the training distribution Mixed (no paper number) the best
 * trained setting beats (II) by at least mixedFactor on every seed (a finding reported as such); (III) is worse than
 * (II) on most test sets; training lowers the training loss.
 *
 * @param result - the result of {@link runFig6}
 * @returns the claims, `pass` computed
 */
export function fig6Claims(result: Fig6Result): Claim[] {
  const sets = result.testSets;
  const { factorII, mixedFactor } = result.params;
  const claims: Claim[] = [];
  for (const set of PAPER_TEST_SETS) {
    const name = `(II) within ${factorII}x of the best trained setting on ${set}`;
    claims.push(
      guardClaim(name, () => {
        const best = bestTrained(result.runs, set);
        const paper = result.paper[set];
        const paperRatio = paper.II / Math.min(paper.I, paper.III, paper.IV);
        return claimAtMost(
          name,
          spread(result.runs, 'II', set).mean / best.mean,
          factorII,
          `err(II) / mean err of the best trained setting (${best.setting}); the paper's ratio on this set: ` +
            `${paperRatio.toFixed(2)} (Linear / Van der Pol / Filtered Noise: 1.04 / 1.67 / 1.22)`,
        );
      }),
    );
  }
  const mixedName = `on the training distribution Mixed, the best trained setting beats (II) by >= ${mixedFactor}x on every seed`;
  claims.push(
    guardClaim(mixedName, () => {
      const best = bestTrained(result.runs, 'Mixed');
      const ii = spread(result.runs, 'II', 'Mixed').mean;
      const perSeed = result.runs.filter((r) => r.setting === best.setting).map((r) => ii / r.errors.Mixed);
      return claimAtLeast(
        mixedName,
        Math.min(...perSeed),
        mixedFactor,
        `min over seeds of err(II) / err(${best.setting}) on Mixed (per seed: ${perSeed.map((v) => v.toFixed(2)).join(', ')}); ` +
          'the paper reports no Mixed number: trained predictors do exploit the training distribution',
      );
    }),
  );
  claims.push(
    guardClaim('(III) worse than (II) on most test sets', () => {
      const worse = sets.filter(
        (s) => spread(result.runs, 'III', s).mean > spread(result.runs, 'II', s).mean,
      );
      return claimAtLeast(
        '(III) worse than (II) on most test sets',
        worse.length,
        Math.floor(sets.length / 2) + 1,
        `test sets where mean err(III) > err(II): ${worse.join(', ') || 'none'} (of ${sets.length})`,
      );
    }),
  );
  const lowers = 'training lowers the training loss of (III) and (IV) on every seed';
  claims.push(
    guardClaim(lowers, () => {
      const ratio = (r: Fig6Run): number => r.trainLossFinal / r.trainLossInitial;
      const worst = Math.max(
        ...result.runs.filter((r) => r.setting === 'III' || r.setting === 'IV').map(ratio),
      );
      const ofI = result.runs.filter((r) => r.setting === 'I').map((r) => ratio(r).toFixed(2));
      return {
        name: lowers,
        value: worst,
        bound: '< 1',
        pass: worst < 1,
        detail:
          'max over III, IV x seeds of final / initial mean L1 loss on the Mixed training set; (I) is reported, not ' +
          `claimed: Adam at lr 2e-3 from the near-optimal construction moves the loss either way (per seed: ${ofI.join(', ')})`,
      };
    }),
  );
  return claims;
}

export const experiment: Experiment<Fig6Result> = {
  id: 'fig6-trained',
  title: 'Trained vs constructed LegT predictors (settings I-IV)',
  reproduces: 'arXiv:2407.09375 figure 6',
  notes: [
    'Predictor: LegT, theta = 1, dt = 1/L (the window spans the context), bilinear Abar, Bbar, trapezoid Cbar, Dbar',
    '(src/construction prophecy). Loss and metric: mean L1 one-step error |uhat_{k+1} - u_{k+1}| over the second',
    'half of each context (the paper trains on this loss; its reported metric is not stated, we report the same L1;',
    "our errors of I, II and IV are 3-65x below the paper's numbers, e.g. II on Filtered Noise 1.5e-3 vs 1e-1, so",
    'the claims compare ratios, never absolute values). Adam (PyTorch betas), batch 128, batch order seeded per epoch;',
    'setting III draws Cbar, Dbar ~ N(0, 1). Float32 training (parameters and Adam moments in float32) by the analytic',
    'trainer (src/train/analyticPredictor.ts, no tfjs; HIPPO_PROPHECY_TRAINER=tfjs selects tfjs autodiff): I-III from',
    'float32 states precomputed in float64, IV via the kernel K_j = Cbar Abar^j Bbar from both ends and a float64 FFT',
    'convolution, dLoss/dK as an FFT correlation and dLoss/dAbar, dBbar, dCbar by the adjoint recurrences of the',
    'kernel (checked against finite differences and tfjs autodiff). Both trainers pass the same claims with values',
    'within 2.2% (III identical to 4 digits, IV within 4%); per-seed errors of setting I differ by up to 1.7x, as Adam at lr 2e-3 next',
    'to the optimum turns float32 rounding differences into different steps. Learning rates: 2e-3 (the paper) for I and III; for IV',
    '2e-3 x dt = 2e-7, i.e. Adam at the paper rate on the continuous-time parameters (Abar - I)/dt, Bbar/dt: Adam moves',
    'every entry by ~lr per step whatever its gradient, and 2e-3 on Abar (off-identity entries O(dt |A|) ~ 1e-3) and',
    'Bbar (entries ~1e-4..1e-3) pushes eigenvalues of Abar out of the unit disk within the first steps: measured',
    'training loss 1.2e-4 -> 7e9 after 5 epochs at L = 10^4 (no bug: the kernel gradient matches finite differences).',
    'Quick scale: the paper regime N = 32, dt = 1e-4, L = 10^4, theta = 1 (N^2 dt / 2 = 0.05) with 256 Mixed',
    'training functions, 32 per test set, 50 epochs (2 steps each), 3 seeds; measured 52 s with the analytic trainer',
    'and 685 s with tfjs (wasm), both on 2 cores shared at load ~7-10 (alone, tfjs took 122 s). An earlier quick configuration (N = 16, L = 1000, dt = 1e-3, N^2 dt / 2 = 0.13) made the',
    'construction worse, and trained setting I beat it by 10.8x on Mixed; in the paper regime I is on par with it on',
    'Mixed (err(II) / err(I) 0.6-1.5 over seeds) and 4-18x worse on Linear (the paper: 4.5x worse), so that gap was an',
    'artefact of the coarse step. Trained setting IV, however, beats the construction on Mixed by ~6x on every seed',
    '(growing with training: ~4.8x after 80 steps, ~7.3x after 120) and on Linear by ~1.8x, while staying within 10% of',
    'it on Van der Pol and Filtered Noise: the claims therefore check the factor 3 on the three test sets the paper',
    'reports (its own II / best ratios are 1.04 / 1.67 / 1.22, so 3 leaves ~2x for our generators and metric) and',
    'report the Mixed gain as a separate finding. Setting I at lr 2e-3 does not reliably lower the training loss from',
    'the near-optimal construction (final / initial 0.66-1.65 over seeds), so that claim covers III and IV only. With',
    '2 x 50 Adam steps setting III is still far from converged (errors ~1; the paper has ~1e-2..1 after 8000 steps).',
    "The authors' Van der Pol is one deterministic function, so its test set has one member. Paper scale (N = 32,",
    'dt = 1e-4, 1000 x 10^4, 1000 epochs = 8000 steps, 3 seeds): an analytic float32 step at L = 10^4, batch 128',
    'takes ~8 ms (I, III) and ~16 ms (IV) on 2 cores at load ~3 (bench train-peer; tfjs-wasm: ~0.16 s and ~0.25 s),',
    'so expect ~15 min in all instead of ~3 h (memory: ~0.7 GB of float32 states and ~0.2 GB of input spectra).',
    'With the tfjs trainer the backend is chosen automatically (tfjs-node > wasm > cpu); `reproduce --backend` or',
    'HIPPO_PROPHECY_BACKEND=wasm|cpu|tensorflow forces one.',
  ].join(' '),
  scales: SCALES as unknown as Record<Scale, Record<string, unknown>>,

  run: (ctx) => runFig6(ctx, SCALES[ctx.scale]),

  claims(result): Claim[] {
    return fig6Claims(result);
  },

  figures(result): Record<string, FigureSpec> {
    const colors: Record<PaperSetting, string> = {
      I: '#1f77b4',
      II: '#2ca02c',
      III: '#d62728',
      IV: '#9467bd',
    };
    const label: Record<PaperSetting, string> = {
      I: '(I) C, D trained from construction',
      II: '(II) construction, untrained',
      III: '(III) C, D random, trained',
      IV: '(IV) all trained from construction',
    };
    const { N, L, epochs, seeds } = result.params;
    return {
      bars: seedSpreadBars(
        `Trained vs constructed LegT predictor (N = ${N}, L = ${L}, ${epochs} epochs, ${seeds} seeds)`,
        result.testSets,
        PAPER_SETTINGS.map((setting) => ({
          name: label[setting],
          color: colors[setting],
          spread: result.testSets.map((set) => spread(result.runs, setting, set)),
        })),
        result.testSets.map((s) => result.copyLast[s]),
      ),
    };
  },
};

export type { TestSetName };
