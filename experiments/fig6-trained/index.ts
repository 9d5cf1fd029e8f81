/**
 * Figure 6 of arXiv:2407.09375: trained vs constructed LegT predictors. Settings (I) Cbar, Dbar trained from the
 * construction, (II) the construction untrained, (III) Abar, Bbar from the construction with Gaussian Cbar, Dbar
 * trained, (IV) all four from the construction and trained; trained on Mixed, evaluated on Linear, Van der Pol,
 * Mixed and Filtered Noise (alpha 0.1).
 */
import path from 'node:path';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
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
import type { Claim, Experiment, FigureSpec, Scale } from '../types.ts';
import { backendChoice, copyLastError, TEST_SET_NAMES, trainingData, type TestSetName } from './data.ts';

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

interface Fig6Params {
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
  learningRate: number;
  backend: string;
  /** the factor by which (II) may exceed the best trained setting on every test set */
  factorII: number;
}

const PAPER: Fig6Result['paper'] = {
  Linear: { I: 6.5e-3, II: 1.45e-3, III: 1.15e-2, IV: 1.4e-3 },
  'Van der Pol': { I: 1.2e-3, II: 2.0e-3, III: 4.0e-2, IV: 1.6e-3 },
  'Filtered Noise': { I: 8.2e-2, II: 1.0e-1, III: 1.45, IV: 8.5e-2 },
};

const SCALES: Record<Scale, Fig6Params> = {
  quick: {
    N: 16,
    L: 1000,
    dt: 1e-3,
    theta: 1,
    trainCount: 256,
    testCount: 64,
    epochs: 150,
    evalEvery: 50,
    seeds: 3,
    batch: 128,
    learningRate: 2e-3,
    backend: 'auto',
    factorII: 3,
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
    backend: 'auto',
    factorII: 3,
  },
};

/** mean, min, max of one setting's error on one test set over seeds */
export function spread(
  runs: Fig6Run[],
  setting: PaperSetting,
  set: string,
): { mean: number; min: number; max: number } {
  const v = runs.filter((r) => r.setting === setting).map((r) => r.errors[set]);
  return { mean: v.reduce((a, b) => a + b, 0) / v.length, min: Math.min(...v), max: Math.max(...v) };
}

