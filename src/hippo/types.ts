import type { Matrix } from '../linalg/matrix.ts';

/** Names of the HiPPO measures the library implements. */
export type MeasureName = 'legt' | 'lmu' | 'legs' | 'lagt' | 'fout' | 'fout-code';

/**
 * A continuous HiPPO operator x'(t) = A x(t) + B u(t) (for LegS: x' = (1/t)(A x + B u)), frozen, with the
 * reconstruction basis u(t - s) ~ sum_n x_n(t) p_n(t, t - s).
 */
export interface HippoOperator {
  readonly measure: MeasureName;
  /** state size N */
  readonly N: number;
  /** window length theta of translated measures (LegS: the time t at which `basis` is evaluated) */
  readonly theta: number;
  /** state matrix, shape [N, N] */
  readonly A: Matrix;
  /** input vector, shape [N] */
  readonly B: Float64Array;
  /** p(t, t): the basis at the present, shape [N] */
  readonly endpoint: Float64Array;
  /** true for LegS, whose dynamics carry the 1/t factor */
  readonly timeVarying: boolean;
  /** human-readable description and conventions */
  readonly description: string;
  /**
   * The basis at lags s >= 0 into the past: row i holds p_n(t, t - lags[i]) for n = 0..N-1, shape [lags.length, N],
   * so that the reconstruction is basis(lags) x.
   */
  basis(lags: Float64Array): Matrix;
}
