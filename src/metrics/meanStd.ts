import { requireFiniteArray, requireInteger, requireOptions } from '../util/validate.ts';

/** Mean and standard deviation of a set of numbers. */
export type MeanStd = { readonly mean: number; readonly std: number; readonly count: number };

/** Per-position mean and standard deviation of equally long arrays, each of shape [L]. */
export type PerPositionMeanStd = {
  readonly mean: Float64Array;
  readonly std: Float64Array;
  readonly count: number;
};

/** Options of {@link meanStd} and {@link perPositionMeanStd}. */
export type MeanStdOptions = {
  /**
   * delta degrees of freedom: the variance divides by count - ddof; 0 is the population std (NumPy's np.std
   * default), 1 the unbiased sample variance
   * @default 0
   */
  readonly ddof?: 0 | 1;
};

function checkDdof(where: string, options: MeanStdOptions, count: number): number {
  const ddof = requireInteger(where, 'ddof', options.ddof ?? 0, 0);
  if (ddof > 1) throw new RangeError(`${where}: ddof must be 0 or 1, got ${ddof}`);
  if (count - ddof < 1) {
    throw new RangeError(
      `${where}: need more than ddof = ${ddof} values for a standard deviation, got ${count}`,
    );
  }
  return ddof;
}

function scalarMeanStd(where: string, values: unknown, options: MeanStdOptions): MeanStd {
  const x = requireFiniteArray(where, 'values', values);
  const n = x.length;
  if (n === 0) throw new RangeError(`${where}: values must not be empty`);
  const ddof = checkDdof(where, options, n);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  // two-pass variance: exact for a constant input and free of the cancellation of sum(x^2) - n mean^2
  let v = 0;
  for (let i = 0; i < n; i++) v += (x[i] - mean) ** 2;
  return { mean, std: Math.sqrt(v / (n - ddof)), count: n };
}

/**
 * Per-position mean and standard deviation over many equally long arrays (e.g. the per-position errors of 1000
 * functions, figure 5): for each position i,
 *
 *   mean[i] = (1/M) sum_m arrays[m][i],   std[i] = sqrt(sum_m (arrays[m][i] - mean[i])^2 / (M - ddof)).
 *
 * @param arrays - M >= 1 arrays, each of shape [L]
 * @param options - degrees of freedom
 * @returns mean and std, each of shape [L], and the count M
 * @throws TypeError when the arrays differ in length or are not arrays; RangeError on NaN or Infinity, an empty
 *   list, or M <= ddof
 * @example perPositionMeanStd([Float64Array.of(1, 2), Float64Array.of(3, 2)]) // mean [2, 2], std [1, 0]
 * @see arXiv:2407.09375
 */
export function perPositionMeanStd(
  arrays: readonly Float64Array[],
  options: MeanStdOptions = {},
): PerPositionMeanStd {
  options = requireOptions('perPositionMeanStd', options);
  const where = 'perPositionMeanStd';
  if (!Array.isArray(arrays)) throw new TypeError(`${where}: arrays must be an array of arrays`);
  const M = arrays.length;
  if (M === 0) throw new RangeError(`${where}: arrays must not be empty`);
  const ddof = checkDdof(where, options, M);
  const rows = arrays.map((a, m) => requireFiniteArray(where, `arrays[${m}]`, a));
  const L = rows[0].length;
  rows.forEach((r, m) => {
    if (r.length !== L) {
      throw new TypeError(
        `${where}: every array must have length ${L} like arrays[0]; arrays[${m}] has ${r.length}`,
      );
    }
  });
  const mean = new Float64Array(L);
  const std = new Float64Array(L);
  for (const r of rows) for (let i = 0; i < L; i++) mean[i] += r[i];
  for (let i = 0; i < L; i++) mean[i] /= M;
  for (const r of rows) for (let i = 0; i < L; i++) std[i] += (r[i] - mean[i]) ** 2;
  for (let i = 0; i < L; i++) std[i] = Math.sqrt(std[i] / (M - ddof));
  return { mean, std, count: M };
}

/**
 * Mean and standard deviation of numbers, or per position of equally long arrays (then it is
 * {@link perPositionMeanStd}):
 *
 *   mean = (1/n) sum_i x_i,   std = sqrt(sum_i (x_i - mean)^2 / (n - ddof)).
 *
 * @param values - n >= 1 numbers, or M >= 1 arrays of shape [L]
 * @param options - degrees of freedom
 * @returns { mean, std, count } with numbers, or with Float64Arrays of shape [L] for arrays
 * @throws TypeError for a wrong type or unequal array lengths; RangeError on NaN or Infinity, an empty input, or
 *   count <= ddof
 * @example
 *   meanStd([1, 3]) // { mean: 2, std: 1, count: 2 }
 *   meanStd([Float64Array.of(1, 2), Float64Array.of(3, 2)]) // { mean: [2, 2], std: [1, 0], count: 2 }
 * @see arXiv:2407.09375
 */
export function meanStd(values: ArrayLike<number>, options?: MeanStdOptions): MeanStd;
export function meanStd(values: readonly Float64Array[], options?: MeanStdOptions): PerPositionMeanStd;
export function meanStd(
  values: ArrayLike<number> | readonly Float64Array[],
  options: MeanStdOptions = {},
): MeanStd | PerPositionMeanStd {
  options = requireOptions('meanStd', options);
  if (Array.isArray(values) && values.length > 0 && typeof values[0] === 'object' && values[0] !== null) {
    return perPositionMeanStd(values as readonly Float64Array[], options);
  }
  return scalarMeanStd('meanStd', values, options);
}
