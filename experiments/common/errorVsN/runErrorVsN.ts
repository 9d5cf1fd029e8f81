/**
 * run() of the error-vs-N experiments: split every parameter value's functions into tasks, map them over the
 * workers, and reduce the per-function errors to mean / std / median per (measure, N, window).
 *
 * @see arXiv:2407.09375
 */
import { meanStd } from '../../../src/metrics/meanStd.ts';
import { resolveWindow } from '../../../src/metrics/resolveWindow.ts';
import type { ExperimentContext, TaskRef } from '../../types.ts';
import { ERROR_MEASURES, ERROR_WINDOWS } from './types.ts';
import type {
  CurveStats,
  ErrorVsNChunkInput,
  ErrorVsNChunkOutput,
  ErrorVsNSetup,
  ErrorVsNPanel,
  ErrorVsNResult,
  ErrorVsNScale,
  PointStats,
} from './types.ts';
import { taskRef } from '../../runner/workerPool.ts';
import { recordOf } from '../recordOf.ts';

/** The worker task (errorVsNChunk.ts). */
export const ERROR_VS_N_TASK: TaskRef = taskRef(import.meta.url, './errorVsNChunk.ts', 'errorVsNChunk');

/** Mean, population std and median of a set of per-function errors. */
export function pointStats(values: Float64Array): PointStats {
  const { mean, std } = meanStd(values);
  const s = Float64Array.from(values).sort();
  const h = s.length >> 1;
  const median = s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
  return { mean, std, median };
}

/**
 * The task inputs of one parameter value: functions 0..M-1 in tasks of `taskSize` (even) functions.
 *
 * @see arXiv:2407.09375
 */
export function chunkInputs(
  setup: Pick<ErrorVsNSetup, 'system' | 'paramName' | 'generateOptions'>,
  value: number,
  scale: ErrorVsNScale,
  seed: number,
): ErrorVsNChunkInput[] {
  if (scale.taskSize % 2 !== 0 || scale.taskSize < 2) {
    throw new RangeError(`error-vs-N: taskSize must be an even number >= 2, got ${scale.taskSize}`);
  }
  const inputs: ErrorVsNChunkInput[] = [];
  for (let s = 0; s < scale.functions; s += scale.taskSize) {
    inputs.push({
      system: setup.system,
      paramName: setup.paramName,
      paramValue: value,
      generateOptions: { ...setup.generateOptions },
      seed,
      stream: s,
      count: Math.min(scale.taskSize, scale.functions - s),
      length: scale.length,
      Ns: scale.Ns,
    });
  }
  return inputs;
}

/**
 * Reduces the chunk outputs of one parameter value (in stream order) to curve statistics. The per-function errors
 * are gathered in function order first, so the statistics do not depend on the task split.
 *
 * @see arXiv:2407.09375
 */
export function reducePanel(
  value: number,
  Ns: readonly number[],
  outputs: readonly ErrorVsNChunkOutput[],
): ErrorVsNPanel {
  const M = outputs.reduce((s, o) => s + o.count, 0);
  const W = ERROR_WINDOWS.length;
  const nN = Ns.length;
  const gather = (index: (o: ErrorVsNChunkOutput, m: number) => number, pick: 'errors' | 'copyLast') => {
    const v = new Float64Array(M);
    let at = 0;
    for (const o of outputs) {
      for (let m = 0; m < o.count; m++) v[at++] = o[pick][index(o, m)];
    }
    return v;
  };
  const curve = (a: number, w: number): CurveStats => {
    const c: CurveStats = { mean: [], std: [], median: [] };
    for (let i = 0; i < nN; i++) {
      const st = pointStats(gather((o, m) => ((a * nN + i) * W + w) * o.count + m, 'errors'));
      c.mean.push(st.mean);
      c.std.push(st.std);
      c.median.push(st.median);
    }
    return c;
  };
  const curves = recordOf(ERROR_MEASURES, (measure) =>
    recordOf(ERROR_WINDOWS, (window) =>
      curve(ERROR_MEASURES.indexOf(measure), ERROR_WINDOWS.indexOf(window)),
    ),
  );
  const copyLast = recordOf(ERROR_WINDOWS, (window) => {
    const w = ERROR_WINDOWS.indexOf(window);
    return pointStats(gather((o, m) => w * o.count + m, 'copyLast'));
  });
  return { value, curves, copyLast };
}

/**
 * Runs one error-vs-N figure: for each parameter value, tasks of scale.taskSize functions through ctx.map, one
 * checkpoint per value (so a paper-scale run resumes; keys prefixed by the setup's variant), then the statistics.
 *
 * @param ctx - the runner's context (seed, workers, progress, checkpoint)
 * @param setup - the figure
 * @param scale - the scale's parameters
 * @returns the result JSON
 * @see arXiv:2407.09375
 */
export async function runErrorVsN(
  ctx: ExperimentContext,
  setup: ErrorVsNSetup,
  scale: ErrorVsNScale,
): Promise<ErrorVsNResult> {
  const start = performance.now();
  const panels: ErrorVsNPanel[] = [];
  const total = setup.values.length;
  const tag = setup.variant ? `${setup.variant}: ` : '';
  ctx.progress(0, total, `${tag}${setup.paramName} = ${setup.values[0]}`);
  for (let v = 0; v < total; v++) {
    const value = setup.values[v];
    const key = `${setup.variant ? `${setup.variant}-` : ''}${setup.paramName}-${value}`;
    const outputs = await ctx.checkpoint(key, () =>
      ctx.map<ErrorVsNChunkInput, ErrorVsNChunkOutput>(
        ERROR_VS_N_TASK,
        chunkInputs(setup, value, scale, ctx.seed),
      ),
    );
    panels.push(reducePanel(value, scale.Ns, outputs));
    ctx.progress(v + 1, total, `${tag}${setup.paramName} = ${value}`);
  }
  const windowRanges = recordOf(ERROR_WINDOWS, (w) => ({ ...resolveWindow(w, scale.length - 1) }));
  return {
    system: setup.system,
    generateOptions: { ...setup.generateOptions },
    paramName: setup.paramName,
    length: scale.length,
    functions: scale.functions,
    seed: ctx.seed,
    Ns: [...scale.Ns],
    measures: [...ERROR_MEASURES],
    windows: [...ERROR_WINDOWS],
    windowRanges,
    predictor:
      "prophecy(hippo(measure, N, { theta: 1 }), { dt: 1 / L }), bilinear + the measure's output rule (trapezoid; " +
      'forward Euler for fout-authors), teacher forcing',
    panels,
    seconds: (performance.now() - start) / 1000,
  };
}
