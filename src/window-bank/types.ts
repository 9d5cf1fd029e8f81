import type { DiscretePredictor } from '../construction/types.ts';

/** One member of a window bank: a LegT construction with window theta and state size N. */
export interface WindowBankMember {
  readonly theta: number;
  readonly N: number;
  /** the member's next-value predictor (trapezoid, or a higher-order rule), dt = the bank's dt */
  readonly predictor: DiscretePredictor;
}

/** A bank of LegT constructions run side by side on the same input (see windowBank). */
export interface WindowBank {
  readonly dt: number;
  /** readout order M of every member's output (1: the paper's trapezoid) */
  readonly order: number;
  readonly members: readonly WindowBankMember[];
}

/** How the online combiner turns the members' recent errors into the bank's prediction. */
export type BankWeighting = 'argmin' | 'softmin';

/** The weightings, in the order `requireOneOf` lists them. */
export const BANK_WEIGHTINGS: readonly BankWeighting[] = Object.freeze(['argmin', 'softmin'] as const);

/** Options of the online combiner (combineOnline, bankPredict). */
export interface CombineOptions {
  /**
   * forgetting factor lambda in [0, 1) of the exponentially weighted squared errors
   * S_i[k] = lambda S_i[k-1] + (P_i[k-1] - u[k])^2 (memory ~ 1/(1 - lambda) steps)
   * @default 0.95
   */
  forgetting?: number;
  /** 'argmin' (follow the member with the smallest S) or 'softmin' (weights (S_min / S_i)^(1/temperature)) @default 'softmin' */
  weighting?: BankWeighting;
  /** softmin temperature in log-error units (> 0); smaller is sharper @default 0.25 */
  temperature?: number;
}

/** The bank's prediction with the trace of its choices. */
export interface BankPrediction {
  /** out[k] predicts u[k + 1], shape [L] */
  readonly prediction: Float64Array;
  /** the member with the largest weight at each k (the one followed, for 'argmin'), shape [L] */
  readonly leader: Int32Array;
}