export const experiment: Experiment<Fig6Result> = {
  id: 'fig6-trained',
  title: 'Trained vs constructed LegT predictors (settings I-IV)',
  reproduces: 'arXiv:2407.09375 figure 6',
  notes: [
    'Predictor: LegT, theta = 1, dt = 1/L (the window spans the context), bilinear Abar, Bbar, trapezoid Cbar, Dbar',
    '(src/construction prophecy). Loss and metric: mean L1 one-step error |uhat_{k+1} - u_{k+1}| over the second',
    'half of each context (the paper trains on this loss; its reported metric is not stated, we report the same L1).',
    'Adam (lr 2e-3, PyTorch betas), batch 128, batch order seeded per epoch; setting III draws Cbar, Dbar ~ N(0, 1)',
    '(the construction has |Cbar_j| <~ 1, Dbar ~ 1-3). Float32 training on tfjs; states of I-III precomputed in',
    'float64, IV via the kernel K_j = Cbar Abar^j Bbar (repeated squaring) and a causal Toeplitz product.',
    'Quick scale: N = 16, L = 1000, dt = 1e-3 (D dt/2 = N^2 dt/2 = 0.13, Dbar = 1.29; the paper has 0.05 and 1.11;',
    'N = 32 at dt = 1e-3 would give D dt/2 = 0.51, Dbar = 3.1, a much worse construction), 256 Mixed functions,',
    "150 epochs, 3 seeds. The authors' Van der Pol is one deterministic function, so its test set has one",
    'member. Paper scale (N = 32, dt = 1e-4, 1000 x 10^4, 1000 epochs, 3 seeds) is runnable but long: measured on the',
    'wasm backend (2 shared cores) at L = 1000, batch 128, a step costs ~13 ms (I, III) and ~75 ms (IV); the step cost',
    'grows ~L for I-III and ~L^2 for IV, so at L = 10^4 (8 steps per epoch) expect ~0.13 s x 8 x 1000 ~ 20 min per',
    'seed for I and III and ~7.5 s x 8 x 1000 ~ 17 h per seed for IV, i.e. ~2 days for the full paper scale.',
    'The backend is chosen automatically (tfjs-node > wasm > cpu); HIPPO_PROPHECY_BACKEND=wasm|cpu|tensorflow forces one.',
  ].join(' '),
  scales: SCALES as unknown as Record<Scale, Record<string, unknown>>,

  async run(ctx) {
    const p = SCALES[ctx.scale];
    const sel = await selectBackend({ backend: backendChoice(p.backend) });
    ctx.log(
      `tfjs backend: ${sel.name}${sel.skipped.length ? ` (skipped ${sel.skipped.map((s) => s.name).join(', ')})` : ''}`,
    );
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
        const model = trainablePredictor(construction, { setting, seed: mixSeed(ctx.seed, seed) });
        const before = done;
        const r = await trainModel(model, train, {
          epochs: p.epochs,
          batchSize: p.batch,
          learningRate: p.learningRate,
          seed: mixSeed(ctx.seed + 7, seed),
          evalEvery: p.evalEvery,
          evalSets: tests,
          diagnostics: () => {
            const d = predictorDistances(model.read(), construction);
            return { distAbar: d.Abar, distBbar: d.Bbar, distCbar: d.Cbar, distDbar: d.Dbar };
          },
          checkpoint: fileCheckpointStore<TrainCheckpoint>(
            path.join(ctx.outDir, 'checkpoints', `${key}.json`),
          ),
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
      backend: sel.name,
      params: p,
      testSets: TEST_SET_NAMES,
      copyLast,
      runs,
      paper: PAPER,
    };
  },

  claims(result): Claim[] {
    const sets = result.testSets;
    const factor = result.params.factorII;
    const claims: Claim[] = [];
    claims.push(
      guardClaim('(II) within a factor of the best trained setting on every test set', () => {
        const ratios = sets.map((s) => {
          const best = Math.min(
            ...(['I', 'III', 'IV'] as const).map((st) => spread(result.runs, st, s).mean),
          );
          return spread(result.runs, 'II', s).mean / best;
        });
        return claimAtMost(
          '(II) within a factor of the best trained setting on every test set',
          Math.max(...ratios),
          factor,
          `max over test sets of err(II) / min(mean err of I, III, IV); per set: ${sets.map((s, i) => `${s} ${ratios[i].toFixed(2)}`).join(', ')}`,
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
    claims.push(
      guardClaim('training lowers the training loss', () => {
        const trained = result.runs.filter((r) => r.setting !== 'II');
        const ratio = Math.max(...trained.map((r) => r.trainLossFinal / r.trainLossInitial));
        return {
          name: 'training lowers the training loss',
          value: ratio,
          bound: '< 1',
          pass: ratio < 1,
          detail:
            'max over trained runs (I, III, IV x seeds) of final / initial mean L1 loss on the Mixed training set',
        };
      }),
    );
    return claims;
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
    const data: Record<string, unknown>[] = PAPER_SETTINGS.map((setting) => {
      const s = result.testSets.map((set) => spread(result.runs, setting, set));
      return {
        type: 'bar',
        name: label[setting],
        x: result.testSets,
        y: s.map((v) => v.mean),
        marker: { color: colors[setting] },
        error_y: {
          type: 'data',
          symmetric: false,
          array: s.map((v) => v.max - v.mean),
          arrayminus: s.map((v) => v.mean - v.min),
        },
      };
    });
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: 'copy last value',
      x: result.testSets,
      y: result.testSets.map((s) => result.copyLast[s]),
      marker: { symbol: 'line-ew-open', size: 30, color: 'black' },
    });
    const { N, L, epochs, seeds } = result.params;
    return {
      bars: {
        data,
        layout: {
          title: {
            text: `Trained vs constructed LegT predictor (N = ${N}, L = ${L}, ${epochs} epochs, ${seeds} seeds)`,
          },
          barmode: 'group',
          xaxis: { title: { text: 'test set' } },
          yaxis: { title: { text: 'mean L1 one-step error (second half)' }, type: 'log' },
          legend: { orientation: 'h', y: -0.2 },
        },
      },
    };
  },
};

export type { TestSetName };
