/** Where the training loop keeps its resumable state. */
export interface CheckpointStore<T> {
  load(): Promise<T | undefined>;
  save(value: T): Promise<void>;
}

/**
 * A JSON checkpoint in one file, written atomically (temporary file, then rename) so that an interrupted write
 * never leaves a truncated checkpoint behind. Node's file system is imported when the store is first used, so that
 * this module (and `hippo-prophecy/fit`) also loads where there is none.
 *
 * @param file - path of the JSON file (its folder is created when missing)
 * @example const store = fileCheckpointStore<TrainCheckpoint>('results/fig6-trained/ckpt-I-0.json');
 */
export function fileCheckpointStore<T>(file: string): CheckpointStore<T> {
  return {
    async load() {
      const { readFile } = await import('node:fs/promises');
      try {
        return JSON.parse(await readFile(file, 'utf8')) as T;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async save(value) {
      const [{ mkdir, rename, writeFile }, path] = await Promise.all([
        import('node:fs/promises'),
        import('node:path'),
      ]);
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(value));
      await rename(tmp, file);
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
