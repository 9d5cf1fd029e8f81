import type { SequenceSet } from './sequenceSet.ts';
import { trainWasm } from './wasm/trainWasm.ts';

/** What {@link statesL1Gradient} returns. */
export interface StatesL1Gradient {
  /** mean |Cbar . x_{k+1} + Dbar u_k - u_{k+1}| over the batch and the window */
  readonly loss: number;
  /** dLoss/dCbar [N] */
  readonly dC: Float64Array;
  /** dLoss/dDbar */
  readonly dD: number;
}

function check(
  where: string,
  states: Float32Array,
  offsets: Int32Array,
  N: number,
  set: SequenceSet,
  idx: Int32Array,
  Cbar: ArrayLike<number>,
): void {
  const block = (set.to - set.from) * N;
  if (Cbar.length !== N || offsets.length !== idx.length || idx.length === 0) {
    throw new RangeError(
      `${where}: need Cbar [${N}] (got ${Cbar.length}) and one offset per sequence (${offsets.length} for ${idx.length} >= 1)`,
    );
  }
  for (let r = 0; r < idx.length; r++) {
    if (!(offsets[r] >= 0 && offsets[r] + block <= states.length) || !(idx[r] >= 0 && idx[r] < set.count)) {
      throw new RangeError(`${where}: row ${r} (sequence ${idx[r]}, offset ${offsets[r]}) is out of range`);
    }
  }
}

/**
 * Loss and gradient of the L1 one-step loss of the predictor with fixed Abar, Bbar (settings I-III) from its
 * precomputed states x_{k+1} (batchStates): uhat_b[k] = Cbar . x_{b,k+1} + Dbar u_b[k], R = to - from,
 *
 *   loss = mean_{b, k in [from, to)} |uhat_b[k] - u_b[k + 1]|,   g_b[k] = sign(uhat_b[k] - u_b[k + 1]) / (B R),
 *   dLoss/dCbar = sum_{b, k} g_b[k] x_{b,k+1},   dLoss/dDbar = sum_{b, k} g_b[k] u_b[k],
 *
 * in one pass over the states (each row is read once: its dot product, its residual's sign, its gradient update),
 * float32 states and float64 sums (WebAssembly SIMD f32x4 products, per-row float64 sums, when available).
 *
 * @param states - float32 states; the [R, N] block of batch row r starts at offsets[r]
 * @param offsets - per batch row, the block's start in states
 * @param N - state size
 * @param set - the sequences (inputs64, window)
 * @param idx - the batch's sequence indices
 * @param Cbar - readout [N]
 * @param Dbar - direct term
 * @returns loss, dC, dD
 * @throws RangeError for mismatched lengths or out-of-range rows
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   // N = 1, states x = u (Abar = 0, Bbar = 1), Cbar = 1, Dbar = 0 predict uhat[k] = u[k]: on a ramp every residual
 *   // is -1, so the loss is 1 and dLoss/dCbar = -mean u[k]
 *   const set = sequenceSet([[0, 1, 2, 3]], { lossFrom: 0 });
 *   const r = statesL1Gradient(Float32Array.of(0, 1, 2), Int32Array.of(0), 1, set, Int32Array.of(0), [1], 0);
 *   r.loss === 1 && r.dC[0] === -1 && r.dD === -1;
 * @see arXiv:2407.09375
 */
export function statesL1Gradient(
  states: Float32Array,
  offsets: Int32Array,
  N: number,
  set: SequenceSet,
  idx: Int32Array,
  Cbar: ArrayLike<number>,
  Dbar: number,
): StatesL1Gradient {
  check('statesL1Gradient', states, offsets, N, set, idx, Cbar);
  const C = Float64Array.from(Cbar);
  const wasm = trainWasm();
  if (wasm !== null) return wasm.statesL1Gradient(states, offsets, N, set, idx, C, Dbar);
  return statesL1GradientJs(states, offsets, N, set, idx, C, Dbar);
}

/**
 * The JavaScript path of {@link statesL1Gradient} (arguments validated).
 *
 * @internal
 */
export function statesL1GradientJs(
  states: Float32Array,
  offsets: Int32Array,
  N: number,
  set: SequenceSet,
  idx: Int32Array,
  C: Float64Array,
  Dbar: number,
): StatesL1Gradient {
  const { from, to, length: L, inputs64 } = set;
  const R = to - from;
  const B = idx.length;
  const scale = 1 / (B * R);
  const dC = new Float64Array(N);
  let loss = 0;
  let dD = 0;
  for (let r = 0; r < B; r++) {
    const base = idx[r] * L;
    let o = offsets[r];
    for (let k = from; k < to; k++, o += N) {
      let y = Dbar * inputs64[base + k];
      for (let i = 0; i < N; i++) y += C[i] * states[o + i];
      const res = y - inputs64[base + k + 1];
      loss += Math.abs(res);
      if (res === 0) continue;
      const g = res > 0 ? scale : -scale;
      dD += g * inputs64[base + k];
      for (let i = 0; i < N; i++) dC[i] += g * states[o + i];
    }
  }
  return { loss: loss * scale, dC, dD };
}

/**
 * Predictions uhat_b[k] = Cbar . x_{b,k+1} + Dbar u_b[k], k in [from, to), from precomputed states (the forward half
 * of {@link statesL1Gradient}).
 *
 * @param states - float32 states; the [R, N] block of batch row r starts at offsets[r]
 * @param offsets - per batch row, the block's start in states
 * @param N - state size
 * @param set - the sequences (inputs64, window)
 * @param idx - the batch's sequence indices
 * @param Cbar - readout [N]
 * @param Dbar - direct term
 * @returns predictions, shape [idx.length, R] row-major
 * @throws RangeError for mismatched lengths or out-of-range rows
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   const set = sequenceSet([[0, 1, 2, 3]], { lossFrom: 0 });
 *   statesPredict(Float32Array.of(0, 1, 2), Int32Array.of(0), 1, set, Int32Array.of(0), [2], 1).join() === '0,3,6';
 * @see arXiv:2407.09375
 */
export function statesPredict(
  states: Float32Array,
  offsets: Int32Array,
  N: number,
  set: SequenceSet,
  idx: Int32Array,
  Cbar: ArrayLike<number>,
  Dbar: number,
): Float64Array {
  check('statesPredict', states, offsets, N, set, idx, Cbar);
  const { from, to, length: L, inputs64 } = set;
  const R = to - from;
  const out = new Float64Array(idx.length * R);
  for (let r = 0; r < idx.length; r++) {
    const base = idx[r] * L;
    let o = offsets[r];
    for (let k = from; k < to; k++, o += N) {
      let y = Dbar * inputs64[base + k];
      for (let i = 0; i < N; i++) y += Cbar[i] * states[o + i];
      out[r * R + k - from] = y;
    }
  }
  return out;
}
