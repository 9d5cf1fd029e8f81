import type { Matrix } from '../linalg/matrix.ts';
import { predictorStates } from './predictorStates.ts';
import { requireRows } from './requireRows.ts';
import type { SequenceSet } from './sequenceSet.ts';
import { layout, trainInstance, type TrainExports } from './wasm/trainWasm.ts';

/** Where a {@link StatesStore}'s data lives in its WebAssembly instance (byte offsets). */
interface StatesWasm {
  readonly ex: TrainExports;
  readonly states: number;
  readonly inp: number;
  readonly C: number;
  readonly dC: number;
  readonly tmp: number;
  readonly idx: number;
  readonly off: number;
  readonly pred: number;
  /** rows of pred */
  readonly predRows: number;
  readonly res: number;
}

/**
 * The float32 states x_{k+1}, k in [from, to), of a set under fixed Abar, Bbar (predictorStates, float64 recurrence)
 * and the input windows u[from .. to], for the states path of the predictor's training. Backed by its own
 * WebAssembly instance when the trainer's kernels are available and N is a multiple of 4 (the arrays are views of
 * its memory), else by plain arrays.
 */
export interface StatesStore {
  readonly N: number;
  /** window length to - from */
  readonly R: number;
  /** number of sequences */
  readonly count: number;
  /** row s: R x N floats at s R N */
  readonly states: Float32Array;
  /** row s: u_s[from .. to] (R + 1 doubles) at s (R + 1) */
  readonly windows: Float64Array;
  /** @internal */
  readonly wasm: StatesWasm | null;
}

/**
 * The {@link StatesStore} of the sequences `rows` of a set (all by default).
 *
 * @param set - the sequences and window
 * @param Abar - state matrix [N, N]
 * @param Bbar - input vector [N]
 * @param rows - which sequences, in store order @default all
 * @returns the store; row r of it is sequence rows[r]
 * @throws RangeError for a row outside the set
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   const set = sequenceSet([[1, 1, 1, 1]], { lossFrom: 0 }); // window [0, 3)
 *   statesStore(set, identity(1), Float64Array.of(1)).states.join() === '1,2,3';
 * @see arXiv:2407.09375
 */
export function statesStore(
  set: SequenceSet,
  Abar: Matrix,
  Bbar: Float64Array,
  rows?: Int32Array,
): StatesStore {
  const idx = rows ?? Int32Array.from({ length: set.count }, (_, i) => i);
  requireRows('statesStore', idx, set.count);
  const N = Bbar.length;
  const { from, to, length: L } = set;
  const R = to - from;
  const count = idx.length;
  const lay = layout(0);
  const statesPtr = lay.take(4 * count * R * N);
  const inp = lay.take(8 * count * (R + 1));
  const C = lay.take(4 * N);
  const dC = lay.take(8 * N);
  const tmp = lay.take(4 * N);
  const idxPtr = lay.take(4 * count);
  const off = lay.take(4 * count);
  const predRows = Math.min(count, 64);
  const pred = lay.take(8 * predRows * R);
  const res = lay.take(16);
  const ex = N % 4 === 0 && lay.end < 2 ** 31 ? trainInstance(lay.end) : null;
  let states: Float32Array;
  let windows: Float64Array;
  let wasm: StatesWasm | null = null;
  if (ex !== null) {
    const buf = ex.memory.buffer;
    states = new Float32Array(buf, statesPtr, count * R * N);
    windows = new Float64Array(buf, inp, count * (R + 1));
    wasm = { ex, states: statesPtr, inp, C, dC, tmp, idx: idxPtr, off, pred, predRows, res };
  } else {
    states = new Float32Array(count * R * N);
    windows = new Float64Array(count * (R + 1));
  }
  for (let r = 0; r < count; r++) {
    const u = set.inputs64.subarray(idx[r] * L, (idx[r] + 1) * L);
    states.set(predictorStates(Abar, Bbar, u, L, from, to), r * R * N);
    windows.set(u.subarray(from, to + 1), r * (R + 1));
  }
  return Object.freeze({ N, R, count, states, windows, wasm });
}

// states of a dataset under fixed (Abar, Bbar), shared by every model built from the same construction objects (the
// settings and seeds of one experiment, tfjs or analytic): weakly keyed, so they live as long as the dataset and the
// construction
const shared = new WeakMap<SequenceSet, WeakMap<Matrix, WeakMap<Float64Array, StatesStore>>>();

/**
 * The {@link StatesStore} of a whole set, from a cache shared by all callers with the same set, Abar and Bbar
 * objects, or null when its float32 states would exceed `maxBytes` (callers then build stores per batch).
 *
 * @param set - the sequences and window
 * @param Abar - state matrix [N, N] (its identity keys the cache)
 * @param Bbar - input vector [N] (its identity keys the cache)
 * @param maxBytes - largest cache (float32 states of the whole set) @default 2 ** 30
 * @returns the store or null
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   const set = sequenceSet([[1, 2, 3]]);
 *   const A = identity(1);
 *   const B = Float64Array.of(1);
 *   sharedStatesStore(set, A, B) === sharedStatesStore(set, A, B); // one computation
 *   sharedStatesStore(set, A, B, 1) === null; // too large for 1 byte
 * @see arXiv:2407.09375
 */
export function sharedStatesStore(
  set: SequenceSet,
  Abar: Matrix,
  Bbar: Float64Array,
  maxBytes = 2 ** 30,
): StatesStore | null {
  if (set.count * (set.to - set.from) * Bbar.length * 4 > maxBytes) return null;
  let byA = shared.get(set);
  if (byA === undefined) shared.set(set, (byA = new WeakMap()));
  let byB = byA.get(Abar);
  if (byB === undefined) byA.set(Abar, (byB = new WeakMap()));
  let store = byB.get(Bbar);
  if (store === undefined) byB.set(Bbar, (store = statesStore(set, Abar, Bbar)));
  return store;
}
