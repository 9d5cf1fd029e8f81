/**
 * `merge`: after the n shards of a sharded run, checks that every unit file of the selected experiments is present
 * and valid (stamped with this scale, seed, parameters and code; checksum intact), names the missing ones, and then
 * runs the ordinary runner with every result combined from the unit files instead of computed: result.json,
 * claims.json, run.json, figures and index.html are written exactly as one run writes them (result.json and
 * claims.json byte-identical to a single run's).
 *
 * @see arXiv:2407.09375
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageVersion } from '../../src/util/packageVersion.ts';
import { runExperiments } from './runExperiments.ts';
import { runStamp } from './runOne.ts';
import type { RunExperimentsOptions, RunReport } from './runTypes.ts';
import { numberedUnits } from './runShard.ts';
import { MissingUnitError, readUnit, unitFiles } from './unitFiles.ts';
import { validateRunOptions } from './validateRunOptions.ts';

/** Options of {@link mergeShards}: those of a run but seeds and force. */
export type MergeShardsOptions = Omit<RunExperimentsOptions, 'seeds' | 'force' | 'fromUnits'>;

/** Thrown when unit files are missing: `missing` names each (file, unit number, descriptor). */
export class MissingUnitsError extends Error {
  constructor(
    readonly missing: string[],
    total: number,
  ) {
    const shown =
      missing.slice(0, 20).join('; ') + (missing.length > 20 ? `; ... (${missing.length - 20} more)` : '');
    super(
      `merge: ${missing.length} of ${total} units are missing or not of this run (scale, seed, code): ${shown}. ` +
        'Run (or rerun) the shards that hold them: unit u belongs to shard u mod n of reproduce --shard i/n',
    );
    this.name = 'MissingUnitsError';
  }
}

/**
 * The unit files of the selection that are absent or invalid.
 *
 * @param options - experiments, only, out, scale, seed
 * @returns one line per missing unit: "<id>/units/<k>.json (unit u, <descriptor>)"
 */
export async function missingUnits(
  options: MergeShardsOptions,
): Promise<{ missing: string[]; total: number }> {
  const { experiments, only, out = 'results', scale = 'quick', seed = 0 } = options;
  const selected = only === undefined ? experiments : experiments.filter((e) => only.includes(e.id));
  const outDir = resolve(out);
  const missing: string[] = [];
  const numbered = numberedUnits(selected, scale);
  for (const exp of selected) {
    const { checkpointStamp } = await runStamp(exp, scale, seed, packageVersion());
    const files = unitFiles(exp, join(outDir, exp.id), scale, checkpointStamp, () => {});
    for (let k = 0; k < files.units.length; k++) {
      try {
        await readUnit(files, k);
      } catch (error) {
        if (!(error instanceof MissingUnitError)) throw error;
        const u = numbered.find((x) => x.exp === exp && x.k === k)!.u;
        missing.push(`${exp.id}/units/${k}.json (unit ${u}, ${JSON.stringify(files.units[k])})`);
      }
    }
  }
  return { missing, total: numbered.length };
}

/**
 * Merges a sharded run (see the module comment).
 *
 * @param options - see {@link MergeShardsOptions}; `out` is the shards' folder
 * @returns the run report, as runExperiments returns it
 * @throws RangeError for bad options or an --out that does not exist; MissingUnitsError listing every missing unit
 *   (nothing is written then); Error while a shard of this host still runs
 * @example const { allPass } = await mergeShards({ experiments, out: 'results' })
 */
export async function mergeShards(options: MergeShardsOptions): Promise<RunReport> {
  validateRunOptions(options);
  const out = options.out ?? 'results';
  if (typeof out !== 'string' || out.trim() === '' || !existsSync(resolve(out))) {
    throw new RangeError(
      `merge: --out ${JSON.stringify(out)} does not exist: give the folder the shards wrote into`,
    );
  }
  const { missing, total } = await missingUnits(options);
  if (missing.length > 0) throw new MissingUnitsError(missing, total);
  return runExperiments({ ...options, fromUnits: true, force: false });
}
