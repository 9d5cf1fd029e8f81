/**
 * An in-process ExperimentContext for tests and scripts: no files, no workers, checkpoints kept in memory.
 *
 * @see arXiv:2407.09375
 */
import type { ExperimentContext, Scale, TaskRef } from '../types.ts';

/** Options of {@link inlineContext}. */
export interface InlineContextOptions {
  /** @default 'quick' */
  scale?: Scale;
  /** @default 0 */
  seed?: number;
  /** receives log lines and progress @default ignore them */
  log?: (message: string) => void;
}

/**
 * A minimal ExperimentContext: `map` imports the task module and calls its function in this thread (in input
 * order), `checkpoint` memoises in a Map, `progress` and `log` forward to `options.log`. The runner's context does
 * the same with files and worker threads; this one lets a test call `experiment.run(ctx, params)` directly.
 *
 * @param options - scale, seed and an optional log sink
 * @returns the context (outDir is '' since nothing is written)
 * @example const result = await experiment.run(inlineContext({ seed: 1 }), experiment.scales.quick);
 * @see arXiv:2407.09375
 */
export function inlineContext(options: InlineContextOptions = {}): ExperimentContext {
  const log = options.log ?? (() => {});
  const store = new Map<string, unknown>();
  return {
    scale: options.scale ?? 'quick',
    seed: options.seed ?? 0,
    workers: 1,
    outDir: '',
    progress: (done, total, label) => log(`${label ?? 'progress'} ${done}/${total}`),
    log,
    async map<I, O>(task: TaskRef, inputs: I[]): Promise<O[]> {
      const mod = (await import(task.module)) as Record<string, (input: I) => O | Promise<O>>;
      const fn = mod[task.fn];
      if (typeof fn !== 'function')
        throw new TypeError(`inlineContext.map: ${task.module} has no function ${task.fn}`);
      const out: O[] = [];
      for (const input of inputs) out.push(structuredClone(await fn(structuredClone(input))));
      return out;
    },
    async checkpoint<T>(key: string, compute: () => Promise<T> | T): Promise<T> {
      if (!store.has(key)) store.set(key, await compute());
      return store.get(key) as T;
    },
  };
}
