import type { Matrix } from '../linalg/matrix.ts';
import type { HippoOperator, OutputRule } from '../hippo/types.ts';
import type { DiscretizationMethod } from '../discretize/types.ts';
import type { LegtBilinearFactor } from './legtBilinearFactor.ts';

export type { DiscretizationMethod, OutputRule };

/**
 * The discrete next-state predictor (docs/theory.md eq. 18):
 *
 *   x_{k+1} = Abar x_k + Bbar u_k,     uhat_{k+1} = Cbar x_{k+1} + Dbar u_k.
 *
 * For LegS (`op.timeVarying`) Abar, Bbar, Cbar, Dbar are those of step k = 0 only; the scan recomputes them per step
 * (see discretize/legs).
 */
export interface DiscretePredictor {
  readonly op: HippoOperator;
  readonly dt: number;
  readonly discretization: DiscretizationMethod;
  readonly output: OutputRule;
  /** the authors' first-step quirk (one C term instead of two at k = 0), off by default */
  readonly authorsFirstStep: boolean;
  /** continuous derivative readout y = C x + D u, shape [N] and scalar; never modified by discretization */
  readonly C: Float64Array;
  readonly D: number;
  /** discrete matrices: Abar [N, N], Bbar [N], Cbar [N], Dbar scalar */
  readonly Abar: Matrix;
  readonly Bbar: Float64Array;
  readonly Cbar: Float64Array;
  readonly Dbar: number;
  /**
   * The LegT structure, when the predictor has it: the O(N) factor of M = I - (dt/2) A with Abar = 2 M^-1 - I and
   * Bbar = dt M^-1 B (LegT, time-invariant, bilinear discretization; decided once, by legtStructure, when prophecy or
   * higherOrderPredictor builds the predictor). The runners read it to step the state (scan, rollout), build the
   * kernel (kernel, fftPredict) and run the WebAssembly kernel in O(N) per step. Absent for every other predictor.
   * A predictor derived with another Abar or Bbar must not carry it: the runners refuse a factor that does not
   * reproduce them (requirePredictor).
   */
  readonly legtFactor?: LegtBilinearFactor;
}

/** A linear readout y = C x + D u of the state x (shape [N]) and the input u. */
export interface Readout {
  /** shape [N] */
  readonly C: Float64Array;
  readonly D: number;
}

/**
 * The second-derivative readout in two forms (see construction/secondDerivativeReadout.ts):
 * state-and-input u'' ~ C x + D u, and the chain-rule form u'' ~ chain.C x + chain.D u + chain.E u'.
 */
export interface SecondDerivativeReadout extends Readout {
  readonly chain: { readonly C: Float64Array; readonly D: number; readonly E: number };
}

/**
 * The matrices a scan uses at step k: x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k.
 * `valid` is false when the output had to fall back to copy-last (LegS steps with N^2 / (2 (k + 1)) >= 1).
 */
export interface PredictorStep {
  readonly Abar: Matrix;
  readonly Bbar: Float64Array;
  readonly Cbar: Float64Array;
  readonly Dbar: number;
  readonly valid: boolean;
}
