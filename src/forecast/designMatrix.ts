import type { Matrix } from '../linalg/matrix.ts';
import { requireInteger } from '../util/validate.ts';
import type { PolynomialFeatureMap } from './polynomialFeatures.ts';

/** Options of {@link designMatrix}. */
export interface DesignMatrixOptions {
  /** first sample ingested (the memory starts from its zero state there) @default 0 */
  from?: number;
  /** end (exclusive) of the samples used: the last row predicts u[to - 1] @default the trajectory length */
  to?: number;
  /**
   * indices s in [from, L] at which to return the state after ingesting the true u[from..s) (s may lie beyond
   * `to`: the memory then runs on past the rows, which is how a hold-out gets its teacher-forced starts) @default []
   */
  snapshots?: readonly number[];
}

/** The regression rows of a trajectory and the memory states along it. */
export interface DesignMatrix {
  /** features phi_k, one row per k, shape [n, F] */
  readonly X: Matrix;
  /** targets u_{k+1} - u_k, shape [n, H] */
  readonly Y: Matrix;
  /** k of row 0 (rows are k = firstRow .. to - 2) */
  readonly firstRow: number;
  /** the state after ingesting u[from..to) (ready to forecast u[to]) */
  readonly state: Float64Array;
  /** the states requested in options.snapshots, in that order */
  readonly snapshots: Float64Array[];
}

/**
 * Teacher-forced regression rows of one trajectory: the memory ingests the true values u_from, u_from+1, ...; row k
 * pairs the features phi_k = phi(state after u_k, u_k) with the next increment,
 *
 *   X[k] = phi_k,   Y[k] = u_{k+1} - u_k,   k = from + warmup, ..., to - 2,
 *
 * rows before the memory's warm-up being left out (its zero initial state is not a history).
 *
 * @param map - the polynomial feature map (its memory fixes H and the warm-up)
 * @param channels - H trajectories of equal length L (finite; not modified)
 * @param options - from (@default 0), to (@default L), snapshots (@default [])
 * @returns frozen { X, Y, firstRow, state, snapshots }
 * @throws TypeError for a wrong number of channels or unequal lengths; RangeError for a range with fewer than 2
 *   rows after the warm-up (naming the lengths) or a snapshot outside [from, L]
 * @example
 *   const map = polynomialFeatures(delayMemory(1, { delays: 2 }), { quadratic: false });
 *   const d = designMatrix(map, [Float64Array.of(1, 2, 4, 8)]);
 *   d.X.rows === 2 && d.Y.data.join() === '2,4' && d.X.data.join() === '1,2,2,4'; // [u_{k-1}, u_k]
 * @see arXiv:2407.09375
 * @internal
 */
export function designMatrix(
  map: PolynomialFeatureMap,
  channels: readonly Float64Array[],
  options: DesignMatrixOptions = {},
): DesignMatrix {
  const where = 'designMatrix';
  const memory = map.memory;
  const H = memory.channels;
  if (!Array.isArray(channels) || channels.length !== H) {
    throw new TypeError(`${where}: channels must be an array of H = ${H} Float64Arrays`);
  }
  const L = channels[0].length;
  channels.forEach((c, i) => {
    if (!(c instanceof Float64Array) || c.length !== L) {
      throw new TypeError(`${where}: channels[${i}] must be a Float64Array of length ${L}`);
    }
  });
  const from = requireInteger(where, 'from', options.from ?? 0, 0);
  const to = requireInteger(where, 'to', options.to ?? L, 0);
  if (to > L) throw new RangeError(`${where}: to must be <= the length ${L}, got ${to}`);
  const first = from + memory.warmup;
  const n = to - 1 - first;
  if (n < 2) {
    throw new RangeError(
      `${where}: samples [${from}, ${to}) give ${Math.max(n, 0)} rows after the memory's warm-up of ${memory.warmup}; ` +
        `need at least 2 (a longer context, or a shorter window / fewer delays)`,
    );
  }
  const snaps = options.snapshots ?? [];
  let end = to;
  for (const s of snaps) {
    if (!Number.isInteger(s) || s < from || s > L) {
      throw new RangeError(`${where}: snapshots must be integers in [${from}, ${L}], got ${s}`);
    }
    end = Math.max(end, s);
  }
  const F = map.size;
  const X = new Float64Array(n * F);
  const Y = new Float64Array(n * H);
  const u = new Float64Array(H);
  let state = new Float64Array(memory.stateSize);
  let next = new Float64Array(memory.stateSize);
  const snapshots: Float64Array[] = new Array(snaps.length);
  let atTo = state;
  const take = (k: number) => {
    snaps.forEach((s, i) => s === k && (snapshots[i] = state.slice()));
    if (k === to) atTo = state.slice();
  };
  take(from);
  for (let k = from; k < end; k++) {
    for (let c = 0; c < H; c++) u[c] = channels[c][k];
    memory.step(state, u, next);
    [state, next] = [next, state];
    take(k + 1);
    if (k < first || k > to - 2) continue;
    const r = k - first;
    map.write(state, u, X, r * F);
    for (let c = 0; c < H; c++) Y[r * H + c] = channels[c][k + 1] - u[c];
  }
  return Object.freeze({
    X: { rows: n, cols: F, data: X },
    Y: { rows: n, cols: H, data: Y },
    firstRow: first,
    state: atTo,
    snapshots,
  });
}
