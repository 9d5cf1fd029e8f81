/**
 * The names of the runner's files and folders in a results folder (see README.md beside this file for the layout).
 *
 * @see arXiv:2407.09375
 */

/** Marks a folder the runner created (or adopted): the runner writes only into such a folder or an empty one. */
export const MARKER_FILE = '.hippo-prophecy-results';

/** The lock of a running run: { pid, host, startedAt, command }; a second run into the same folder refuses. */
export const LOCK_FILE = '.hippo-prophecy-lock';

/** `{ meta, result, types }`: the result of a finished run, identical between two runs of one seed. */
export const RESULT_FILE = 'result.json';

/** The claims recomputed from result.json by the current code. */
export const CLAIMS_FILE = 'claims.json';

/** The run record: timings, workers, Node version, checkpoint counts and the checksum of result.json. */
export const RUN_FILE = 'run.json';

/** `{ meta, error }` of a run that threw. */
export const ERROR_FILE = 'error.json';

/** The per-seed report of `--seeds`, at the top of the results folder. */
export const SEEDS_FILE = 'seeds.json';

/** ctx.checkpoint's values: `<out>/<id>/checkpoints/<key>.json`. */
export const STEP_CHECKPOINTS_DIR = 'checkpoints';

/** The training loop's own checkpoints: `<out>/<id>/training-checkpoints/<key>-<stamp hash>.json`. */
export const TRAINING_CHECKPOINTS_DIR = 'training-checkpoints';

/** Every checkpoint namespace of an experiment folder (emptied by `--force`). */
export const CHECKPOINT_DIRS: readonly string[] = Object.freeze([
  STEP_CHECKPOINTS_DIR,
  TRAINING_CHECKPOINTS_DIR,
]);

/** The folder of one seed in a `--seeds` run: `<out>/seed-<s>/`. */
export function seedFolderName(seed: number): string {
  return `seed-${seed}`;
}

/** Folder names of `--seeds` runs. */
export const SEED_FOLDER_PATTERN = /^seed-\d+$/;
