/**
 * run() of the forecast experiment: every method on every (system, context) cell of the grid from `ics` seeded
 * initial conditions (one worker task per trajectory), summarised per cell.
 *
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
import { systems } from '../../src/systems/index.ts';
import type { SystemName } from '../../src/systems/index.ts';
import { recordOf } from '../common/recordOf.ts';
import { taskRef } from '../runner/workerPool.ts';
import type { ExperimentContext } from '../types.ts';
import { HIPPO, METHOD_LABELS, NGRC } from './methods.ts';
import type { ForecastParams } from './params.ts';
import type { MethodScore, Trace, TrajectoryInput, TrajectoryOutput } from './trajectory.ts';

/** One method on one cell, over the initial conditions. */
export interface MethodCell {
  /** valid time per initial condition (Lyapunov times or time units, see the cell's unit) */
  valid: number[];
  /** initial conditions whose forecast stayed valid over the whole horizon (lower bounds) */
  censored: number;
  /** initial conditions whose forecast diverged (non-finite, or 10x outside the context's range) */
  diverged: number;
  /** features including the constant (ridge methods), else null */
  features: number | null;
  /** median NRMSE over the initial conditions at each of params.nrmseSteps; null where any was not finite */
  nrmse: (number | null)[];
}

/** One (system, context) cell. */
export interface ForecastCell {
  system: SystemName;
  context: number;
  /** 'LT' (Lyapunov times, chaotic systems) or 'tu' (time units) */
  unit: 'LT' | 'tu';
  /** the horizon in the cell's unit (the cap of every valid time) */
  horizonUnits: number;
  /** the closed-loop spectral radius of the plain construction (the same N and window on every cell) */
  plainRadius: number;
  methods: Record<string, MethodCell>;
}

/** Result of the forecast experiment. */
export interface ForecastResult {
  params: ForecastParams;
  methods: string[];
  cells: ForecastCell[];
  /** forecasts of stream 0 of params.traceSystem at its longest context: truth, HiPPO forecaster and NG-RC */
  trace: (Trace & { system: SystemName; context: number; unit: 'LT' | 'tu' }) | null;
}

/** The worker task: forecastTrajectory of ./trajectory.ts. */
const TASK = taskRef(import.meta.url, './trajectory.ts', 'forecastTrajectory');

/** The median of finite values, or null when any is null (a forecast that stopped being finite). */
function medianOrNull(xs: (number | null)[]): number | null {
  if (xs.length === 0 || xs.some((x) => x === null)) return null;
  const s = (xs as number[]).slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The forecast experiment at one scale (tests run tiny ones).
 *
 * @param ctx - the runner's context (seed, map, checkpoints, progress)
 * @param params - grid, initial conditions, horizon, transient, NRMSE steps, trace
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export async function runForecast(ctx: ExperimentContext, params: ForecastParams): Promise<ForecastResult> {
  const traceContext = Math.max(
    ...params.grid.filter((r) => r.systems.includes(params.traceSystem)).map((r) => r.context),
  );
  const cells: ForecastCell[] = [];
  let trace: ForecastResult['trace'] = null;
  const total = params.grid.length;
  let done = 0;
  for (const row of params.grid) {
    const inputs: TrajectoryInput[] = row.systems.flatMap((system) =>
      Array.from({ length: params.ics }, (_, stream) => ({
        system,
        context: row.context,
        horizon: params.horizon,
        seed: ctx.seed,
        stream,
        transient: params.transient,
        nrmseSteps: params.nrmseSteps,
        traceLabels:
          system === params.traceSystem && row.context === traceContext && stream === 0 ? [HIPPO, NGRC] : [],
        tracePoints: params.tracePoints,
      })),
    );
    const outputs = await ctx.checkpoint(`context-${row.context}`, () =>
      ctx.map<TrajectoryInput, TrajectoryOutput>(TASK, inputs),
    );
    ctx.progress(++done, total, `context ${row.context}`);
    for (const system of row.systems) {
      const def = systems[system];
      const mine = outputs.filter((_, i) => inputs[i].system === system);
      const of = (label: string) => mine.map((o) => o.scores.find((s) => s.label === label) as MethodScore);
      const unit = def.chaotic ? 'LT' : 'tu';
      cells.push({
        system,
        context: row.context,
        unit,
        horizonUnits: params.horizon * def.dt * (def.chaotic ? (def.lyapunov ?? NaN) : 1),
        plainRadius: of('legt-stable')[0]?.plainRadius ?? NaN,
        methods: recordOf(METHOD_LABELS, (label) => {
          const s = of(label);
          return {
            valid: s.map((x) => x.valid),
            censored: s.filter((x) => x.censored).length,
            diverged: s.filter((x) => x.diverged).length,
            features: s[0]?.features ?? null,
            nrmse: params.nrmseSteps.map((_, i) => medianOrNull(s.map((x) => x.nrmse[i]))),
          };
        }),
      });
      const traced = mine.find((o) => o.trace !== null);
      if (traced?.trace) trace = { ...traced.trace, system, context: row.context, unit };
    }
  }
  return { params, methods: [...METHOD_LABELS], cells, trace };
}
