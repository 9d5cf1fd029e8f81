/**
 * Experiment "chaotic": one-step error and free-running rollout of the multichannel construction and the baselines
 * on classic (chaotic and periodic) systems, plus the stability of the construction's autoregressive closed loop.
 */
import { barFigure, heatmapFigure, lineFigure } from '../../src/plot/index.ts';
import { systems } from '../../src/systems/index.ts';
import type { SystemName } from '../../src/systems/index.ts';
import type { Experiment, ExperimentContext, FigureSpec } from '../types.ts';
import { errorBars } from '../baselines/index.ts';
import { DEFAULT_CONSTRUCTION, legtPredictor, METHOD_IDS, METHOD_LABELS } from '../baselines/methods.ts';
import type { MethodId } from '../baselines/methods.ts';
import { cellOf } from '../baselines/summarize.ts';
import type { Cell } from '../baselines/summarize.ts';
import { chaoticClaims } from './claims.ts';
import { closedLoopRadius } from './closedLoop.ts';
import type { SystemInput, SystemOutput } from './evaluateSystem.ts';
import { taskRef } from '../runner/workerPool.ts';

/** Sizes of a run. */
export interface ChaoticSize {
  functions: number;
  context: number;
  horizon: number;
  arMemory: number;
}

/** Result of the chaotic experiment. */
export interface ChaoticResult {
  size: ChaoticSize;
  methods: MethodId[];
  systems: SystemName[];
  /** largest Lyapunov exponent per system (null: not chaotic) and its time scale */
  lyapunov: Record<string, number | null>;
  timeScale: Record<string, number>;
  /** one-step MSE (second half of the context), over functions and channels */
  oneStep: Record<string, Record<MethodId, Cell>>;
  /** valid prediction time in time units, over functions */
  vpt: Record<string, Record<MethodId, Cell>>;
  /** fraction of functions whose forecast stayed valid over the whole horizon (VPT is then a lower bound) */
  censored: Record<string, Record<MethodId, number>>;
  /** in-context (N, W) choices per system */
  selected: Record<string, Record<string, number>>;
  /** closed-loop spectral radius grid: rho[i][j] for N = radiusN[i], W = radiusW[j] (NaN where N^2/(2W) >= 1) */
  radiusN: number[];
  radiusW: number[];
  radius: number[][];
  /** forecasts of channel 0 of function 0 of each system */
  traces: Record<string, { truth: number[]; forecasts: Record<MethodId, number[]> }>;
}

const scales = {
  quick: { functions: 6, context: 2000, horizon: 1000, arMemory: 256 },
  paper: { functions: 32, context: 5000, horizon: 2000, arMemory: 512 },
} satisfies Record<string, ChaoticSize>;

export const CHAOTIC_SYSTEMS: SystemName[] = [
  'lorenz',
  'rossler',
  'duffing',
  'van-der-pol',
  'lotka-volterra',
  'pendulum',
];

const TASK = taskRef(import.meta.url, './evaluateSystem.ts', 'evaluateSystem');

/** N and W of the closed-loop grid. */
const RADIUS_N = [1, 2, 3, 5, 9, 17];
const RADIUS_W = [16, 32, 64, 128, 256, 512, 1024, 4096];

/** rho(N, W) over the grid (context length only fixes dt = 1 / L, which cancels: rho depends on N and W). */
export function radiusGrid(Ns: number[], Ws: number[]): number[][] {
  return Ns.map((N) => Ws.map((W) => (N * N < 2 * W ? closedLoopRadius(legtPredictor(N, W, 4 * W)) : NaN)));
}

export const experiment: Experiment<ChaoticResult> = {
  id: 'chaotic',
  title: 'Chaotic and periodic systems: one-step error, rollout valid prediction time, closed-loop stability',
  reproduces: 'beyond the paper',
  notes:
    'Each function starts from a random initial condition, runs 50 time units of transient and is min-max scaled per ' +
    'channel. A method sees the first T states (the context) of every channel. One-step: teacher-forced MSE over the ' +
    'second half of the context, every channel. Rollout: from the T true states every channel is fed its own ' +
    'forecasts for `horizon` steps; the valid prediction time is the first time the std-normalised error over all ' +
    'channels exceeds 0.4 (src/metrics validPredictionTime), reported in Lyapunov times (lambda from the systems ' +
    'registry) for chaotic systems and in time units otherwise; a forecast valid over the whole horizon gives a lower ' +
    'bound (counted as censored). The construction runs as a src/multichannel bank (dt = 1 / T, window W = theta / dt ' +
    'samples): "paper" N = 17, theta = 1 (W = T); "short" N = 9, W = 300; "chosen in context" per channel from the ' +
    'bank of the baselines experiment by teacher-forced MSE on context indices [T/4, T/2). Baselines roll out through ' +
    'causalRollout (finite-memory predictors get exactly their memory; AR(4) refits on the last arMemory samples, ' +
    'which changed no VPT by more than ~15% against the whole history in a check). The closed-loop spectral radius ' +
    'rho of (x, v) -> (Abar x + Bbar v, Cbar (Abar x + Bbar v) + Dbar v) is computed from ||M^k||^(1/k) at k = 2^48; ' +
    'values of rho - 1 below ~1e-5 are at the float64 resolution of eigenvalues clustered at 1.',
  scales,
  run(ctx) {
    return runChaotic(ctx, scales[ctx.scale]);
  },
  claims(result) {
    return chaoticClaims(result);
  },
  figures(result) {
    return chaoticFigures(result);
  },
};

