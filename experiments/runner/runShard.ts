/**
 * One shard of a sharded run (`reproduce --shard i/n`): the units of the selected experiments are numbered in
 * registry order (experiment by experiment, each one's units in its order; an experiment without `units` is one
 * unit) and this process computes those with number mod n = i into their unit files `<out>/<id>/units/<k>.json`
 * (unitFiles.ts). A unit whose file is there and valid is skipped, so a rerun after a failure redoes only what is
 * missing. Shards write into one folder side by side, each under its own lock (runLock.ts); none writes result.json,
 * claims, figures or index.html: `merge` does (mergeShards.ts), exactly as one run would.
 *
 * @see arXiv:2407.09375
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Experiment } from '../types.ts';
import { packageVersion } from '../../src/util/packageVersion.ts';
import { errorText } from '../claims/index.ts';
import { createCheckpointStore } from './checkpointStore.ts';
import { STEP_CHECKPOINTS_DIR, shardLockFile } from './outputLayout.ts';
import { prepareOutFolder } from './outFolder.ts';
import { createProgress, noteSink, type ExperimentProgress } from './progressReporter.ts';
import { acquireRunLock, heldLocks } from './runLock.ts';
import { experimentContext, runStamp } from './runOne.ts';
import type { RunExperimentsOptions } from './runTypes.ts';
import type { Shard } from './shardSpec.ts';
import { onStopSignals } from './signals.ts';
import { computeUnit, unitFiles, unitsOf } from './unitFiles.ts';
import { validateRunOptions } from './validateRunOptions.ts';
import { createWorkerPool, inProcessMapper, type TaskMapper } from './workerPool.ts';

/** Options of {@link runShard}: those of a run (without seeds, PNG, summary) and the shard. */
export type RunShardOptions = Omit<RunExperimentsOptions, 'seeds' | 'png' | 'chromiumPath' | 'fromUnits'> & {
  shard: Shard;
};

/** One unit of a shard. */
export interface ShardUnit {
  id: string;
  /** the unit's index within its experiment */
  k: number;
  /** its number over all selected units */
  u: number;
  status: 'computed' | 'reused' | 'error';
  error?: string;
}

/** What a shard did. */
export interface ShardReport {
  shard: Shard;
  /** the units of this shard, in order */
  units: ShardUnit[];
  /** every unit of the selection */
  total: number;
  /** no unit failed */
  allOk: boolean;
  out: string;
  notes: string[];
  /** "shard i/n: ... units computed, ... reused, ... failed" and the failures */
  summaryText: string;
}

/**
 * The units of the selected experiments, numbered in order.
 *
 * @param selected - the experiments, in registry order
 * @param scale - the scale
 * @returns per unit its experiment, index within it and number
 * @example numberedUnits(experiments, 'quick').filter((x) => x.u % 4 === 1) // shard 1 of 4
 */
export function numberedUnits(
  selected: readonly Experiment[],
  scale: RunShardOptions['scale'] & string,
): { exp: Experiment; k: number; u: number }[] {
  const all: { exp: Experiment; k: number; u: number }[] = [];
  for (const exp of selected) {
    const n = unitsOf(exp, scale).length;
    for (let k = 0; k < n; k++) all.push({ exp, k, u: all.length });
  }
  return all;
}

/**
 * Runs one shard (see the module comment).
 *
 * @param options - see {@link RunShardOptions}
 * @returns the units of the shard and what happened to each (a unit that throws is recorded, the others still run)
 * @throws RangeError for bad options or --out (as runExperiments); Error when another live process of this shard on
 *   this host, or a live run or merge, holds the folder
 * @example const { allOk } = await runShard({ experiments, out: 'results', shard: { index: 0, count: 4 } })
 */
export async function runShard(options: RunShardOptions): Promise<ShardReport> {
  validateRunOptions(options);
  const { experiments, only, out = 'results', workers = 1, force = false, shard } = options;
  const { scale = 'quick', seed = 0, progress = 'auto' } = options;
  const selected = only === undefined ? experiments : experiments.filter((e) => only.includes(e.id));
  const { notes, note } = noteSink(progress);
  const mine = numberedUnits(selected, scale).filter(({ u }) => u % shard.count === shard.index);
  const total = numberedUnits(selected, scale).length;

  const outDir = await prepareOutFolder(out, force);
  const lock = await acquireRunLock(outDir, out, {
    name: shardLockFile(shard.index, shard.count),
    otherHost: 'takeOver',
    note,
  });
  const folder = await heldLocks(outDir, 'folder');
  if (folder.length > 0) {
    await lock.release();
    throw new Error(
      `runExperiments: --out ${JSON.stringify(out)} is in use by a run or merge: ${folder.join(', ')}; wait until ` +
        'it finishes',
    );
  }
  const mapper: TaskMapper = workers > 1 ? createWorkerPool(workers) : inProcessMapper();
  let current: ExperimentProgress | undefined;
  const removeSignals = onStopSignals(
    { current: () => current, lock, mapper },
    options.handleSignals ?? true,
  );
  const units: ShardUnit[] = [];
  try {
    for (const { exp, k, u } of mine) {
      const dir = join(outDir, exp.id);
      const { checkpointStamp, stampHash } = await runStamp(exp, scale, seed, packageVersion());
      const onInvalid = (m: string) => note(`[${exp.id}] ${m}`);
      const files = unitFiles(exp, dir, scale, checkpointStamp, onInvalid);
      const store = createCheckpointStore(join(dir, STEP_CHECKPOINTS_DIR), checkpointStamp, onInvalid);
      const bar = createProgress(progress, `${exp.id} unit ${k + 1}/${files.units.length}`);
      current = bar;
      const ctx = experimentContext(dir, { scale, seed, workers, mapper }, stampHash, bar, store);
      try {
        if (force) await rm(files.file(k), { force: true });
        await computeUnit(exp, files, k, ctx);
        units.push({ id: exp.id, k, u, status: files.store.reused > 0 ? 'reused' : 'computed' });
      } catch (error) {
        units.push({ id: exp.id, k, u, status: 'error', error: errorText(error) });
        note(`[${exp.id}] unit ${k} failed: ${errorText(error)} (rerun the shard to retry it)`);
      } finally {
        bar.stop();
        current = undefined;
      }
    }
  } finally {
    removeSignals();
    await mapper.terminate();
    await lock.release();
  }
  const countOf = (s: ShardUnit['status']) => units.filter((x) => x.status === s).length;
  const failed = units.filter((x) => x.status === 'error');
  const summaryText =
    `shard ${shard.index}/${shard.count}: ${units.length} of ${total} units (${countOf('computed')} computed, ` +
    `${countOf('reused')} reused, ${failed.length} failed) in ${outDir}\n` +
    failed.map((x) => `  ${x.id} unit ${x.k}: ${x.error}\n`).join('');
  return { shard, units, total, allOk: failed.length === 0, out: outDir, notes, summaryText };
}
