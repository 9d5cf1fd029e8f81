/**
 * run() of the baselines experiment: every method of the predictor suite on the paper's signals and the classic
 * systems, clean, summarised per signal.
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
import type { BaselinesParams } from './params.ts';

/** Result of the baselines experiment. */
export interface BaselinesResult {
  size: SuiteSize;
  settings: ConstructionSettings;
  methods: MethodId[];
  signals: string[];
  systems: string[];
  /** one-step MSE over the second half: table[key][method] = median / min / max over functions (and channels) */
  table: Record<string, Record<MethodId, Cell>>;
  /** how often each (N, W) was chosen by the in-context LegT */
  selected: Record<string, Record<string, number>>;
}

/**
 * The baselines experiment at one size (tests run tiny sizes).
 *
 * @param ctx - the runner's context (seed, map, checkpoints, progress)
 * @param size - functions per family and signal lengths
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export async function runBaselines(ctx: ExperimentContext, size: BaselinesParams): Promise<BaselinesResult> {
  const settings = DEFAULT_CONSTRUCTION;
  const outputs = await runSuite(ctx, [...PAPER_SIGNALS, ...CLASSIC_SYSTEMS], size, [0], settings, 'clean');
  return {
    size,
    settings,
    methods: [...METHOD_IDS],
    signals: PAPER_SIGNALS.map((s) => s.key),
    systems: CLASSIC_SYSTEMS.map((s) => s.key),
    table: summarize(outputs, 0, 'clean'),
    selected: selectionCounts(outputs, 0),
  };
}
