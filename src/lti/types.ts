import type { Matrix } from '../linalg/matrix.ts';

/**
 * A linear time-invariant state-space system, frozen (built by {@link ss}):
 *
 *   continuous (dt = null):  x'(t) = A x(t) + B u(t),        y(t) = C x(t) + D u(t)
 *   discrete (dt > 0):       x_{k+1} = A x_k + B u_k,        y_k = C x_k + D u_k
 *
 * with N states, M inputs and P outputs. For a discrete system produced by {@link cont2discrete}, A, B, C, D are
 * what scipy calls Ad, Bd, Cd, Dd.
 */
export interface LtiSystem {
  /** state matrix, shape [N, N] */
  readonly A: Matrix;
  /** input matrix, shape [N, M] */
  readonly B: Matrix;
  /** output matrix, shape [P, N] */
  readonly C: Matrix;
  /** feedthrough matrix, shape [P, M] */
  readonly D: Matrix;
  /** sampling step: null for a continuous system, a finite number > 0 for a discrete one */
  readonly dt: number | null;
}

/**
 * What {@link ss} reads as a matrix: the library's Matrix, nested rows (number[][] or Float64Array[]), a flat vector
 * (read as a column for B, a row for C) or a number (a 1 x 1 matrix).
 */
export type MatrixInput = Matrix | readonly ArrayLike<number>[] | ArrayLike<number> | number;

/**
 * One input sequence of L samples: a flat vector (Float64Array or number[], a single input, M = 1) or a Matrix of
 * shape [L, M] (row k holds u_k). Nested number arrays are not read here (an array of sequences is a batch); convert
 * them with fromRows.
 */
export type SignalInput = Matrix | ArrayLike<number>;

/** Responses of {@link impulse}, {@link step}, {@link dimpulse} and {@link dstep}: one output matrix per input. */
export interface InputResponses {
  /** the time of each sample, shape [L] */
  readonly t: Float64Array;
  /** y[m] is the response to input m alone, shape [L, P] (for SISO, y[0].data is the length-L response) */
  readonly y: readonly Matrix[];
}

/** A frequency response H(s) = C (s I - A)^-1 B + D sampled at K frequencies, one complex sequence per (p, m). */
export interface FrequencyResponse {
  /** the frequencies, shape [K] (rad/s for freqresp, rad/sample for dfreqresp) */
  readonly w: Float64Array;
  /** re[p][m][k] = Re H_pm at w[k]: P arrays of M Float64Arrays of length K */
  readonly re: readonly (readonly Float64Array[])[];
  /** im[p][m][k] = Im H_pm at w[k], same shape as re */
  readonly im: readonly (readonly Float64Array[])[];
}
