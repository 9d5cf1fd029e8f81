/**
 * run() of the noise experiment: the predictor suite under additive Gaussian observation noise, scored against the
 * clean and the noisy next value, plus the noise gains of the linear predictors.
 *
 * @see arXiv:2407.09375
 */
import {
  CLASSIC_SYSTEMS,
  DEFAULT_CONSTRUCTION,
  METHOD_IDS,
  PAPER_SIGNALS,
  runSuite,
  selectionCounts,
  summarize,
} from '../common/predictorSuite/index.ts';
import type { Cell, ConstructionSettings, MethodId, SuiteSize } from '../common/predictorSuite/index.ts';
import type { ExperimentContext } from '../types.ts';
import { noiseGains } from './noiseGain.ts';
import type { NoiseParams } from './params.ts';

/** Result of the noise experiment. */
export interface NoiseResult {
  size: SuiteSize;
  settings: ConstructionSettings;
  methods: MethodId[];
  keys: string[];
  /** the keys of the classic systems (length systemLength); the others are the paper's signals (signalLength) */
  systems: string[];
  noises: number[];
  /** [noise index][key][method]: one-step MSE (second half) against the clean next value */
  clean: Record<string, Record<MethodId, Cell>>[];
  /** the same against the noisy (observed) next value */
  noisy: Record<string, Record<MethodId, Cell>>[];
  /** [noise index][key]: (N, W) choices of the in-context LegT */
  selected: Record<string, Record<string, number>>[];
  /**
   * noise gain G = sum_j h_j^2 of the linear predictors (impulse response h), see noiseGain.ts, at the length of the
   * paper's signals and of the classic systems (the paper construction's window is the whole context)
   */
  gains: Record<'signal' | 'system', Partial<Record<MethodId, number>>>;
}

/** The observation noise standard deviations (0 = clean). */
export const NOISES = [0, 1e-4, 1e-3, 1e-2];

/**
 * The noise experiment at one size (tests run tiny sizes).
 *
 * @param ctx - the runner's context (seed, map, checkpoints, progress)
 * @param size - functions per family and signal lengths
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export async function runNoise(ctx: ExperimentContext, size: NoiseParams): Promise<NoiseResult> {
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
    systems: CLASSIC_SYSTEMS.map((s) => s.key),
    noises: NOISES,
    clean: NOISES.map((_, i) => summarize(outputs, i, 'clean')),
    noisy: NOISES.map((_, i) => summarize(outputs, i, 'noisy')),
    selected: NOISES.map((_, i) => selectionCounts(outputs, i)),
    gains: {
      signal: noiseGains(settings, size.signalLength),
      system: noiseGains(settings, size.systemLength),
    },
  };
}
