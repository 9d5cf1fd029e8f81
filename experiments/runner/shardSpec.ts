/**
 * Which shard of a sharded run this process is: `--shard i/n`, or, without it, the index a cluster engine gives its
 * tasks: JOB_COMPLETION_INDEX (a Kubernetes Indexed Job; n from `--shards n`, which must equal the Job's
 * completions) or SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN (default 0) of SLURM_ARRAY_TASK_COUNT (a Slurm job
 * array, `sbatch --array 0-(n-1)`). A process runs the units u (numbered over the selected experiments' units in
 * registry order) with u mod n = i.
 *
 * @see arXiv:2407.09375
 */

/** Shard `index` of `count` (0 <= index < count). */
export interface Shard {
  index: number;
  count: number;
}

function shardError(what: string): RangeError {
  return new RangeError(`reproduce: ${what}`);
}

function count(raw: string, name: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(n) || n < 1) {
    throw shardError(`${name} must be an integer >= 1, got ${JSON.stringify(raw)}`);
  }
  return n;
}

function index(raw: string, name: string, n: number): number {
  const i = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(i) || i < 0 || i >= n) {
    throw shardError(
      `${name} must be an integer in [0, ${n - 1}] (a shard of ${n}), got ${JSON.stringify(raw)}`,
    );
  }
  return i;
}

/**
 * Parses `--shard i/n`.
 *
 * @param raw - "i/n", 0 <= i < n
 * @returns the shard
 * @throws RangeError naming --shard and the value
 * @example parseShard('2/4') // { index: 2, count: 4 }
 */
export function parseShard(raw: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  if (m === null) throw shardError(`--shard must be i/n (e.g. 0/4), got ${JSON.stringify(raw)}`);
  const n = count(m[2], '--shard n');
  return { index: index(m[1], '--shard i', n), count: n };
}

/**
 * The shard of this process: `--shard` if given, else from the engine's environment (see the module comment), else
 * undefined (an ordinary run).
 *
 * @param shard - `--shard i/n`, parsed
 * @param shards - `--shards n` (with JOB_COMPLETION_INDEX; with Slurm it must equal SLURM_ARRAY_TASK_COUNT)
 * @param env - the environment @default process.env
 * @returns the shard, or undefined
 * @throws RangeError for --shards without an index (neither variable set), JOB_COMPLETION_INDEX without --shards, an
 *   index out of range, or --shards differing from SLURM_ARRAY_TASK_COUNT
 * @example shardOf(undefined, 4, { JOB_COMPLETION_INDEX: '3' }) // { index: 3, count: 4 }
 */
export function shardOf(
  shard: Shard | undefined,
  shards: number | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Shard | undefined {
  if (shard !== undefined) {
    if (shards !== undefined && shards !== shard.count)
      throw shardError(`--shards ${shards} contradicts --shard ${shard.index}/${shard.count}`);
    return shard;
  }
  const k8s = env.JOB_COMPLETION_INDEX;
  if (k8s !== undefined && k8s !== '') {
    if (shards === undefined) {
      throw shardError(
        `JOB_COMPLETION_INDEX is set (${k8s}, a Kubernetes Indexed Job): give --shards n, the Job's completions`,
      );
    }
    return { index: index(k8s, 'JOB_COMPLETION_INDEX', shards), count: shards };
  }
  const slurm = env.SLURM_ARRAY_TASK_ID;
  if (slurm !== undefined && slurm !== '') {
    const raw = env.SLURM_ARRAY_TASK_COUNT;
    if (raw === undefined || raw === '') {
      throw shardError(`SLURM_ARRAY_TASK_ID is set (${slurm}) but SLURM_ARRAY_TASK_COUNT is not`);
    }
    const n = count(raw, 'SLURM_ARRAY_TASK_COUNT');
    if (shards !== undefined && shards !== n)
      throw shardError(`--shards ${shards} contradicts SLURM_ARRAY_TASK_COUNT=${n}`);
    const min =
      env.SLURM_ARRAY_TASK_MIN === undefined || env.SLURM_ARRAY_TASK_MIN === ''
        ? '0'
        : env.SLURM_ARRAY_TASK_MIN;
    const id = Number(slurm) - Number(min);
    if (!Number.isSafeInteger(Number(min)))
      throw shardError(`SLURM_ARRAY_TASK_MIN must be an integer, got ${JSON.stringify(min)}`);
    return {
      index: index(String(id), `SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN (${slurm} - ${min})`, n),
      count: n,
    };
  }
  if (shards !== undefined) {
    throw shardError(
      `--shards ${shards} needs the shard's index: JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID ` +
        '(Slurm) in the environment, or give --shard i/n instead',
    );
  }
  return undefined;
}
