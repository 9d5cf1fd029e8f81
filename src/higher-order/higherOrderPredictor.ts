import { derivativeReadoutOfOrder } from '../construction/index.ts';
import { requireOperator } from '../construction/requireOperator.ts';
import { legtStructure } from '../construction/legtStructure.ts';
import { discretize } from '../discretize/index.ts';
import type { HippoOperator } from '../hippo/types.ts';
import { requireInteger, requireOneOf, requireOptions, requirePositive } from '../util/validate.ts';
import { higherOrderCoefficients } from './higherOrderCoefficients.ts';
import { localOrder } from './localOrder.ts';
import { HIGHER_ORDER_RULES } from './types.ts';
import type { HigherOrderPredictor, HigherOrderRule } from './types.ts';

/** Options of {@link higherOrderPredictor}. */
export interface HigherOrderOptions {
  /** step between samples (finite, > 0) */
  dt: number;
  /** M, the highest derivative read out (integer >= 1; M = 1 with 'matched' is the paper's trapezoid) @default 3 */
  order?: number;
  /** 'matched' (transfer function matched to order M) or 'taylor' (naive, O(dt^2)) @default 'matched' */
  rule?: HigherOrderRule;
}

/**
 * A higher-order next-value predictor from the readouts u^(m) ~ C_m x + D_m u, m = 1..M
 * (construction/derivativeReadoutOfOrder), in the paper's predictor form with the bilinear state:
 *
 *   x_{k+1} = Abar x_k + Bbar u_k,   uhat_{k+1} = Cbar x_{k+1} + Dbar u_k,
 *   Cbar = sum_m gamma_m C_m,   (gamma, Dbar) = higherOrderCoefficients([D_1..D_M], dt, rule).
 *
 * With rule 'matched' (default) the output transfer matches the exact shift e^{s dt} to order M (derivation in
 * higherOrderCoefficients): local error O(dt^(M+2)) for odd M, O(dt^(M+1)) for even M, exact on polynomials of
 * degree <= M < N after the start-up transient; M = 1 reproduces prophecy()'s trapezoid Cbar, Dbar. The default
 * M = 3 is fifth order at the cost of the trapezoid (one state, one dot product). Higher M multiplies the readouts'
 * own error (the window resolution) by up to D_1^m, but weighted by h^m, so on unresolved windows all M share the
 * trapezoid's floor (measured in experiments/higher-order).
 *
 * @param op - HiPPO operator of a translated (time-invariant) measure, A [N, N], B [N]
 * @param options - dt (required), order M (default 3), rule (default 'matched')
 * @returns a frozen HigherOrderPredictor (a DiscretePredictor: Abar [N, N], Bbar [N], Cbar [N], Dbar)
 * @throws RangeError for dt <= 0, M not an integer >= 1, an unknown rule, a time-varying (LegS) operator, or a
 *   'matched' denominator <= TRAPEZOID_MARGIN; TypeError for a bad op or options
 * @example
 * const p = higherOrderPredictor(hippo('legt', 9, { theta: 0.03 }), { dt: 1e-4, order: 3 });
 * const u = Float64Array.from({ length: 3000 }, (_, k) => Math.sin(20 * k * 1e-4));
 * const out = predictNext(p, u); // out[k] ~ u[k + 1], fifth order in dt
 * Math.abs(out[2500] - u[2501]) < 1e-12
 * @see arXiv:2407.09375
 */
export function higherOrderPredictor(op: HippoOperator, options: HigherOrderOptions): HigherOrderPredictor {
  const where = 'higherOrderPredictor';
  requireOperator(where, op);
  options = requireOptions(where, options);
  const dt = requirePositive(where, 'dt', options.dt);
  const M = requireInteger(where, 'order', options.order ?? 3, 1);
  const rule = requireOneOf(where, 'rule', options.rule ?? 'matched', HIGHER_ORDER_RULES);
  if (op.timeVarying) {
    throw new RangeError(
      `${where}: needs a translated (time-invariant) measure; ${op.measure} is time-varying (its 1/t factor adds ` +
        `t-dependent terms to the readouts of order >= 2)`,
    );
  }
  const N = op.N;
  const readouts = Array.from({ length: M }, (_, m) => derivativeReadoutOfOrder(op, m + 1));
  const coefficients = higherOrderCoefficients(
    readouts.map((r) => r.D),
    dt,
    rule,
  );
  const Cbar = new Float64Array(N);
  readouts.forEach((r, m) => {
    const g = coefficients.gamma[m];
    for (let j = 0; j < N; j++) Cbar[j] += g * r.C[j];
  });
  const state = discretize(op.A, op.B, dt, 'bilinear');
  // the runners' O(N) LegT step, as for prophecy's predictors (the state part is the same)
  const legtFactor = legtStructure(op, 'bilinear', dt);
  return Object.freeze({
    op,
    dt,
    discretization: 'bilinear' as const,
    output: 'trapezoid' as const,
    authorsFirstStep: false,
    C: readouts[0].C,
    D: readouts[0].D,
    Abar: Object.freeze({ rows: state.Abar.rows, cols: state.Abar.cols, data: state.Abar.data }),
    Bbar: state.Bbar,
    Cbar,
    Dbar: coefficients.Dbar,
    rule,
    readoutOrder: M,
    localOrder: localOrder(rule, M),
    coefficients,
    ...(legtFactor ? { legtFactor } : {}),
  });
}
