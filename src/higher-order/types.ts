import type { DiscretePredictor } from '../construction/types.ts';

/**
 * How the derivative readouts u^(m) ~ C_m x + D_m u (m = 1..M) become a next-value output:
 *
 * - `'matched'`: the rule whose transfer function matches the exact one-step shift to order M (derived in
 *   {@link higherOrderCoefficients}); M = 1 is the paper's trapezoid. Local error O(dt^(M+2)) for odd M,
 *   O(dt^(M+1)) for even M; exact on polynomials of degree <= M (< N) once the start-up transient has decayed.
 * - `'taylor'`: the naive u_{k+1} ~ sum_m dt^m/m! u^(m)(t_k), derivatives read from x_{k+1} with u_k. Only
 *   O(dt^2) for every M: the bilinear state x_{k+1} summarises the input up to t_k + dt/2, not t_k, and the D_m u_k
 *   terms turn that half-step lag into an error D_1 dt^2 u'/2. Kept as the documented counter-example.
 */
export type HigherOrderRule = 'matched' | 'taylor';

/** The rules, in the order `requireOneOf` lists them. */
export const HIGHER_ORDER_RULES: readonly HigherOrderRule[] = Object.freeze(['matched', 'taylor'] as const);

/** Scalar coefficients of a higher-order output: uhat_{k+1} = (sum_m gamma_m C_m) x_{k+1} + Dbar u_k. */
export interface HigherOrderCoefficients {
  /** gamma_m, the weight of the m-th readout's C_m, m = 1..M (index m - 1), shape [M] */
  readonly gamma: Float64Array;
  /** the weight of u_k */
  readonly Dbar: number;
  /**
   * the implicit solve's denominator 1 + sum_m (-dt/2)^m D_m ('matched'; 1 for 'taylor'); the rule is refused
   * when it is <= TRAPEZOID_MARGIN (M = 1: the paper's D dt/2 < 1)
   */
  readonly denominator: number;
}

/**
 * A higher-order next-value predictor: a {@link DiscretePredictor} (x_{k+1} = Abar x_k + Bbar u_k,
 * uhat_{k+1} = Cbar x_{k+1} + Dbar u_k, so predictNext, predictNextBatch and the FFT path run it unchanged) whose
 * Cbar, Dbar combine the readouts of u', ..., u^(M). `output` is 'trapezoid' (the M = 1 member of the 'matched'
 * family; the scan never reads it for time-invariant predictors): the rule actually used is `rule`, `readoutOrder`.
 */
export interface HigherOrderPredictor extends DiscretePredictor {
  readonly rule: HigherOrderRule;
  /** M, the highest derivative read out */
  readonly readoutOrder: number;
  /** the declared order p of the local one-step error |uhat_{k+1} - u_{k+1}| = O(dt^p), see {@link localOrder} */
  readonly localOrder: number;
  /** the scalar coefficients (gamma_m, Dbar, denominator) */
  readonly coefficients: HigherOrderCoefficients;
}
