/** Where the training loop keeps its resumable state. */
export interface CheckpointStore<T> {
  load(): Promise<T | undefined>;
  save(value: T): Promise<void>;
}

/** Options of {@link fileCheckpointStore}. */
export interface FileCheckpointOptions {
  /**
   * JSON-able description of the run the checkpoint belongs to (e.g. scale, seed, setting, a hash of the parameters);
   * a stored checkpoint with another stamp is ignored, so training starts afresh @default null (no stamp)
   */
  stamp?: unknown;
  /**
   * called with a message naming the file when a stored checkpoint is ignored (unreadable, not a checkpoint, checksum
   * mismatch, another stamp) @default process.emitWarning
   */
  onInvalid?: (message: string) => void;
}

/** The `format` field of a checkpoint file written by {@link fileCheckpointStore}. */
export const TRAIN_CHECKPOINT_FORMAT = 'hippo-prophecy-train-checkpoint/1';

interface StoredCheckpoint {
  format: string;
  stamp: unknown;
  /** SHA-256 (hex) of `value` */
  sha256: string;
  /** the checkpoint as JSON text */
  value: string;
}

async function sha256(text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A JSON checkpoint in one file, written atomically (temporary file, fsync, rename: the project's one atomic writer,
 * src/util/writeFileAtomic.ts) with its stamp and a SHA-256 checksum of its payload: a checkpoint of another run
 * (stamp), a truncated or edited one (checksum) or a file of another format is reported through `onInvalid` and
 * ignored, so the caller recomputes instead of trusting it.
 *
 *   file: { format, stamp, sha256, value }      value: the checkpoint as JSON text, sha256 = SHA-256(value)
 *
 * Node's file system and crypto are imported when the store is first used, so that this module (and
 * `hippo-prophecy/fit`) also loads where there are none.
 *
 * @param file - path of the JSON file (its folder is created when missing)
 * @param options - see {@link FileCheckpointOptions}
 * @returns the store
 * @example
 * ```ts
 * const store = fileCheckpointStore<{ epoch: number }>('ckpt/run-I-0.json', { stamp: { scale: 'quick', seed: 0 } });
 * await store.save({ epoch: 3 });
 * (await store.load())?.epoch === 3;
 * (await fileCheckpointStore('ckpt/run-I-0.json', { stamp: { scale: 'paper', seed: 0 }, onInvalid: () => {} }).load()) === undefined;
 * ```
 */
export function fileCheckpointStore<T>(
  file: string,
  options: FileCheckpointOptions = {},
): CheckpointStore<T> {
  const stampText = JSON.stringify(options.stamp ?? null);
  const onInvalid = options.onInvalid ?? ((message: string) => process.emitWarning(message));
  const ignore = (why: string): undefined => {
    onInvalid(`training checkpoint ${file}: ${why}; it is ignored and training starts afresh`);
    return undefined;
  };
  return {
    async load() {
      const { readFile } = await import('node:fs/promises');
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      let stored: Partial<StoredCheckpoint>;
      try {
        stored = JSON.parse(text) as Partial<StoredCheckpoint>;
      } catch {
        return ignore('not valid JSON (truncated or edited)');
      }
      if (stored?.format !== TRAIN_CHECKPOINT_FORMAT || typeof stored.value !== 'string')
        return ignore(`not a checkpoint of format ${TRAIN_CHECKPOINT_FORMAT}`);
      if (stored.sha256 !== (await sha256(stored.value)))
        return ignore('checksum mismatch (edited or corrupt)');
      if (JSON.stringify(stored.stamp ?? null) !== stampText)
        return ignore(
          `written for another run (stamp ${JSON.stringify(stored.stamp)}, expected ${stampText})`,
        );
      return JSON.parse(stored.value) as T;
    },
    async save(value) {
      const text = JSON.stringify(value);
      const stored: StoredCheckpoint = {
        format: TRAIN_CHECKPOINT_FORMAT,
        stamp: options.stamp ?? null,
        sha256: await sha256(text),
        value: text,
      };
      const { writeFileAtomic } = await import('../util/writeFileAtomic.ts');
      await writeFileAtomic(file, JSON.stringify(stored));
    },
  };
}

/**
 * A checkpoint store in memory (tests, or runs that need no resumption); values are deep-copied through JSON, as a
 * file store would.
 *
 * @example
 * ```ts
 * const store = memoryCheckpointStore<{ epoch: number }>();
 * await store.save({ epoch: 3 });
 * (await store.load())?.epoch === 3;
 * ```
 */
export function memoryCheckpointStore<T>(): CheckpointStore<T> & { value: T | undefined } {
  const store = {
    value: undefined as T | undefined,
    async load() {
      return store.value === undefined ? undefined : (JSON.parse(JSON.stringify(store.value)) as T);
    },
    async save(value: T) {
      store.value = JSON.parse(JSON.stringify(value)) as T;
    },
  };
  return store;
}
