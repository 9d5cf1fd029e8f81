/**
 * The worker task of the error-vs-N experiments: generate a chunk of functions and sweep every (measure, N)
 * predictor over them with the spectrum-reusing FFT engine (src/sweep).
 *
 * @see arXiv:2407.09375
 */
import { sweepKernels, sweepOneStep, predictorFromSpec } from '../../../src/sweep/index.ts';
import type { PredictorSpec, SweepKernels } from '../../../src/sweep/index.ts';
import { generate } from '../../../src/systems/generate.ts';
import { ERROR_MEASURES, ERROR_WINDOWS } from './types.ts';
import type { ErrorVsNChunkInput, ErrorVsNChunkOutput } from './types.ts';

/** Kernel spectra per (L, Ns), kept for the life of the module (one per worker thread): ~50 x 2n doubles each. */
const kernelCache = new Map<string, SweepKernels>();

/**
 * The predictors of an error-vs-N sweep, in output order: every measure of ERROR_MEASURES, every N, with theta = 1
 * and dt = 1 / L (the window spans the whole context, as in the authors' code), bilinear + the measure's output
 * rule (trapezoid; forward Euler for fout-authors).
 *
 * @param Ns - state sizes (odd, for FouT)
 * @param L - context length
 * @returns the specs, measure-major
 * @example errorVsNSpecs([1, 5], 10_000).length === 6
 * @see arXiv:2407.09375
 */
export function errorVsNSpecs(Ns: readonly number[], L: number): PredictorSpec[] {
  return ERROR_MEASURES.flatMap((measure) => Ns.map((N) => ({ measure, N, theta: 1, dt: 1 / L })));
}

/**
 * The kernel spectra of errorVsNSpecs(Ns, L), computed once per module instance (so once per worker thread).
 *
 * @param Ns - state sizes
 * @param L - context length
 * @returns the SweepKernels
 * @example errorVsNKernels([17], 1000).spectra.length === 3
 * @see arXiv:2407.09375
 */
export function errorVsNKernels(Ns: readonly number[], L: number): SweepKernels {
  const key = `${L}:${Ns.join(',')}`;
  let ks = kernelCache.get(key);
  if (!ks) {
    ks = sweepKernels(errorVsNSpecs(Ns, L).map(predictorFromSpec), L);
    kernelCache.set(key, ks);
  }
  return ks;
}

/**
 * Task: functions `stream .. stream + count - 1` of
 * generate(system, { ...generateOptions, [paramName]: paramValue, seed, length }),
 * their second-half and whole-context one-step MSE for every predictor of errorVsNSpecs, and the copy-last
 * baseline's. Structured-cloneable in and out; the same input gives bit-identical output in any thread.
 *
 * @param input - see ErrorVsNChunkInput (stream must be even so that FFT pairs match a one-task run)
 * @returns per-function errors [measure][N][window][function] and copy-last [window][function]
 * @throws RangeError for an odd stream, and whatever generate or the sweep throws
 * @example errorVsNChunk({ system: 'white-signal', paramName: 'gamma', paramValue: 1, generateOptions: {}, seed: 0, stream: 0, count: 2, length: 1000, Ns: [1] })
 * @see arXiv:2407.09375
 */
export function errorVsNChunk(input: ErrorVsNChunkInput): ErrorVsNChunkOutput {
  const { system, paramName, paramValue, generateOptions, seed, stream, count, length, Ns } = input;
  if (stream % 2 !== 0) {
    throw new RangeError(`errorVsNChunk: stream must be even (FFT pairs (2i, 2i + 1)), got ${stream}`);
  }
  const us: Float64Array[] = [];
  for (let i = 0; i < count; i++) {
    us.push(
      generate(system, { ...generateOptions, [paramName]: paramValue, seed, stream: stream + i, length })
        .values[0],
    );
  }
  const r = sweepOneStep(us, errorVsNKernels(Ns, length), { windows: ERROR_WINDOWS });
  return { count, errors: r.errors, copyLast: r.copyLast };
}
