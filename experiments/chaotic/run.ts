/**
 * run() of the chaotic experiment: every method on every classic system (one worker task per function), the
 * closed-loop radius grid, and the per-system summaries.
 *
 * @see arXiv:2407.09375
 */
import { systems } from '../../src/systems/index.ts';
import type { SystemName } from '../../src/systems/index.ts';
import { cellOf, DEFAULT_CONSTRUCTION, METHOD_IDS } from '../common/predictorSuite/index.ts';
import type { Cell, MethodId } from '../common/predictorSuite/index.ts';
import { recordOf } from '../common/recordOf.ts';
import { taskRef } from '../runner/workerPool.ts';
import type { ExperimentContext } from '../types.ts';
import { radiusGrid } from './closedLoop.ts';
import type { SystemInput, SystemOutput } from './evaluateSystem.ts';
import type { ChaoticParams } from './params.ts';

/** Result of the chaotic experiment. */
export interface ChaoticResult {
  size: ChaoticParams;
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

/** The systems, in figure order. */
export const CHAOTIC_SYSTEMS: SystemName[] = [
  'lorenz',
  'rossler',
  'duffing',
  'van-der-pol',
  'lotka-volterra',
  'pendulum',
];

/** The worker task: evaluateSystem of ./evaluateSystem.ts. */
const TASK = taskRef(import.meta.url, './evaluateSystem.ts', 'evaluateSystem');

/** N and W of the closed-loop grid. */
const RADIUS_N = [1, 2, 3, 5, 9, 17];
const RADIUS_W = [16, 32, 64, 128, 256, 512, 1024, 4096];

/**
 * The chaotic experiment at one size (tests run tiny sizes).
 *
 * @param ctx - the runner's context (seed, map, checkpoints, progress)
 * @param size - functions per system, context, horizon and AR(4) memory
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export async function runChaotic(ctx: ExperimentContext, size: ChaoticParams): Promise<ChaoticResult> {
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
    result.oneStep[s] = recordOf(METHOD_IDS, (m) => cellOf(mine.flatMap((o) => o.oneStep[m])));
    result.vpt[s] = recordOf(METHOD_IDS, (m) => cellOf(mine.map((o) => o.vptTime[m])));
    result.censored[s] = recordOf(
      METHOD_IDS,
      (m) => mine.filter((o) => !o.exceeded[m]).length / Math.max(1, mine.length),
    );
    const counts: Record<string, number> = {};
    for (const o of mine)
      for (const c of o.selected) counts[`N${c.N}/W${c.W}`] = (counts[`N${c.N}/W${c.W}`] ?? 0) + 1;
    result.selected[s] = counts;
    const traced = mine.find((o) => o.trace);
    if (traced?.trace) result.traces[s] = traced.trace;
  }
  return result;
}
