/**
 * Shared helper of the investigation scripts: mean one-step MSE (second half of the context, as figures 3 and 4)
 * vs N of several predictor families on generated functions, with copy-last, through the sweep engine.
 *
 * @see arXiv:2407.09375
 */
import { sweepKernels, sweepOneStep, predictorFromSpec } from '../../src/sweep/index.ts';
import type { PredictorSpec } from '../../src/sweep/index.ts';
import { generate } from '../../src/systems/index.ts';
import type { GenerateOptions } from '../../src/systems/index.ts';

/** A predictor family: spec(N) for every N of the sweep. */
export interface Family {
  name: string;
  spec: (N: number, L: number) => PredictorSpec;
}

/** Mean second-half MSE of every family at every N, and of copy-last, over `functions` functions. */
export interface ErrorVsNTable {
  Ns: number[];
  mean: Record<string, number[]>;
  copyLast: number;
}

/**
 * Runs the families over functions 0..functions-1 of generate(system, options) (stream = function index).
 *
 * @param system - generator name
 * @param options - generate options (parameters, seed, scale, ...); `length` sets L
 * @param families - predictor families
 * @param Ns - state sizes
 * @param functions - number of functions (even)
 * @returns the mean MSE table
 */
export function errorVsN(
  system: string,
  options: GenerateOptions,
  families: readonly Family[],
  Ns: readonly number[],
  functions: number,
): ErrorVsNTable {
  const L = options.length ?? 10_000;
  const predictors = families.flatMap((f) => Ns.map((N) => predictorFromSpec(f.spec(N, L))));
  const kernels = sweepKernels(predictors, L);
  const P = predictors.length;
  const sums = new Float64Array(P);
  let copySum = 0;
  const batch = 16;
  for (let s = 0; s < functions; s += batch) {
    const us: Float64Array[] = [];
    for (let i = s; i < Math.min(functions, s + batch); i++) {
      us.push(generate(system, { ...options, stream: i }).values[0]);
    }
    const r = sweepOneStep(us, kernels, { windows: ['second-half'] });
    const M = us.length;
    for (let p = 0; p < P; p++) for (let m = 0; m < M; m++) sums[p] += r.errors[p * M + m];
    for (let m = 0; m < M; m++) copySum += r.copyLast[m];
  }
  const mean: Record<string, number[]> = {};
  families.forEach((f, a) => {
    mean[f.name] = Ns.map((_, i) => sums[a * Ns.length + i] / functions);
  });
  return { Ns: [...Ns], mean, copyLast: copySum / functions };
}

/** N = 1, 5, ..., 97, the sweep of figures 3 and 4. */
export const FIG34_NS: number[] = Array.from({ length: 25 }, (_, i) => 1 + 4 * i);

/** The families of figures 3 and 4 (theta = 1, dt = 1 / L, bilinear, the measure's output rule). */
export const FIG34_FAMILIES: Record<'legt' | 'fout' | 'fout-authors', Family> = {
  legt: { name: 'LegT', spec: (N, L) => ({ measure: 'legt', N, theta: 1, dt: 1 / L }) },
  fout: { name: 'FouT', spec: (N, L) => ({ measure: 'fout', N, theta: 1, dt: 1 / L }) },
  'fout-authors': {
    name: 'fout-authors',
    spec: (N, L) => ({ measure: 'fout-authors', N, theta: 1, dt: 1 / L }),
  },
};

/** Reads `--name value` from argv, or the default. */
export function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v)) throw new TypeError(`--${name} must be a number, got ${process.argv[i + 1]}`);
  return v;
}

/** Formats a number as 2 significant digits in exponent form. */
export const fmt = (v: number): string => (Number.isFinite(v) ? v.toExponential(2) : String(v));
