/**
 * defineExperiment: the one way to write an experiment. It checks the definition once, at import, and freezes it.
 *
 * @see arXiv:2407.09375
 */
import type { Experiment } from './types.ts';
import { SCALE_NAMES } from './types.ts';

/** Experiment ids: folder and results-folder names. */
export const EXPERIMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * An experiment from its definition, checked and frozen. `Params` is inferred from `scales` (one value per scale),
 * `Result` from `run`; `claims` and `figures` receive that `Result`, so no cast is needed anywhere.
 *
 *   defineExperiment({ id, title, reproduces, notes, scales: { quick, paper }, run(ctx, params), claims(result,
 *   scale), figures(result) })
 *
 * @param definition - see {@link Experiment}; `scales` needs both 'quick' and 'paper'
 * @returns the same definition, frozen (its `scales` record too)
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
export function defineExperiment<Params, Result>(
  definition: Experiment<Params, Result>,
): Experiment<Params, Result> {
  checkExperiment(definition, 'defineExperiment');
  return Object.freeze({ ...definition, scales: Object.freeze({ ...definition.scales }) });
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
  if (typeof scales !== 'object' || scales === null) {
    throw new TypeError(`${where}: experiment "${id}" needs scales { quick, paper }, got ${String(scales)}`);
  }
  for (const scale of SCALE_NAMES) {
    if (!(scale in scales) || scales[scale] === undefined) {
      throw new TypeError(`${where}: experiment "${id}" has no parameters for scale "${scale}"`);
    }
  }
}
