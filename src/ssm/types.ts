/**
 * Shapes and options shared by the SSM runners (scan, FFT convolution, rollout, predictNext).
 */

/**
 * A batch of B sequences of equal length L stored in one row-major buffer: sequence b occupies
 * `data[b * length, (b + 1) * length)`.
 */
export interface StridedBatch {
  readonly data: Float64Array;
  /** B, the number of sequences */
  readonly batch: number;
  /** L, the length of every sequence */
  readonly length: number;
}

/** How predictNext evaluates the predictor: the recurrence, the FFT convolution, or the cheaper of the two. */
export type PredictMode = 'auto' | 'scan' | 'fft';

/** The evaluation modes, for validation and the CLI. */
export const PREDICT_MODES: readonly PredictMode[] = Object.freeze(['auto', 'scan', 'fft'] as const);

/**
 * Whether the scan uses the O(N) LegT bilinear step (src/ssm/legtStructuredStep.ts) instead of the dense
 * O(N^2) product with Abar: `'auto'` uses it for predictors carrying legtFactor (LegT bilinear, from prophecy) with
 * N >= 32 (below, the dense product is faster), `true` requires it (throws when the predictor carries no
 * legtFactor), `false` always uses the dense Abar.
 */
export type StructuredChoice = boolean | 'auto';
