/**
 * The error-vs-N sweeps as units for sharded runs (see ExperimentUnits in experiments/types.ts): one unit per
 * (setup, parameter value, batch of `unitFunctions` functions); a unit maps its functions' tasks over the workers;
 * combine gathers each value's outputs in function order and reduces them as one run does (the statistics do not
 * depend on how the functions were split), so the result equals runErrorVsN's.
 *
 * @see arXiv:2407.09375
 */
import { resolveWindow } from '../../../src/metrics/resolveWindow.ts';
import type { ExperimentContext, ExperimentUnits } from '../../types.ts';
import { recordOf } from '../recordOf.ts';
import { chunkInputs, ERROR_VS_N_TASK, reducePanel } from './runErrorVsN.ts';
import { ERROR_MEASURES, ERROR_WINDOWS } from './types.ts';
import type {
  ErrorVsNChunkInput,
  ErrorVsNChunkOutput,
  ErrorVsNResult,
  ErrorVsNScale,
  ErrorVsNSetup,
} from './types.ts';

/** One unit: functions start .. start + count - 1 of value `value` of setup number `setup`. */
export interface ErrorVsNUnit {
  setup: number;
  value: number;
  start: number;
  count: number;
}

/** A unit's partial: its tasks' outputs in function order and its compute time. */
export interface ErrorVsNPartial {
  outputs: ErrorVsNChunkOutput[];
  seconds: number;
}

/**
 * The units of some setups at one scale, setup by setup, value by value, batch by batch.
 *
 * @param setups - the sweeps (figure 4 has one per signal convention)
 * @param scale - functions, taskSize and unitFunctions (a multiple of taskSize)
 * @returns the unit descriptors
 * @throws RangeError when unitFunctions is not a positive multiple of taskSize
 * @example errorVsNUnits([fig3Setup], ERROR_VS_N_SCALES.quick).length // 3 values x 2 batches = 6
 */
export function errorVsNUnits(setups: readonly ErrorVsNSetup[], scale: ErrorVsNScale): ErrorVsNUnit[] {
  const batch = scale.unitFunctions ?? scale.functions;
  if (!Number.isInteger(batch) || batch < 1 || (batch < scale.functions && batch % scale.taskSize !== 0)) {
    throw new RangeError(
      `error-vs-N: unitFunctions must be a positive multiple of taskSize ${scale.taskSize}, got ${batch}`,
    );
  }
  const units: ErrorVsNUnit[] = [];
  setups.forEach((setup, s) => {
    for (const value of setup.values) {
      for (let start = 0; start < scale.functions; start += batch) {
        units.push({ setup: s, value, start, count: Math.min(batch, scale.functions - start) });
      }
    }
  });
  return units;
}

/**
 * Runs one unit: the tasks of its functions through ctx.map.
 *
 * @param ctx - the unit's context (seed, workers, progress)
 * @param setups - the sweeps the units were made from
 * @param unit - the unit
 * @param scale - the scale's parameters
 * @returns the outputs and the compute time
 */
export async function runErrorVsNUnit(
  ctx: ExperimentContext,
  setups: readonly ErrorVsNSetup[],
  unit: ErrorVsNUnit,
  scale: ErrorVsNScale,
): Promise<ErrorVsNPartial> {
  const t0 = performance.now();
  const setup = setups[unit.setup];
  const tag = setup.variant ? `${setup.variant}: ` : '';
  const label = `${tag}${setup.paramName} = ${unit.value}, functions ${unit.start}..${unit.start + unit.count - 1}`;
  ctx.progress(0, 1, label);
  const inputs = chunkInputs(setup, unit.value, scale, ctx.seed).filter(
    (i) => i.stream >= unit.start && i.stream < unit.start + unit.count,
  );
  const outputs = await ctx.map<ErrorVsNChunkInput, ErrorVsNChunkOutput>(ERROR_VS_N_TASK, inputs);
  ctx.progress(1, 1, label);
  return { outputs, seconds: (performance.now() - t0) / 1000 };
}

/**
 * The result of setup number `s` from all units' partials (in unit order).
 *
 * @param setups - the sweeps
 * @param s - which of them
 * @param units - errorVsNUnits(setups, scale)
 * @param partials - the partials, in unit order
 * @param scale - the scale's parameters
 * @param seed - the run's seed
 * @returns what runErrorVsN returns (seconds: the sum of the units' compute times)
 */
export function combineErrorVsN(
  setups: readonly ErrorVsNSetup[],
  s: number,
  units: readonly ErrorVsNUnit[],
  partials: readonly ErrorVsNPartial[],
  scale: ErrorVsNScale,
  seed: number,
): ErrorVsNResult {
  const setup = setups[s];
  const mine = units.map((u, k) => ({ u, p: partials[k] })).filter(({ u }) => u.setup === s);
  const panels = setup.values.map((value) =>
    reducePanel(
      value,
      scale.Ns,
      mine.filter(({ u }) => u.value === value).flatMap(({ p }) => p.outputs),
    ),
  );
  const windowRanges = recordOf(ERROR_WINDOWS, (w) => ({ ...resolveWindow(w, scale.length - 1) }));
  return {
    system: setup.system,
    generateOptions: { ...setup.generateOptions },
    paramName: setup.paramName,
    length: scale.length,
    functions: scale.functions,
    seed,
    Ns: [...scale.Ns],
    measures: [...ERROR_MEASURES],
    windows: [...ERROR_WINDOWS],
    windowRanges,
    predictor:
      "prophecy(hippo(measure, N, { theta: 1 }), { dt: 1 / L }), bilinear + the measure's output rule (trapezoid; " +
      'forward Euler for fout-authors), teacher forcing',
    panels,
    seconds: mine.reduce((t, { p }) => t + p.seconds, 0),
  };
}

/**
 * The unit triple of an experiment made of error-vs-N sweeps (see ExperimentUnits in experiments/types.ts).
 *
 * @param setups - the sweeps, in order
 * @param shape - the experiment's result from the sweeps' results (in the order of `setups`)
 * @returns units, runUnit and combine
 * @example const fig3 = errorVsNExperimentUnits([fig3Setup], ([r]) => r)
 */
export function errorVsNExperimentUnits<R>(
  setups: readonly ErrorVsNSetup[],
  shape: (results: ErrorVsNResult[]) => R,
): ExperimentUnits<ErrorVsNScale, R, ErrorVsNUnit, ErrorVsNPartial> {
  return {
    units: (scale) => errorVsNUnits(setups, scale),
    runUnit: (unit, ctx, scale) => runErrorVsNUnit(ctx, setups, unit, scale),
    combine: (partials, scale, info) => {
      const units = errorVsNUnits(setups, scale);
      return shape(setups.map((_, s) => combineErrorVsN(setups, s, units, partials, scale, info.seed)));
    },
  };
}
