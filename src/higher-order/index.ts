/**
 * Higher-order next-value predictors: the readouts of u', ..., u^(M) combined into one output of the paper's
 * predictor form (a DiscretePredictor), fifth order in dt at M = 3 where the paper's trapezoid is third order.
 *
 * @see arXiv:2407.09375
 */
export type { HigherOrderCoefficients, HigherOrderPredictor, HigherOrderRule } from './types.ts';
export { HIGHER_ORDER_RULES } from './types.ts';
export { higherOrderCoefficients } from './higherOrderCoefficients.ts';
export { higherOrderPredictor } from './higherOrderPredictor.ts';
export type { HigherOrderOptions } from './higherOrderPredictor.ts';
export { localOrder } from './localOrder.ts';
