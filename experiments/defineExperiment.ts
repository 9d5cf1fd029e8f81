/**
 * defineExperiment: the one way to write an experiment. It checks the definition once, at import, and freezes it.
 * An experiment decomposed into units (see ExperimentUnits in ./types.ts) gets its `run` from them here: every unit
 * in order, each under `ctx.checkpoint('unit-<k>')` (so a run resumes unit by unit) and copied (as the runner's unit
 * files copy them), then `combine`. The runner runs such units itself, through its unit files
 * (runner/unitFiles.ts), so that one run and the merge of a sharded run combine identical partials.
 *
 * @see arXiv:2407.09375
 */
import type { Experiment, ExperimentContext, ExperimentUnits } from './types.ts';
import { SCALE_NAMES } from './types.ts';

/**
 * The definition of an experiment decomposed into units: `units`, `runUnit` and `combine` instead of `run` (see
 * ExperimentUnits in ./types.ts); `Unit` and `Part` are inferred from them.
 */
export type UnitsDefinition<Params, Result, Unit, Part> = Omit<
  Experiment<Params, Result>,
  'run' | 'units' | 'runUnit' | 'combine'
> &
  ExperimentUnits<Params, Result, Unit, Part>;

/** Experiment ids: folder and results-folder names. */
export const EXPERIMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * An experiment from its definition, checked and frozen. `Params` is inferred from `scales` (one value per scale),
 * `Result` from `run`; `claims` and `figures` receive that `Result`, so no cast is needed anywhere.
 *
 *   defineExperiment({ id, title, reproduces, notes, scales: { quick, paper }, run(ctx, params), claims(result,
 *   scale), figures(result) })
 *
 * An experiment decomposed into units (for `reproduce --shard i/n`) gives `units(params, scale)`,
 * `runUnit(unit, ctx, params)` and `combine(partials, params, info)` instead of `run`, which is then built from them
 * (every unit, then combine; see {@link runAllUnits}).
 *
 * @param definition - see {@link Experiment}; `scales` needs both 'quick' and 'paper'
 * @returns the same definition, frozen (its `scales` record too), with `run` built from the units when they are given
 * @throws RangeError for an id that is not a folder name or an empty title; TypeError for a missing scale or a
 *   missing run / claims / figures function
 * @example
 * const BOUNDS = registerClaims({
 *   total: { name: 'total <= 100', kind: 'finding', source: 'a toy', test: { kind: 'atMost', bound: 100 }, reason: 'a toy bound' },
 * });
 * const toy = defineExperiment({
 *   id: 'toy', title: 'Toy', reproduces: 'beyond the paper', notes: '',
 *   scales: { quick: { n: 3 }, paper: { n: 30 } },
 *   run: async (_ctx, params) => ({ total: params.n }),
 *   claims: (result) => evaluateRegistered(BOUNDS, { total: () => result.total }),
 *   figures: () => ({}),
 * });
 * @see arXiv:2407.09375
 */
export function defineExperiment<Params, Result, Unit, Part>(
  definition: UnitsDefinition<Params, Result, Unit, Part>,
): Experiment<Params, Result>;
export function defineExperiment<Params, Result>(
  definition: Experiment<Params, Result>,
): Experiment<Params, Result>;
export function defineExperiment<Params, Result>(
  definition: Experiment<Params, Result> | UnitsDefinition<Params, Result, unknown, unknown>,
): Experiment<Params, Result> {
  const full: Experiment<Params, Result> =
    'run' in definition && typeof definition.run === 'function'
      ? definition
      : {
          ...definition,
          // the run of a unit-decomposed experiment: every unit, then combine (runAllUnits below)
          run: (ctx: ExperimentContext, params: Params) =>
            runAllUnits(definition as UnitsDefinition<Params, Result, unknown, unknown>, ctx, params),
        };
  checkExperiment(full, 'defineExperiment');
  return Object.freeze({ ...full, scales: Object.freeze({ ...full.scales }) });
}

