/**
 * Shared machinery of the measure builders: argument checks and the frozen {@link HippoOperator} factory.
 */
import type { Matrix } from '../linalg/matrix.ts';
import { zeros } from '../linalg/matrix.ts';
import { requireFiniteArray, requireInteger, requirePositive } from '../util/validate.ts';
import { requireMemory } from '../limits/memoryBudget.ts';
import { requireFiniteResult } from '../limits/nonFinite.ts';
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
 * Checks N (integer >= 1, odd when `odd`, A of N^2 float64 within the memory budget) and theta (finite, > 0) for
 * the builder `where`; returns theta.
 *
 * @throws RangeError naming N or theta; MemoryBudgetError when 8 N^2 bytes exceed the memory budget
 */
export function checkOperatorArgs(where: string, N: number, theta: unknown, odd = false): number {
  requireInteger(where, 'N', N, 1);
  requireMemory(where, `N = ${N} (A is N^2 float64)`, { bytes: 8 * N * N, longestArray: N * N });
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
 *
 * @throws NonFiniteError when A, B or the endpoint holds NaN or Infinity (e.g. theta = 1e-308), naming the entry
 */
export function makeOperator(spec: OperatorSpec): HippoOperator {
  const { N, basisRow } = spec;
  const hint = `${spec.measure} with N = ${N}, theta = ${spec.theta} leaves float64 (A and B scale as 1/theta); use a larger theta`;
  requireFiniteResult(spec.measure, 'A', spec.A, hint);
  requireFiniteResult(spec.measure, 'B', spec.B, hint);
  requireFiniteResult(spec.measure, 'endpoint', spec.endpoint, hint);
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
