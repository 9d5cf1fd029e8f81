/**
 * Shapes shared by the in-context forecasters: the memory part of a feature map and the forecast record.
 */
import type { Matrix } from '../linalg/matrix.ts';

/**
 * The memory part of a polynomial feature map over H channels: a state that ingests one H-vector of values per
 * step, and the memory features read from it (HiPPO-LegT states, or time-delayed values for NG-RC).
 */
export interface FeatureMemory {
  /** H, the number of channels */
  readonly channels: number;
  /** length of the state vector */
  readonly stateSize: number;
  /** m, the number of memory features (all channels) */
  readonly size: number;
  /** indices into the m memory features of those that also enter the quadratic monomials */
  readonly leading: readonly number[];
  /** samples ingested before the memory features are trusted (rows before it are left out of a fit) */
  readonly warmup: number;
  /** one line saying what the memory holds */
  readonly description: string;
  /** the state after ingesting the values u (shape [H]) into `next` (shape [stateSize], distinct from state) */
  step(state: Float64Array, u: Float64Array, next: Float64Array): void;
  /** writes the m memory features of `state` into out[offset, offset + m) */
  read(state: Float64Array, out: Float64Array, offset: number): void;
  /**
   * writes the natural scale of each memory feature into out[offset, offset + m), given the spread sigma_c of every
   * channel (shape [H]): a feature in the units of channel c has scale sigma_c
   */
  scales(channelScale: ArrayLike<number>, out: Float64Array, offset: number): void;
}

/** How the ridge strength is chosen: on the context by a causal hold-out or by GCV, or fixed. */
export type Regularization = 'holdout' | 'gcv' | number;

/** One fitted ridge readout: yhat = intercept + W^T phi (phi without the constant 1). */
export interface RidgeReadout {
  /** shape [H] */
  readonly intercept: Float64Array;
  /** shape [F, H] */
  readonly weights: Matrix;
}

/** The forecast of one trajectory and how its model was chosen. */
export interface InContextForecast {
  /** H channels of shape [horizon]: forecast[c][j] predicts u_c at step T + j (T = context length) */
  readonly forecast: Float64Array[];
  /** the fitted readout (on the whole context) */
  readonly readout: RidgeReadout;
  /** number of features including the constant (the intercept) */
  readonly features: number;
  /** the chosen relative ridge strength (lambda = rho m, m the mean eigenvalue of the scaled Gram), per output */
  readonly rho: Float64Array;
  /** index of the chosen memory candidate (e.g. which theta or stride) and its description */
  readonly candidate: number;
  readonly memory: string;
  /**
   * how rho was chosen, with the selection score (hold-out: mean valid steps; GCV: mean normalised score) and how
   * many better-ranked choices the range guard rejected
   */
  readonly selection: {
    readonly method: 'holdout' | 'gcv' | 'fixed';
    readonly score: number;
    readonly rejected: number;
  };
  /** first forecast index whose value is not finite (the rest are NaN), or null */
  readonly diverged: number | null;
}
