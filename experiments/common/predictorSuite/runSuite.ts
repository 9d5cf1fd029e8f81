/**
 * Runs the signal suite through ctx.map (one task per function), checkpointed per signal family.
 */
import type { ExperimentContext } from '../../types.ts';
import type { SeriesInput, SeriesOutput } from './evaluateSeries.ts';
import type { ConstructionSettings } from './methods.ts';
import type { SignalSpec } from './signals.ts';
import { taskRef } from '../../runner/workerPool.ts';

/** The worker task: evaluateSeries of ./evaluateSeries.ts. */
export const EVALUATE_TASK = taskRef(import.meta.url, './evaluateSeries.ts', 'evaluateSeries');

/** Sizes of a suite run. */
export interface SuiteSize {
  /** functions per signal family (streams 0..functions-1) */
  functions: number;
  /** samples of the paper's signals */
  signalLength: number;
  /** samples of the classic systems */
  systemLength: number;
}

/**
 * Every function of every family at every noise level, in family order; checkpoint `prefix-<family>` per family.
 */
export async function runSuite(
  ctx: ExperimentContext,
  specs: SignalSpec[],
  size: SuiteSize,
  noises: number[],
  settings: ConstructionSettings,
  prefix: string,
): Promise<SeriesOutput[]> {
  const all: SeriesOutput[] = [];
  let done = 0;
  for (const spec of specs) {
    const inputs: SeriesInput[] = [];
    for (let f = 0; f < size.functions; f++) {
      inputs.push({
        key: spec.key,
        system: spec.system,
        params: spec.params,
        kind: spec.kind,
        seed: ctx.seed,
        stream: f,
        length: spec.kind === 'signal' ? size.signalLength : size.systemLength,
        noises,
        settings,
      });
    }
    const slug = spec.key.replace(/[^a-z0-9.-]+/gi, '_');
    const outputs = await ctx.checkpoint(`${prefix}-${slug}`, () =>
      ctx.map<SeriesInput, SeriesOutput>(EVALUATE_TASK, inputs),
    );
    all.push(...outputs);
    ctx.progress(++done, specs.length, spec.key);
  }
  return all;
}
