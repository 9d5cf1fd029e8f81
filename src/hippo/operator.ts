/**
 * Shared machinery of the measure builders: argument checks and the frozen {@link HippoOperator} factory.
 */
import type { Matrix } from '../linalg/matrix.ts';
import { zeros } from '../linalg/matrix.ts';
import { requireFiniteArray, requireInteger, requirePositive } from '../util/validate.ts';
import type { HippoOperator, MeasureName, MeasureReadout } from './types.ts';

/** Options of every measure builder. */
export interface MeasureOptions {
  /**
   * Window length of translated measures (time scale 1/theta for LagT); for LegS the current time t at which
   * `basis` is evaluated. Must be finite and > 0.
   * @default 1
   */
  theta?: number;
}

/**
 * Checks N (integer >= 1, odd when `odd`) and theta (finite, > 0) for the builder `where`; returns theta.
 *
 * @throws RangeError naming N or theta
 */
export function checkOperatorArgs(where: string, N: number, theta: unknown, odd = false): number {
  requireInteger(where, 'N', N, 1);
  if (odd && N % 2 !== 1) {
    throw new RangeError(
      `${where}: N must be an odd integer (cosine/sine pairs plus the constant), got N = ${N}`,
    );
  }
  return requirePositive(where, 'theta', theta === undefined ? 1 : theta);
}

/** Everything a measure builder supplies to {@link makeOperator}. */
export interface OperatorSpec {
  measure: MeasureName;
  N: number;
  theta: number;
  A: Matrix;
  B: Float64Array;
  endpoint: Float64Array;
  timeVarying: boolean;
  description: string;
  /** writes p_n(t, t - lag), n = 0..N-1, into `out` (length N) */
  basisRow: (lag: number, out: Float64Array) => void;
  /** the measure's own readout when its predictor is not the p^T A construction; @default null */
  readout?: MeasureReadout | null;
}

/**
 * Freezes a {@link HippoOperator}. The object and its Matrix wrapper are frozen; typed arrays cannot be frozen in
 * JavaScript, so callers must treat A.data, B and endpoint as read-only.
 */
export function makeOperator(spec: OperatorSpec): HippoOperator {
  const { N, basisRow } = spec;
  const basis = (lags: Float64Array): Matrix => {
    const values = requireFiniteArray(`${spec.measure}.basis`, 'lags', lags);
    const m = zeros(values.length, N);
    for (let i = 0; i < values.length; i++) basisRow(values[i], m.data.subarray(i * N, (i + 1) * N));
    return m;
  };
  return Object.freeze({
    measure: spec.measure,
    N,
    theta: spec.theta,
    A: Object.freeze({ rows: spec.A.rows, cols: spec.A.cols, data: spec.A.data }),
    B: spec.B,
    endpoint: spec.endpoint,
    timeVarying: spec.timeVarying,
    description: spec.description,
    readout: spec.readout ? Object.freeze({ ...spec.readout }) : null,
    basis,
  });
}
