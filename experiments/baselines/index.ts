/**
 * Experiment "baselines": the LegT construction against classical one-step predictors on the paper's signals and
 * the classic systems, clean.
 */
import { barFigure } from '../../src/plot/index.ts';
import type { Claim, Experiment, ExperimentContext, FigureSpec } from '../types.ts';
import { baselinesClaims } from './claims.ts';
import { DEFAULT_CONSTRUCTION, METHOD_IDS, METHOD_LABELS } from './methods.ts';
import type { ConstructionSettings, MethodId } from './methods.ts';
import { runSuite } from './runSuite.ts';
import type { SuiteSize } from './runSuite.ts';
import { CLASSIC_SYSTEMS, PAPER_SIGNALS } from './suite.ts';
import { selectionCounts, summarize } from './summarize.ts';
import type { Cell } from './summarize.ts';

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

const scales = {
  quick: { functions: 8, signalLength: 10000, systemLength: 4000 },
  paper: { functions: 64, signalLength: 10000, systemLength: 10000 },
} satisfies Record<string, SuiteSize>;

/** Grouped bars (log y) of the median error with min-max whiskers, one group per method. */
export function errorBars(
  title: string,
  table: Record<string, Record<MethodId, Cell>>,
  keys: string[],
  methods: readonly MethodId[],
  yLabel: string,
): FigureSpec {
  return barFigure({
    title,
    xLabel: 'signal',
    yLabel,
    logY: true,
    categories: keys,
    groups: methods.map((m) => ({
      name: METHOD_LABELS[m],
      values: keys.map((k) => table[k][m].median),
      min: keys.map((k) => table[k][m].min),
      max: keys.map((k) => table[k][m].max),
    })),
  });
}

export const experiment: Experiment<BaselinesResult> = {
  id: 'baselines',
  title: 'The construction against classical one-step predictors (clean signals)',
  reproduces: 'beyond the paper',
  notes:
    'One-step MSE of out[k] against u[k + 1] over the second half of each context (oneStepError, window ' +
    "'second-half'), median over functions (and channels) with min-max whiskers. The paper's signals are generated " +
    'with their defaults (L = 10^4); classic systems start from random initial conditions, run 50 time units of ' +
    'transient, are min-max scaled per channel and every channel is scored. LegT predictors are parametrised in ' +
    'samples: window W = theta / dt with dt = 1 / L; "paper" is N = 17 with theta = 1 (W = L, the window spans the ' +
    'whole context), "short" N = 9 with W = 300 samples (theta = 0.03 of a 10^4 context, paper-notes section 7), ' +
    '"chosen in context" picks (N, W) from a bank (N in {3, 5, 9}, W a power of two in [16, 1024] with W >= N^2) by ' +
    'its MSE on prediction indices [L/4, L/2), i.e. from the first half only. Baselines: the src/baselines registry ' +
    'with its defaults (finite differences at orders 1-4).',
  scales,
  run(ctx) {
    return runBaselines(ctx, scales[ctx.scale]);
  },
  claims(result): Claim[] {
    return baselinesClaims(result);
  },
  figures(result) {
    return baselinesFigures(result);
  },
};

/** The body of the baselines experiment at a given size (exported so tests can run tiny sizes). */
export async function runBaselines(ctx: ExperimentContext, size: SuiteSize): Promise<BaselinesResult> {
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

/** The figures of the baselines experiment. */
export function baselinesFigures(result: BaselinesResult): Record<string, FigureSpec> {
  return {
    signals: errorBars(
      "One-step MSE (second half) on the paper's signals",
      result.table,
      result.signals,
      result.methods,
      'MSE',
    ),
    systems: errorBars(
      'One-step MSE (second half) on classic systems (min-max scaled, all channels)',
      result.table,
      result.systems,
      result.methods,
      'MSE',
    ),
  };
}
