/**
 * Experiment "noise": the comparison of the baselines experiment under additive Gaussian observation noise.
 */
import { heatmapFigure, lineFigure } from '../../src/plot/index.ts';
import type { Experiment, ExperimentContext, FigureSpec } from '../types.ts';
import { errorBars } from '../baselines/index.ts';
import { DEFAULT_CONSTRUCTION, METHOD_IDS, METHOD_LABELS } from '../baselines/methods.ts';
import type { ConstructionSettings, MethodId } from '../baselines/methods.ts';
import { runSuite } from '../baselines/runSuite.ts';
import type { SuiteSize } from '../baselines/runSuite.ts';
import { CLASSIC_SYSTEMS, PAPER_SIGNALS } from '../baselines/suite.ts';
import { selectionCounts, summarize } from '../baselines/summarize.ts';
import type { Cell } from '../baselines/summarize.ts';
import { noiseClaims } from './claims.ts';
import { noiseGains } from './noiseGain.ts';

/** Result of the noise experiment. */
export interface NoiseResult {
  size: SuiteSize;
  settings: ConstructionSettings;
  methods: MethodId[];
  keys: string[];
  noises: number[];
  /** [noise index][key][method]: one-step MSE (second half) against the clean next value */
  clean: Record<string, Record<MethodId, Cell>>[];
  /** the same against the noisy (observed) next value */
  noisy: Record<string, Record<MethodId, Cell>>[];
  /** [noise index][key]: (N, W) choices of the in-context LegT */
  selected: Record<string, Record<string, number>>[];
  /** noise gain G = sum_j h_j^2 of the linear predictors (impulse response h), see noiseGain.ts */
  gains: Partial<Record<MethodId, number>>;
}

const scales = {
  quick: { functions: 6, signalLength: 10000, systemLength: 4000 },
  paper: { functions: 32, signalLength: 10000, systemLength: 10000 },
} satisfies Record<string, SuiteSize>;

export const NOISES = [0, 1e-4, 1e-3, 1e-2];

/** Signals shown as error-vs-sigma lines. */
const LINE_KEYS = ['white g2', 'filtered a0.1', 'lorenz', 'pendulum'];

export const experiment: Experiment<NoiseResult> = {
  id: 'noise',
  title: 'One-step prediction under observation noise: the construction against classical predictors',
  reproduces: 'beyond the paper',
  notes:
    'The signals, methods and metric of the baselines experiment, observed with additive Gaussian noise of standard ' +
    "deviation sigma in {0, 1e-4, 1e-3, 1e-2} (generate's noise option, after scaling: the paper's signals lie in " +
    '[0, 1] or [-1, 1], the classic systems are min-max scaled to [0, 1]). Every method sees only the noisy sequence ' +
    '(the in-context LegT also chooses its (N, W) on the noisy first half). Errors are scored against the CLEAN next ' +
    'value (what a denoising predictor should approach) and also against the noisy one; the claims use the clean ' +
    'target. For a causal predictor the noisy-target error is the clean-target error plus sigma^2 (the next noise ' +
    'sample is independent of the prediction), which a claim checks. For linear time-invariant predictors the ' +
    'noise adds sigma^2 G to the clean-target error, with G = sum_j h_j^2 the energy of the impulse response ' +
    '(finite differences of order p: G = binom(2p + 2, p + 1) - 1, 251 at p = 4).',
  scales,
  run(ctx) {
    return runNoise(ctx, scales[ctx.scale]);
  },
  claims(result) {
    return noiseClaims(result);
  },
  figures(result) {
    return noiseFigures(result);
  },
};

/** The body of the noise experiment at a given size (exported so tests can run tiny sizes). */
export async function runNoise(ctx: ExperimentContext, size: SuiteSize): Promise<NoiseResult> {
  const settings = DEFAULT_CONSTRUCTION;
  const outputs = await runSuite(
    ctx,
    [...PAPER_SIGNALS, ...CLASSIC_SYSTEMS],
    size,
    NOISES,
    settings,
    'noisy',
  );
  return {
    size,
    settings,
    methods: [...METHOD_IDS],
    keys: [...PAPER_SIGNALS, ...CLASSIC_SYSTEMS].map((s) => s.key),
    noises: NOISES,
    clean: NOISES.map((_, i) => summarize(outputs, i, 'clean')),
    noisy: NOISES.map((_, i) => summarize(outputs, i, 'noisy')),
    selected: NOISES.map((_, i) => selectionCounts(outputs, i)),
    gains: noiseGains(settings, size.signalLength),
  };
}

/** The figures of the noise experiment. */
export function noiseFigures(result: NoiseResult): Record<string, FigureSpec> {
  const last = result.noises.length - 1;
  const figs: Record<string, FigureSpec> = {
    'sigma-max': errorBars(
      `One-step MSE against the clean next value, sigma = ${result.noises[last]}`,
      result.clean[last],
      result.keys,
      result.methods,
      'MSE (clean target)',
    ),
  };
  const sigmas = result.noises.filter((s) => s > 0);
  const idx = result.noises.map((s, i) => (s > 0 ? i : -1)).filter((i) => i >= 0);
  for (const key of LINE_KEYS.filter((k) => result.keys.includes(k))) {
    figs[`lines-${key.replace(/[^a-z0-9]+/gi, '-')}`] = lineFigure({
      title: `${key}: one-step MSE (clean target) against the noise level`,
      xLabel: 'noise sigma',
      yLabel: 'MSE (clean target)',
      logX: true,
      logY: true,
      series: [
        ...result.methods.map((m) => ({
          name: METHOD_LABELS[m],
          x: sigmas,
          y: idx.map((i) => result.clean[i][key][m].median),
          markers: true,
        })),
        { name: 'sigma^2', x: sigmas, y: sigmas.map((s) => s * s), dash: 'dot' as const, color: '#000000' },
      ],
    });
  }
  // log10 of the median over signal families of error / copy-last error, per method and sigma
  figs['ratio-heatmap'] = heatmapFigure({
    title: 'Median over signals of MSE / copy-last MSE (clean target); < 1 beats copy-last',
    xLabel: 'noise sigma (index: 0, 1e-4, 1e-3, 1e-2)',
    yLabel: 'method',
    zLabel: 'MSE / copy-last',
    x: result.noises.map((_, i) => i),
    y: result.methods.map((_, i) => i),
    z: result.methods.map((m) => result.noises.map((_, i) => medianRatioToCopyLast(result, i, m))),
    logZ: true,
  });
  return figs;
}

/** Median over signal families of clean-target error of `m` divided by copy-last's, at noise index i. */
export function medianRatioToCopyLast(result: NoiseResult, i: number, m: MethodId): number {
  const r = result.keys
    .map((k) => result.clean[i][k][m].median / result.clean[i][k].copyLast.median)
    .sort((a, b) => a - b);
  const n = r.length;
  return n % 2 === 1 ? r[(n - 1) / 2] : (r[n / 2 - 1] + r[n / 2]) / 2;
}
