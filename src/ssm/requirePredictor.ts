import type { LegtBilinearFactor } from '../construction/legtBilinearFactor.ts';
import type { DiscretePredictor } from '../construction/types.ts';
import { legtStructuredStepInto } from './legtStructuredStep.ts';

const checked = new WeakSet<object>();

/**
 * Relative mismatch, between Abar x + Bbar and the structured step of legtFactor at one probe x, above which the
 * factor does not belong to the predictor: a genuine factor reproduces the dense matrices to ~cond(M) eps (measured
 * <= 1e-13 for N <= 1024), a predictor whose Abar or Bbar were changed (a trained copy) differs by far more.
 */
const LEGT_FACTOR_PROBE_REL = 1e-9;

/** Throws unless `f` is the O(N) LegT factor of Abar, Bbar (one O(N^2) probe product). */
function requireLegtFactor(where: string, p: DiscretePredictor, f: LegtBilinearFactor): void {
  const N = p.Abar.rows;
  const fields = ['cr', 'invPivot', 'lower', 'upper', 'fwdDecay', 'bwdDecay', 'bwdGain'] as const;
  if (
    typeof f !== 'object' ||
    f === null ||
    f.N !== N ||
    fields.some((k) => !(f[k] instanceof Float64Array) || f[k].length !== N)
  ) {
    throw new TypeError(`${where}: predictor.legtFactor must be the LegtBilinearFactor of size N = ${N}`);
  }
  const x = new Float64Array(N);
  for (let i = 0; i < N; i++) x[i] = Math.sin(1.3 + 0.77 * i);
  const s = new Float64Array(N);
  legtStructuredStepInto(f, x, 0, 1, s, 0);
  const A = p.Abar.data;
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < N; i++) {
    let y = p.Bbar[i];
    for (let j = 0; j < N; j++) y += A[i * N + j] * x[j];
    diff = Math.max(diff, Math.abs(y - s[i]));
    scale = Math.max(scale, Math.abs(y));
  }
  if (!(diff <= LEGT_FACTOR_PROBE_REL * Math.max(scale, 1e-300))) {
    throw new RangeError(
      `${where}: predictor.legtFactor does not reproduce Abar, Bbar (relative mismatch ${(diff / scale).toPrecision(3)} ` +
        `> ${LEGT_FACTOR_PROBE_REL}): a predictor derived with other matrices must not carry the factor of the original`,
    );
  }
}

/**
 * Throws unless `predictor` has the shapes of a DiscretePredictor: Abar [N, N], Bbar [N], Cbar [N] (Float64Array)
 * with finite entries, finite Dbar, dt > 0, and a legtFactor, when present, that reproduces Abar and Bbar. The check
 * costs O(N^2) once per predictor object (remembered in a WeakSet, since predictors are immutable by contract).
 *
 * @param where - calling function, for the message
 * @param predictor - the candidate
 * @returns the predictor, typed
 * @throws TypeError for a wrong type or shape; RangeError for non-finite entries, dt <= 0 or a legtFactor that is not
 *   the factor of Abar, Bbar
 * @example requirePredictor('predictNext', prophecy(hippo('legt', 8), { dt: 1e-3 }))
 * @see arXiv:2407.09375
 * @internal
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
  if (p.legtFactor !== undefined) requireLegtFactor(where, p as DiscretePredictor, p.legtFactor);
  checked.add(predictor);
  return predictor as DiscretePredictor;
}
