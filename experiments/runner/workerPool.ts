/**
 * `map` over tasks ({@link TaskRef}: a module URL and an exported function name), either in this thread or in a
 * small pool of worker threads. Inputs and outputs are structured-cloned in both cases, so one worker and many
 * workers give identical results, in input order.
 *
 * Workers start from workerBootstrap.mjs, which registers tsx before importing a TypeScript task module: a worker
 * thread does not inherit vitest's in-process transform, and tsx's loader is registered per thread, so TypeScript
 * task modules load the same way under `npx tsx`, the `hippo-prophecy` bin and vitest. In the built package the
 * task modules are JavaScript ({@link taskRef} names the sibling with the caller's own extension).
 */
import { Worker } from 'node:worker_threads';
import type { TaskRef } from '../types.ts';

/** Something that maps a task over inputs. */
export interface TaskMapper {
  map<I, O>(task: TaskRef, inputs: I[]): Promise<O[]>;
  /** stops all worker threads (idempotent) */
  terminate(): Promise<void>;
}

/**
 * The {@link TaskRef} of function `fn` exported by `file`, a sibling of the calling module: `file` is written with
 * the source's `.ts` extension and resolved with the caller's own (`.ts` in a checkout, `.js` in the built package).
 *
 * @param callerUrl - `import.meta.url` of the calling module
 * @param file - the task module, relative to the caller, e.g. './compute.ts'
 * @param fn - the exported function's name
 * @example taskRef('file:///pkg/dist/experiments/x/index.js', './compute.ts', 'chunk').module === 'file:///pkg/dist/experiments/x/compute.js'
 */
export function taskRef(callerUrl: string, file: string, fn: string): TaskRef {
  const ext = /\.(ts|js|mts|mjs)$/.exec(new URL(callerUrl).pathname)?.[0] ?? '.ts';
  return { module: new URL(file.replace(/\.ts$/, ext), callerUrl).href, fn };
}

function taskError(task: TaskRef, index: number, message: string, cause?: unknown): Error {
  return new Error(`task ${task.fn} (${task.module}) failed on input ${index}: ${message}`, { cause });
}

function requireTask(task: TaskRef): void {
  if (
    typeof task !== 'object' ||
    task === null ||
    typeof task.module !== 'string' ||
    typeof task.fn !== 'string'
  ) {
    throw new TypeError(
      `map: task must be { module: string (file URL), fn: string }, got ${JSON.stringify(task)}`,
    );
  }
}

/**
 * The one-thread mapper: imports the module once and calls the function on each input in turn.
 *
 * @example await inProcessMapper().map({ module: import.meta.url, fn: 'square' }, [1, 2])
 */
export function inProcessMapper(): TaskMapper {
  return {
    async map<I, O>(task: TaskRef, inputs: I[]): Promise<O[]> {
      requireTask(task);
      const ns = (await import(task.module)) as Record<string, unknown>;
      const f = ns[task.fn];
      if (typeof f !== 'function')
        throw new TypeError(`map: ${task.fn} is not an exported function of ${task.module}`);
      const out: O[] = [];
      for (let i = 0; i < inputs.length; i++) {
        let value: unknown;
        try {
          value = await (f as (input: I) => unknown)(structuredClone(inputs[i]));
        } catch (error) {
          throw taskError(task, i, error instanceof Error ? error.message : String(error), error);
        }
        out.push(structuredClone(value) as O);
      }
      return out;
    },
    async terminate() {},
  };
}

interface Job {
  id: number;
  task: TaskRef;
  index: number;
  input: unknown;
  batch: { failed: boolean };
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

const BOOTSTRAP = new URL('./workerBootstrap.mjs', import.meta.url);

/**
 * A pool of `size` worker threads, started on first use. Jobs are handed to idle workers first come first served;
 * results are placed by input index. A task error rejects that `map` call (its queued jobs are dropped); a worker
 * that dies is replaced. Idle workers do not keep the process alive.
 *
 * @param size - number of worker threads (integer >= 1)
 * @throws RangeError when size is not an integer >= 1
 * @example const pool = createWorkerPool(2); try { await pool.map(task, inputs) } finally { await pool.terminate() }
 */
export function createWorkerPool(size: number): TaskMapper {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`createWorkerPool: size must be an integer >= 1, got ${size}`);
  }
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let terminated = false;

  function spawn(): Slot {
    const worker = new Worker(BOOTSTRAP, { execArgv: [] });
    const slot: Slot = { worker, job: undefined };
    worker.on('message', (msg: { id: number; ok: boolean; value?: unknown; error?: { message: string } }) => {
      const job = slot.job;
      if (job === undefined || job.id !== msg.id) return;
      slot.job = undefined;
      if (msg.ok) job.resolve(msg.value);
      else job.reject(taskError(job.task, job.index, msg.error?.message ?? 'unknown error', msg.error));
      dispatch();
    });
    const die = (why: string) => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      const job = slot.job;
      slot.job = undefined;
      if (job !== undefined) job.reject(taskError(job.task, job.index, why));
      if (!terminated) dispatch();
    };
    worker.on('error', (error) => die(`worker error: ${error.message}`));
    worker.on('exit', (code) => die(`worker exited with code ${code}`));
    worker.unref();
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (queue.length > 0 && queue[0].batch.failed) queue.shift();
    while (queue.length > 0) {
      let slot = slots.find((s) => s.job === undefined);
      if (slot === undefined) {
        if (slots.length >= size) break;
        slot = spawn();
      }
      const job = queue.shift() as Job;
      if (job.batch.failed) continue;
      slot.job = job;
      slot.worker.ref();
      try {
        slot.worker.postMessage({ id: job.id, module: job.task.module, fn: job.task.fn, input: job.input });
      } catch (error) {
        // the input cannot be structured-cloned
        slot.job = undefined;
        job.reject(
          taskError(job.task, job.index, error instanceof Error ? error.message : String(error), error),
        );
      }
    }
    for (const s of slots) if (s.job === undefined) s.worker.unref();
  }

  return {
    map<I, O>(task: TaskRef, inputs: I[]): Promise<O[]> {
      if (terminated) return Promise.reject(new Error('map: the worker pool was terminated'));
      requireTask(task);
      const batch = { failed: false };
      const promises = inputs.map(
        (input, index) =>
          new Promise<O>((resolve, reject) => {
            queue.push({
              id: nextId++,
              task,
              index,
              input,
              batch,
              resolve: resolve as (v: unknown) => void,
              reject: (error) => {
                batch.failed = true;
                reject(error);
              },
            });
          }),
      );
      dispatch();
      return Promise.all(promises);
    },
    async terminate() {
      terminated = true;
      for (const job of queue.splice(0)) job.reject(new Error('map: the worker pool was terminated'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
