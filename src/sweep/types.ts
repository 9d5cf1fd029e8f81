/**
 * Plain-data shapes of the one-step error sweep (src/sweep): kernel spectra of many predictors, sweep options and
 * results. Everything here is structured-cloneable, so it crosses worker-thread boundaries unchanged.
 *
 * @see arXiv:2407.09375
 */
import type { AveragingWindow } from '../metrics/resolveWindow.ts';

/**
 * The kernel spectra of P LTI predictors for sequences of length L, computed once and shared by every function of a
 * sweep (see {@link sweepKernels}).
 */
export interface SweepKernels {
  /** L, the sequence length the kernels were computed for */
  readonly length: number;
  /** n = fftSizeFor(L), the FFT path's real transform size >= 2L - 1 (a multiple of 4 with n/2 5-smooth) */
  readonly fftSize: number;
  /**
   * spectra[p]: the spectrum of K_0..K_{L-1} zero-padded to n, as the per-bin coefficients of the FFT path's
   * convolution (ssm's convolutionSpectrum), shape [2n + 8]
   */
  readonly spectra: readonly Float64Array[];
  /** Dbar of each predictor, shape [P] */
  readonly Dbar: Float64Array;
  /**
   * out[0] = firstGain[p] u_0 replaces the convolution at k = 0 when the predictor has the authors' first-step
   * quirk ((K_0 / 2) + Dbar); NaN when it does not. Shape [P].
   */
  readonly firstGain: Float64Array;
}

/** Options of {@link sweepOneStep}. */
export interface SweepOptions {
  /**
   * Averaging windows over the L - 1 prediction indices k (prediction[k] against u[k + 1]), resolved by
   * metrics/resolveWindow exactly as oneStepError does.
   * @default ['second-half', 'whole']
   */
  readonly windows?: readonly AveragingWindow[];
  /**
   * Also accumulate, per predictor and per prediction index k, the sum over functions of the squared error and of
   * its square (for per-position mean and std, paper figure 5).
   * @default false
   */
  readonly perPosition?: boolean;
  /**
   * Functions whose spectra are held at once (integer >= 1; memory ~ 8 n chunkSize bytes). Results do not depend on
   * it: every function is convolved on its own, and sums run in function order.
   * @default 16
   */
  readonly chunkSize?: number;
}

/** The result of {@link sweepOneStep} for M functions and P predictors. */
export interface SweepResult {
  /** M, the number of functions */
  readonly functions: number;
  /** P, the number of predictors */
  readonly predictors: number;
  /** the resolved windows [from, to) over prediction indices, shape [W] */
  readonly windows: readonly { readonly from: number; readonly to: number }[];
  /**
   * Mean squared one-step error of predictor p, window w, function m at errors[(p W + w) M + m]; shape [P, W, M].
   * Equals oneStepError(predictNext(predictor p, u_m), u_m, { from, to }).
   */
  readonly errors: Float64Array;
  /** The copy-last-value predictor (out[k] = u[k]): copyLast[w M + m], shape [W, M]. */
  readonly copyLast: Float64Array;
  /**
   * With perPosition: sum over functions of the squared error at prediction index k, perPositionSum[p (L - 1) + k],
   * shape [P, L - 1]; the copy-last predictor's sums are row P (so the shape is [P + 1, L - 1]).
   */
  readonly perPositionSum?: Float64Array;
  /** With perPosition: the same sums of the squared errors squared (for the std), shape [P + 1, L - 1]. */
  readonly perPositionSumSq?: Float64Array;
}
