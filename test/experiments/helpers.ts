/**
 * Shared helpers of the experiment tests: in-thread contexts and a figure-spec check.
 *
 * @see arXiv:2407.09375
 */
import { expect } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import type { TaskMapper } from '../../experiments/runner/workerPool.ts';
import type { Claim, ExperimentContext, FigureSpec } from '../../experiments/types.ts';

/**
 * An in-thread ExperimentContext that counts progress calls: map is inlineContext's (the task function called
 * directly on structured clones), checkpoint just computes (no memoising, so every run recomputes).
 *
 * @param seed - the context seed @default 0
 * @returns the quick-scale context with a `progressCalls` counter
 */
export function countingContext(seed = 0): ExperimentContext & { progressCalls: number } {
  const ctx = {
    ...inlineContext({ scale: 'quick', seed }),
    outDir: '/nonexistent',
    progressCalls: 0,
    progress() {
      ctx.progressCalls++;
    },
    async checkpoint<T>(_key: string, compute: () => Promise<T> | T): Promise<T> {
      return compute();
    },
  };
  return ctx;
}

/**
 * A quick-scale, seed-0 ExperimentContext that maps through `mapper` (in-process or a worker pool).
 *
 * @param mapper - runs the tasks
 * @param workers - the worker count the context reports @default 1
 * @returns the context (checkpoint just computes)
 */
export function mapperContext(mapper: TaskMapper, workers = 1): ExperimentContext {
  return {
    scale: 'quick',
    seed: 0,
    workers,
    outDir: '/tmp',
    progress() {},
    log() {},
    map: (task, inputs) => mapper.map(task, inputs),
    checkpoint: async (_key, compute) => compute(),
  };
}

/**
 * The one claim whose name contains both `part` and `tag`.
 *
 * @throws Error when no claim matches
 */
export function claimByName(claims: Claim[], part: string, tag: string): Claim {
  const c = claims.find((x) => x.name.includes(part) && x.name.includes(tag));
  if (!c) throw new Error(`no claim with "${part}" and "${tag}"`);
  return c;
}

/** Plotly spec checks: plain JSON; every x-y trace has x and y of equal length, y holding numbers or null. */
export function expectValidFigure(name: string, fig: FigureSpec): void {
  expect(Array.isArray(fig.data), name).toBe(true);
  expect(fig.data.length, name).toBeGreaterThan(0);
  expect(typeof fig.layout, name).toBe('object');
  expect(JSON.parse(JSON.stringify(fig)), name).toEqual(fig);
  for (const trace of fig.data) {
    const x = trace.x as unknown[] | undefined;
    const y = trace.y as unknown[] | undefined;
    const z = trace.z as unknown[][] | undefined;
    if (z) {
      expect(Array.isArray(z), name).toBe(true);
      continue;
    }
    expect(Array.isArray(x) && Array.isArray(y), `${name}: x and y arrays`).toBe(true);
    expect(x!.length, name).toBe(y!.length);
    for (const v of y!) expect(v === null || typeof v === 'number', `${name}: y entries`).toBe(true);
  }
}

/** {@link expectValidFigure} on every figure of an experiment, which must have at least one. */
export function expectValidFigures(figs: Record<string, FigureSpec>): void {
  expect(Object.keys(figs).length).toBeGreaterThan(0);
  for (const [name, fig] of Object.entries(figs)) expectValidFigure(name, fig);
}