/** The body of the chaotic experiment at a given size (exported so tests can run tiny sizes). */
export async function runChaotic(ctx: ExperimentContext, size: ChaoticSize): Promise<ChaoticResult> {
  const outputs: SystemOutput[] = [];
  let done = 0;
  for (const system of CHAOTIC_SYSTEMS) {
    const inputs: SystemInput[] = Array.from({ length: size.functions }, (_, f) => ({
      system,
      seed: ctx.seed,
      stream: f,
      context: size.context,
      horizon: size.horizon,
      arMemory: size.arMemory,
      settings: DEFAULT_CONSTRUCTION,
      keepTrace: f === 0,
    }));
    outputs.push(
      ...(await ctx.checkpoint(`system-${system}`, () => ctx.map<SystemInput, SystemOutput>(TASK, inputs))),
    );
    ctx.progress(++done, CHAOTIC_SYSTEMS.length + 1, system);
  }
  const radius = await ctx.checkpoint('closed-loop', () => radiusGrid(RADIUS_N, RADIUS_W));
  ctx.progress(CHAOTIC_SYSTEMS.length + 1, CHAOTIC_SYSTEMS.length + 1, 'closed loop');
  const result: ChaoticResult = {
    size,
    methods: [...METHOD_IDS],
    systems: CHAOTIC_SYSTEMS,
    lyapunov: Object.fromEntries(
      CHAOTIC_SYSTEMS.map((s) => [s, systems[s].chaotic ? systems[s].lyapunov : null]),
    ),
    timeScale: Object.fromEntries(CHAOTIC_SYSTEMS.map((s) => [s, systems[s].timeScale])),
    oneStep: {},
    vpt: {},
    censored: {},
    selected: {},
    radiusN: RADIUS_N,
    radiusW: RADIUS_W,
    radius,
    traces: {},
  };
  for (const s of CHAOTIC_SYSTEMS) {
    const mine = outputs.filter((o) => o.system === s);
    result.oneStep[s] = Object.fromEntries(
      METHOD_IDS.map((m) => [m, cellOf(mine.flatMap((o) => o.oneStep[m]))]),
    ) as Record<MethodId, Cell>;
    result.vpt[s] = Object.fromEntries(
      METHOD_IDS.map((m) => [m, cellOf(mine.map((o) => o.vptTime[m]))]),
    ) as Record<MethodId, Cell>;
    result.censored[s] = Object.fromEntries(
      METHOD_IDS.map((m) => [m, mine.filter((o) => !o.exceeded[m]).length / Math.max(1, mine.length)]),
    ) as Record<MethodId, number>;
    const counts: Record<string, number> = {};
    for (const o of mine)
      for (const c of o.selected) counts[`N${c.N}/W${c.W}`] = (counts[`N${c.N}/W${c.W}`] ?? 0) + 1;
    result.selected[s] = counts;
    const traced = mine.find((o) => o.trace);
    if (traced?.trace) result.traces[s] = traced.trace;
  }
  return result;
}

/** The figures of the chaotic experiment. */
export function chaoticFigures(result: ChaoticResult): Record<string, FigureSpec> {
  const chaotic = result.systems.filter((s) => result.lyapunov[s] !== null);
  const regular = result.systems.filter((s) => result.lyapunov[s] === null);
  const vptBars = (keys: string[], scale: (s: string) => number, unit: string, title: string): FigureSpec =>
    barFigure({
      title,
      xLabel: 'system',
      yLabel: `valid prediction time (${unit})`,
      logY: true,
      categories: keys,
      groups: result.methods.map((m) => ({
        name: METHOD_LABELS[m],
        values: keys.map((k) => result.vpt[k][m].median * scale(k)),
        min: keys.map((k) => result.vpt[k][m].min * scale(k)),
        max: keys.map((k) => result.vpt[k][m].max * scale(k)),
      })),
    });
  const figs: Record<string, FigureSpec> = {
    'one-step': errorBars(
      'One-step MSE (second half of the context), all channels, min-max scaled',
      result.oneStep,
      result.systems,
      result.methods,
      'MSE',
    ),
    'vpt-chaotic': vptBars(
      chaotic,
      (s) => result.lyapunov[s] ?? NaN,
      'Lyapunov times',
      'Rollout valid prediction time, chaotic systems (median, min-max over functions)',
    ),
    'vpt-regular': vptBars(
      regular,
      () => 1,
      'time units',
      'Rollout valid prediction time, periodic systems (median, min-max; the horizon caps it)',
    ),
    'closed-loop': heatmapFigure({
      title: 'Closed-loop spectral radius of the LegT predictor fed its own output: rho - 1',
      xLabel: 'window W (samples)',
      yLabel: 'N',
      zLabel: 'rho - 1',
      x: result.radiusW,
      y: result.radiusN,
      z: result.radius.map((row) => row.map((r) => r - 1)),
      logX: true,
      logY: true,
      logZ: true,
    }),
  };
  const lorenz = result.traces['lorenz'];
  if (lorenz) {
    const n = Math.min(300, lorenz.truth.length);
    const x = Array.from({ length: n }, (_, k) => k);
    const shown: MethodId[] = ['legt-select', 'legt-short', 'fd4', 'ar4', 'copyLast'];
    figs['lorenz-rollout'] = lineFigure({
      title: 'Lorenz x (min-max scaled): free-running forecasts after the context (function 0)',
      xLabel: 'steps after the context',
      yLabel: 'x',
      series: [
        { name: 'truth', x, y: lorenz.truth.slice(0, n), color: '#000000' },
        // a diverged forecast is clipped to [-1, 2] so the truth stays readable
        ...shown.map((m) => ({
          name: METHOD_LABELS[m],
          x,
          y: lorenz.forecasts[m].slice(0, n).map((v) => Math.max(-1, Math.min(2, v))),
          dash: 'dash' as const,
        })),
      ],
    });
  }
  return figs;
}
