import type { Matrix } from '../linalg/matrix.ts';

/** How the derivative readout (C, D) is turned into a next-value output . */
export type OutputRule = 'trapezoid' | 'forward-euler';

/** Names of the HiPPO measures the library implements. */
export type MeasureName = 'legt' | 'lmu' | 'legs' | 'lagt' | 'fout' | 'fout-code' | 'fout-authors';

/**
 * A readout and output rule that a measure fixes itself, for a predictor that is NOT the construction
 * (C, D) = (p^T A, p^T B): y = C x + D u stands for u'(t), and `output` turns it into uhat_{k+1} (see
 * discretizeOutput). derivativeReadout and prophecy use it instead of p^T A, p^T B.
 */
export interface MeasureReadout {
  /** shape [N] */
  readonly C: Float64Array;
  readonly D: number;
  /** the output rule the measure's predictor uses (prophecy refuses any other) */
  readonly output: OutputRule;
  /** what the readout is and where it comes from */
  readonly source: string;
}

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
   * null: the predictor is the construction (C, D) = (p^T A, p^T B) with any output rule. Otherwise the measure's
   * own readout and output rule ('fout-authors'), which derivativeReadout and prophecy use instead.
   */
  readonly readout: MeasureReadout | null;
  /**
   * The basis at lags s >= 0 into the past: row i holds p_n(t, t - lags[i]) for n = 0..N-1, shape [lags.length, N],
   * so that the reconstruction is basis(lags) x.
   */
  basis(lags: Float64Array): Matrix;
}
