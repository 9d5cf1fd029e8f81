/**
 * Unit files: the partial results of an experiment's units (see ExperimentUnits in ../types.ts), one file per unit,
 * `<out>/<id>/units/<k>.json`, written atomically through the checkpoint store (so each carries a stamp and a SHA-256
 * checksum of its payload, and an edited, truncated or foreign file is never used). An experiment without `units` is
 * one unit, the whole run. The stamp is the checkpoint stamp (id, scale, seed, version, parameters, code) and the
 * hash of the unit list, so a file of another scale, seed, code or decomposition is recomputed, never combined.
 *
 *   <k>.json: { stamp, sha256, value }    value = { unit, seconds, partial } (lossless JSON, see jsonEncoding.ts)
 *
 * A single run of a decomposed experiment goes through the same files (and resumes from them), so one run and the
 * merge of a sharded run call `combine` on identical partials.
 *
 * @see arXiv:2407.09375
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unitContext } from '../defineExperiment.ts';
import type { Experiment, ExperimentContext, Scale } from '../types.ts';
import { createCheckpointStore, type CheckpointStore } from './checkpointStore.ts';
import { sha256 } from './codeHash.ts';
import { toPlainJson } from './jsonEncoding.ts';
import { UNITS_DIR } from './outputLayout.ts';

/** The one unit of an experiment that has no `units`: its whole run. */
export const WHOLE_RUN_UNIT = Object.freeze({ whole: 'run' });

/** What a unit file holds (its `value`). */
export interface UnitValue {
  /** the unit's descriptor */
  unit: unknown;
  /** its compute time (kept out of result.json) */
  seconds: number;
  /** runUnit's partial (the whole result for an experiment without units) */
  partial: unknown;
}

/**
 * The units of an experiment at one scale.
 *
 * @param exp - the experiment
 * @param scale - the scale
 * @returns its unit descriptors, or [WHOLE_RUN_UNIT] when it has no `units`
 * @throws TypeError when `units` returns no array or an empty one
 * @example unitsOf(experiment, 'quick').length >= 1
 */
export function unitsOf(exp: Experiment, scale: Scale): readonly unknown[] {
  if (exp.units === undefined) return [WHOLE_RUN_UNIT];
  const units = exp.units(exp.scales[scale], scale);
  if (!Array.isArray(units) || units.length === 0) {
    throw new TypeError(
      `experiment "${exp.id}": units() must return a non-empty array of unit descriptors, got ${JSON.stringify(units)}`,
    );
  }
  return units;
}

/** The unit files of one experiment in one results folder. */
export interface UnitFiles {
  readonly units: readonly unknown[];
  /** `<dir>/units/<k>.json` */
  file(k: number): string;
  /** the store behind the files (counts computed and reused) */
  readonly store: CheckpointStore;
}

/**
 * The unit files of `exp` in its folder `dir`.
 *
 * @param exp - the experiment
 * @param dir - its folder, `<out>/<id>`
 * @param scale - the scale
 * @param checkpointStamp - from runStamp (id, scale, seed, version, params, code)
 * @param onInvalid - told about a file that is unreadable or fails its checksum (it is recomputed)
 * @returns the files
 */
export function unitFiles(
  exp: Experiment,
  dir: string,
  scale: Scale,
  checkpointStamp: Record<string, unknown>,
  onInvalid: (message: string) => void,
): UnitFiles {
  const units = unitsOf(exp, scale);
  const stamp = { ...checkpointStamp, units: sha256(JSON.stringify(toPlainJson(units))) };
  const folder = join(dir, UNITS_DIR);
  return {
    units,
    file: (k) => join(folder, `${k}.json`),
    store: createCheckpointStore(folder, stamp, onInvalid),
  };
}

/** Thrown by {@link readUnit} for a unit without a valid file. */
export class MissingUnitError extends Error {
  constructor(readonly file: string) {
    super(`unit file ${file} is missing (or of another run)`);
    this.name = 'MissingUnitError';
  }
}

/**
 * Unit `k`'s partial: read from its file when it is there and valid, else computed (runUnit, or the whole run for an
 * experiment without units) and written.
 *
 * @param exp - the experiment
 * @param files - from {@link unitFiles}
 * @param k - the unit's index
 * @param ctx - the run's context (the unit gets its own progress label and checkpoint keys)
 * @returns the partial, decoded from its lossless JSON
 */
export async function computeUnit(
  exp: Experiment,
  files: UnitFiles,
  k: number,
  ctx: ExperimentContext,
): Promise<unknown> {
  const params = exp.scales[ctx.scale];
  const value = await files.store.checkpoint<UnitValue>(String(k), async () => {
    const t0 = performance.now();
    const partial =
      exp.units === undefined
        ? await exp.run(ctx, params)
        : await exp.runUnit!(files.units[k], unitContext(ctx, k, files.units.length), params);
    return { unit: files.units[k], seconds: (performance.now() - t0) / 1000, partial };
  });
  return value.partial;
}

/**
 * Unit `k`'s partial from its file, never computed.
 *
 * @throws MissingUnitError naming the file when it is absent, of another run, or invalid
 */
export async function readUnit(files: UnitFiles, k: number): Promise<UnitValue> {
  return files.store.checkpoint<UnitValue>(String(k), () => {
    throw new MissingUnitError(files.file(k));
  });
}

/**
 * The result from all partials, in unit order: `combine` for a decomposed experiment, the one partial otherwise.
 *
 * @param exp - the experiment
 * @param partials - every unit's partial
 * @param scale - the scale
 * @param seed - the run's seed
 * @returns the result, as `run` returns it
 */
export function combineUnits(exp: Experiment, partials: unknown[], scale: Scale, seed: number): unknown {
  if (exp.combine === undefined) return partials[0];
  return exp.combine(partials, exp.scales[scale], { scale, seed });
}
