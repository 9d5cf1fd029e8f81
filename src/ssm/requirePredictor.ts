import type { DiscretePredictor } from '../construction/types.ts';

const checked = new WeakSet<object>();

/**
 * Throws unless `predictor` has the shapes of a DiscretePredictor: Abar [N, N], Bbar [N], Cbar [N] (Float64Array)
 * with finite entries, finite Dbar, dt > 0. The check costs O(N^2) once per predictor object (remembered in a
 * WeakSet, since predictors are immutable by contract).
 *
 * @param where - calling function, for the message
 * @param predictor - the candidate
 * @returns the predictor, typed
 * @throws TypeError for a wrong type or shape; RangeError for non-finite entries or dt <= 0
 * @example requirePredictor('predictNext', prophecy(hippo('legt', 8), { dt: 1e-3 }))
 * @see arXiv:2407.09375
 */
export function requirePredictor(where: string, predictor: unknown): DiscretePredictor {
  if (typeof predictor !== 'object' || predictor === null) {
    throw new TypeError(`${where}: predictor must be a DiscretePredictor object, got ${String(predictor)}`);
  }
  if (checked.has(predictor)) return predictor as DiscretePredictor;
  const p = predictor as Partial<DiscretePredictor>;
  const A = p.Abar;
  if (!A || !(A.data instanceof Float64Array) || A.rows !== A.cols || A.data.length !== A.rows * A.cols) {
    throw new TypeError(`${where}: predictor.Abar must be a square Matrix with Float64Array data`);
  }
  const N = A.rows;
  if (N < 1) throw new TypeError(`${where}: predictor.Abar must have N >= 1 rows, got ${N}`);
  for (const name of ['Bbar', 'Cbar'] as const) {
    const v = p[name];
    if (!(v instanceof Float64Array) || v.length !== N) {
      throw new TypeError(`${where}: predictor.${name} must be a Float64Array of length N = ${N}`);
    }
    for (let i = 0; i < N; i++) {
      if (!Number.isFinite(v[i]))
        throw new RangeError(`${where}: predictor.${name}[${i}] must be finite, got ${v[i]}`);
    }
  }
  for (let i = 0; i < A.data.length; i++) {
    if (!Number.isFinite(A.data[i])) {
      throw new RangeError(
        `${where}: predictor.Abar entry (${Math.floor(i / N)}, ${i % N}) must be finite, got ${A.data[i]}`,
      );
    }
  }
  if (typeof p.Dbar !== 'number' || !Number.isFinite(p.Dbar)) {
    throw new RangeError(`${where}: predictor.Dbar must be a finite number, got ${String(p.Dbar)}`);
  }
  if (typeof p.dt !== 'number' || !(p.dt > 0) || !Number.isFinite(p.dt)) {
    throw new RangeError(`${where}: predictor.dt must be a finite number > 0, got ${String(p.dt)}`);
  }
  if (typeof p.op !== 'object' || p.op === null) {
    throw new TypeError(`${where}: predictor.op must be the HippoOperator the predictor was built from`);
  }
  checked.add(predictor);
  return predictor as DiscretePredictor;
}
