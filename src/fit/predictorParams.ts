import type { Matrix } from '../linalg/matrix.ts';
import { PAPER_SETTINGS } from './paperSettings.ts';

/** The discrete predictor's parameters (a DiscretePredictor from src/construction has these fields). */
export interface PredictorParams {
  /** shape [N, N] */
  readonly Abar: Matrix;
  /** shape [N] */
  readonly Bbar: Float64Array;
  /** shape [N] */
  readonly Cbar: Float64Array;
  readonly Dbar: number;
}

/**
 * Checks a setting name and the shapes of a predictor's parameters.
 *
 * @param where - caller name for messages
 * @param init - the parameters
 * @param setting - the paper setting
 * @returns N
 * @throws RangeError for an unknown setting; TypeError when Abar is not [N, N] or Cbar not [N] (N = Bbar.length)
 * @internal
 */
export function requirePredictorParams(where: string, init: PredictorParams, setting: string): number {
  if (!(PAPER_SETTINGS as readonly string[]).includes(setting)) {
    throw new RangeError(`${where}: setting must be one of ${PAPER_SETTINGS.join(', ')}; got ${setting}`);
  }
  const N = init.Bbar.length;
  if (init.Abar.rows !== N || init.Abar.cols !== N || init.Cbar.length !== N) {
    throw new TypeError(
      `${where}: need Abar [${N}, ${N}] and Cbar [${N}], got Abar [${init.Abar.rows}, ${init.Abar.cols}], ` +
        `Cbar [${init.Cbar.length}]`,
    );
  }
  return N;
}

/**
 * How far a trained predictor moved from the construction: relative L2 distances of Cbar, Bbar, Abar (Frobenius)
 * and the absolute distance of Dbar.
 *
 * @param trained - the trained parameters
 * @param reference - the construction they started from
 * @returns ||X - X_ref|| / ||X_ref|| for Abar, Bbar, Cbar (||X|| when X_ref = 0) and |Dbar - Dbar_ref|
 * @example
 *   const p = { Abar: fromRows([[0.5]]), Bbar: Float64Array.of(1), Cbar: Float64Array.of(2), Dbar: 0 };
 *   const d0 = predictorDistances(p, p);
 *   d0.Abar === 0 && d0.Bbar === 0 && d0.Cbar === 0 && d0.Dbar === 0;
 *   const d = predictorDistances({ ...p, Cbar: Float64Array.of(3), Dbar: -0.25 }, p);
 *   d.Cbar === 0.5 && d.Dbar === 0.25 && d.Abar === 0;
 * @see arXiv:2407.09375
 */
export function predictorDistances(
  trained: PredictorParams,
  reference: PredictorParams,
): { Abar: number; Bbar: number; Cbar: number; Dbar: number } {
  const rel = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
    let num = 0;
    let den = 0;
    for (let i = 0; i < a.length; i++) {
      num += (a[i] - b[i]) ** 2;
      den += b[i] ** 2;
    }
    return den === 0 ? Math.sqrt(num) : Math.sqrt(num / den);
  };
  return {
    Abar: rel(trained.Abar.data, reference.Abar.data),
    Bbar: rel(trained.Bbar, reference.Bbar),
    Cbar: rel(trained.Cbar, reference.Cbar),
    Dbar: Math.abs(trained.Dbar - reference.Dbar),
  };
}
