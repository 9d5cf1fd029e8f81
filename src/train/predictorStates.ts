import type { Matrix } from '../linalg/matrix.ts';
import type { SequenceSet } from './sequenceSet.ts';

/**
 * The states x_{k+1} of the discrete predictor x_{k+1} = Abar x_k + Bbar u_k (x_0 = 0) for k in [from, to), computed
 * in float64 and stored as float32 for tfjs. When Abar and Bbar are fixed (paper settings I-III) these do not depend
 * on the trained parameters, so a dataset's states are computed once and the prediction
 * uhat_{k+1} = Cbar x_{k+1} + Dbar u_k becomes a matrix product.
 *
 * @param Abar - state matrix, shape [N, N]
 * @param Bbar - input vector, shape [N]
 * @param inputs - sequences, `count` rows of length L stored row-major in one array, shape [count, L]
 * @param length - L
 * @param from - first position k whose state x_{k+1} is returned
 * @param to - one past the last position
 * @returns states, shape [count, to - from, N], row-major float32
 * @throws RangeError when 0 <= from < to <= L does not hold
 * @example predictorStates(identity(1), Float64Array.of(1), Float64Array.of(1, 1, 1), 3, 0, 3) // [1, 2, 3]
 * @see arXiv:2407.09375
 */
export function predictorStates(
  Abar: Matrix,
  Bbar: Float64Array,
  inputs: ArrayLike<number>,
  length: number,
  from: number,
  to: number,
): Float32Array {
  const N = Bbar.length;
  if (!(from >= 0 && from < to && to <= length)) {
    throw new RangeError(
      `predictorStates: need 0 <= from < to <= L = ${length}, got from = ${from}, to = ${to}`,
    );
  }
  const count = Math.floor(inputs.length / length);
  const R = to - from;
  const out = new Float32Array(count * R * N);
  const A = Abar.data;
  let x = new Float64Array(N);
  let y = new Float64Array(N);
  for (let s = 0; s < count; s++) {
    x.fill(0);
    const base = s * length;
    for (let k = 0; k < to; k++) {
      const uk = inputs[base + k];
      for (let i = 0; i < N; i++) {
        let acc = Bbar[i] * uk;
        const row = i * N;
        for (let j = 0; j < N; j++) acc += A[row + j] * x[j];
        y[i] = acc;
      }
      const t = x;
      x = y;
      y = t;
      if (k >= from) out.set(x, (s * R + (k - from)) * N);
    }
  }
  return out;
}

// states of a dataset under fixed (Abar, Bbar), shared by every model built from the same construction objects (the
// settings and seeds of one experiment, tfjs or analytic): weakly keyed, so they live as long as the dataset and the
// construction
const sharedStates = new WeakMap<SequenceSet, WeakMap<Matrix, WeakMap<Float64Array, Float32Array>>>();

/**
 * The states of the sequences `idx` of a set (see {@link predictorStates}) with the set's loss window, from a cache
 * shared by all callers with the same set, Abar and Bbar objects when the whole set's states fit in `maxBytes`,
 * else computed for these rows only.
 *
 * @param set - the sequences and window
 * @param Abar - state matrix [N, N] (its identity keys the cache)
 * @param Bbar - input vector [N] (its identity keys the cache)
 * @param idx - the sequences wanted
 * @param maxBytes - largest cache (float32 states of the whole set) @default 2 ** 30
 * @returns states and, per idx entry, the offset of its [to - from, N] block in them
 * @example
 *   const set = sequenceSet([[1, 1, 1, 1]], { lossFrom: 0 }); // window [0, 3)
 *   batchStates(set, identity(1), Float64Array.of(1), Int32Array.of(0)).states // [1, 2, 3]
 * @see arXiv:2407.09375
 */
export function batchStates(
  set: SequenceSet,
  Abar: Matrix,
  Bbar: Float64Array,
  idx: Int32Array,
  maxBytes = 2 ** 30,
): { states: Float32Array; offsets: Int32Array } {
  const N = Bbar.length;
  const R = set.to - set.from;
  const L = set.length;
  if (set.count * R * N * 4 <= maxBytes) {
    let byA = sharedStates.get(set);
    if (byA === undefined) sharedStates.set(set, (byA = new WeakMap()));
    let byB = byA.get(Abar);
    if (byB === undefined) byA.set(Abar, (byB = new WeakMap()));
    let all = byB.get(Bbar);
    if (all === undefined) {
      all = predictorStates(Abar, Bbar, set.inputs64, L, set.from, set.to);
      byB.set(Bbar, all);
    }
    return { states: all, offsets: Int32Array.from(idx, (s) => s * R * N) };
  }
  const states = new Float32Array(idx.length * R * N);
  for (let r = 0; r < idx.length; r++) {
    const u = set.inputs64.subarray(idx[r] * L, (idx[r] + 1) * L);
    states.set(predictorStates(Abar, Bbar, u, L, set.from, set.to), r * R * N);
  }
  return { states, offsets: Int32Array.from(idx, (_, r) => r * R * N) };
}