/**
 * Checks the shape of an experiment (also one not built by {@link defineExperiment}, e.g. a test fixture handed to the
 * runner): an id that is a folder name, a title, string reproduces / notes, run / claims / figures functions and
 * parameters for every scale.
 *
 * @param e - the experiment
 * @param where - the caller, for the messages
 * @throws RangeError for a bad id or an empty title; TypeError for a missing field, function or scale
 * @example checkExperiment(experiments[0], 'myScript')
 */
export function checkExperiment(e: Experiment, where: string): void {
  if (typeof e?.id !== 'string' || !EXPERIMENT_ID_PATTERN.test(e.id)) {
    throw new RangeError(
      `${where}: experiment id must match ${EXPERIMENT_ID_PATTERN}, got ${JSON.stringify(e?.id)}`,
    );
  }
  const { id, title, scales } = e;
  if (typeof title !== 'string' || title.trim() === '') {
    throw new RangeError(
      `${where}: experiment "${id}" needs a non-empty title, got ${JSON.stringify(title)}`,
    );
  }
  for (const key of ['reproduces', 'notes'] as const) {
    if (typeof e[key] !== 'string') {
      throw new TypeError(`${where}: experiment "${id}" needs ${key} as a string, got ${typeof e[key]}`);
    }
  }
  for (const f of ['run', 'claims', 'figures'] as const) {
    if (typeof e[f] !== 'function')
      throw new TypeError(`${where}: experiment "${id}" has no ${f}() function`);
  }
  const unitFns = (['units', 'runUnit', 'combine'] as const).filter((f) => e[f] !== undefined);
  if (unitFns.length > 0) {
    for (const f of ['units', 'runUnit', 'combine'] as const) {
      if (typeof e[f] !== 'function') {
        throw new TypeError(
          `${where}: experiment "${id}" has ${unitFns.join(', ')} but no ${f}() function (units need all three)`,
        );
      }
    }
  }
  if (typeof scales !== 'object' || scales === null) {
    throw new TypeError(`${where}: experiment "${id}" needs scales { quick, paper }, got ${String(scales)}`);
  }
  for (const scale of SCALE_NAMES) {
    if (!(scale in scales) || scales[scale] === undefined) {
      throw new TypeError(`${where}: experiment "${id}" has no parameters for scale "${scale}"`);
    }
  }
}

/** The checkpoint key of unit `k`. */
export function unitKey(k: number): string {
  return `unit-${k}`;
}

/**
 * A context for unit `k` of `count`: progress labelled with the unit, checkpoint keys prefixed with it (units never
 * share a key).
 *
 * @param ctx - the run's context
 * @param k - the unit's index
 * @param count - the number of units
 * @returns the unit's context
 */
export function unitContext(ctx: ExperimentContext, k: number, count: number): ExperimentContext {
  return {
    ...ctx,
    progress: (done, total, label) =>
      ctx.progress(done, total, `unit ${k + 1}/${count}${label === undefined ? '' : `: ${label}`}`),
    checkpoint: (key, compute) => ctx.checkpoint(`${unitKey(k)}-${key}`, compute),
  };
}

/**
 * Runs every unit and combines them (see the module comment).
 *
 * @param def - units, runUnit, combine
 * @param ctx - the run's context
 * @param params - one scale's parameters
 * @returns combine of the partials
 * @example const result = await runAllUnits(experiment, inlineContext(), experiment.scales.quick)
 */
export async function runAllUnits<Params, Result, Unit, Part>(
  def: ExperimentUnits<Params, Result, Unit, Part>,
  ctx: ExperimentContext,
  params: Params,
): Promise<Result> {
  const units = def.units(params, ctx.scale);
  const partials: Part[] = [];
  for (let k = 0; k < units.length; k++) {
    const partial = await ctx.checkpoint(unitKey(k), () =>
      def.runUnit(units[k], unitContext(ctx, k, units.length), params),
    );
    // a copy, as the runner's unit files give (typed arrays, NaN and -0 survive): combine may not share state
    partials.push(structuredClone(partial));
  }
  return def.combine(partials, params, { scale: ctx.scale, seed: ctx.seed });
}
