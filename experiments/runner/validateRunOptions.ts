/**
 * The options of the runner, checked before any work (runExperiments, runShard, mergeShards).
 *
 * @see arXiv:2407.09375
 */
import { checkExperiment } from '../defineExperiment.ts';
import { SCALE_NAMES } from '../types.ts';
import type { RunExperimentsOptions } from './runTypes.ts';

/**
 * Checks the options of a run (also of a shard and a merge) before anything is done.
 *
 * @param options - see RunExperimentsOptions
 * @throws RangeError for a bad scale, workers, seed, seeds, progress mode, a duplicate or unknown id; TypeError for
 *   malformed experiments
 */
export function validateRunOptions(options: RunExperimentsOptions): void {
  const { experiments, scale = 'quick', workers = 1, seed = 0, seeds, progress = 'auto' } = options;
  if (!SCALE_NAMES.includes(scale)) {
    throw new RangeError(
      `runExperiments: scale must be one of ${SCALE_NAMES.join(', ')}; got ${JSON.stringify(scale)}`,
    );
  }
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`runExperiments: workers must be an integer >= 1, got ${workers}`);
  }
  if (!Number.isSafeInteger(seed))
    throw new RangeError(`runExperiments: seed must be an integer, got ${seed}`);
  if (seeds !== undefined) {
    if (!Array.isArray(seeds) || seeds.length === 0 || !seeds.every((s) => Number.isSafeInteger(s) && s >= 0))
      throw new RangeError(
        `runExperiments: seeds must be a non-empty list of integers >= 0, got ${String(seeds)}`,
      );
    if (new Set(seeds).size !== seeds.length)
      throw new RangeError(`runExperiments: seeds lists a seed twice: ${seeds.join(',')}`);
  }
  if (!['auto', 'bar', 'lines', 'silent'].includes(progress)) {
    throw new RangeError(
      `runExperiments: progress must be one of auto, bar, lines, silent; got ${JSON.stringify(progress)}`,
    );
  }
  if (!Array.isArray(experiments)) {
    throw new TypeError(`runExperiments: experiments must be an array, got ${typeof experiments}`);
  }
  const seen = new Set<string>();
  for (const e of experiments) {
    checkExperiment(e, 'runExperiments');
    if (seen.has(e.id)) throw new RangeError(`runExperiments: duplicate experiment id "${e.id}"`);
    seen.add(e.id);
  }
  const known = experiments.map((e) => e.id);
  const unknown = (options.only ?? []).filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new RangeError(
      `runExperiments: unknown experiment id${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}; ` +
        `known: ${known.length > 0 ? known.join(', ') : '(none registered)'}`,
    );
  }
}
