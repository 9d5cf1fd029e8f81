import { requireRows } from './requireRows.ts';
import type { StatesStore } from './statesStore.ts';

/** What {@link statesL1Gradient} returns. */
export interface StatesL1Gradient {
  /** mean |Cbar . x_{k+1} + Dbar u_k - u_{k+1}| over the batch and the window */
  readonly loss: number;
  /** dLoss/dCbar [N] */
  readonly dC: Float64Array;
  /** dLoss/dDbar */
  readonly dD: number;
}

function check(where: string, store: StatesStore, idx: Int32Array, Cbar: ArrayLike<number>): void {
  if (Cbar.length !== store.N)
    throw new RangeError(`${where}: Cbar must have N = ${store.N} entries, got ${Cbar.length}`);
  requireRows(where, idx, store.count);
}

/**
 * Loss and gradient of the L1 one-step loss of the predictor with fixed Abar, Bbar (settings I-III) from its
 * precomputed states x_{k+1} (statesStore): uhat_b[k] = Cbar . x_{b,k+1} + Dbar u_b[k], R = to - from,
 *
 *   loss = mean_{b, k in [from, to)} |uhat_b[k] - u_b[k + 1]|,   g_b[k] = sign(uhat_b[k] - u_b[k + 1]) / (B R),
 *   dLoss/dCbar = sum_{b, k} g_b[k] x_{b,k+1},   dLoss/dDbar = sum_{b, k} g_b[k] u_b[k],
 *
 * in one pass over the states (each row is read once: its dot product, its residual's sign, its gradient update).
 * With the store's WebAssembly instance: float32 SIMD products (Cbar rounded to float32, as float32 training
 * computes them), sums of 64 rows in float32, the rest in float64; else float64 arithmetic on the float32 states.
 *
 * @param store - the set's states and windows (statesStore / sharedStatesStore)
 * @param idx - the batch: rows of the store
 * @param Cbar - readout [N]
 * @param Dbar - direct term
 * @returns loss, dC, dD
 * @throws RangeError for an empty batch, a row outside the store or Cbar of the wrong length
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   import { statesStore } from './statesStore.ts';
 *   // N = 1, Abar = 0, Bbar = 1: x_{k+1} = u_k; Cbar = 1, Dbar = 0 predict uhat[k] = u[k]: on a ramp every
 *   // residual is -1, so the loss is 1 and dLoss/dCbar = dLoss/dDbar = -mean u[k] = -1
 *   const set = sequenceSet([[0, 1, 2, 3]], { lossFrom: 0 });
 *   const r = statesL1Gradient(statesStore(set, zeros(1, 1), Float64Array.of(1)), Int32Array.of(0), [1], 0);
 *   r.loss === 1 && r.dC[0] === -1 && r.dD === -1;
 * @see arXiv:2407.09375
 */
export function statesL1Gradient(
  store: StatesStore,
  idx: Int32Array,
  Cbar: ArrayLike<number>,
  Dbar: number,
): StatesL1Gradient {
  check('statesL1Gradient', store, idx, Cbar);
  const { N, R } = store;
  const B = idx.length;
  const scale = 1 / (B * R);
  const m = store.wasm;
  if (m === null) return statesPassJs(store, idx, Cbar, Dbar, null);
  const buf = m.ex.memory.buffer;
  new Float32Array(buf, m.C, N).set(Cbar);
  new Int32Array(buf, m.idx, B).set(idx);
  new Int32Array(buf, m.off, B).set(idx.map((s) => m.states + 4 * s * R * N));
  m.ex.statesPass(0, m.off, m.idx, B, N, R, m.inp, 8 * (R + 1), m.C, Dbar, m.dC, m.tmp, 0, m.res);
  const res = new Float64Array(buf, m.res, 2);
  const dC = new Float64Array(buf, m.dC, N).map((v) => v * scale);
  return { loss: res[0] * scale, dC, dD: res[1] * scale };
}

/**
 * The JavaScript path of {@link statesL1Gradient} (float64 arithmetic; arguments validated); with `predictions`,
 * the forward half only, writing uhat there ([B, R]).
 *
 * @internal
 */
export function statesPassJs(
  store: StatesStore,
  idx: Int32Array,
  C: ArrayLike<number>,
  Dbar: number,
  predictions: Float64Array | null,
): StatesL1Gradient {
  const { N, R, states, windows } = store;
  const B = idx.length;
  const scale = 1 / (B * R);
  const dC = new Float64Array(N);
  let loss = 0;
  let dD = 0;
  for (let r = 0; r < B; r++) {
    const u = idx[r] * (R + 1);
    let o = idx[r] * R * N;
    for (let t = 0; t < R; t++, o += N) {
      let y = Dbar * windows[u + t];
      for (let i = 0; i < N; i++) y += C[i] * states[o + i];
      if (predictions !== null) {
        predictions[r * R + t] = y;
        continue;
      }
      const res = y - windows[u + t + 1];
      loss += Math.abs(res);
      if (res === 0) continue;
      const s = res > 0 ? 1 : -1;
      dD += s * windows[u + t];
      for (let i = 0; i < N; i++) dC[i] += s * states[o + i];
    }
  }
  for (let i = 0; i < N; i++) dC[i] *= scale;
  return { loss: loss * scale, dC, dD: dD * scale };
}

/**
 * Predictions uhat_b[k] = Cbar . x_{b,k+1} + Dbar u_b[k], k in [from, to), from precomputed states (the forward half
 * of {@link statesL1Gradient}).
 *
 * @param store - the set's states and windows
 * @param idx - the batch: rows of the store
 * @param Cbar - readout [N]
 * @param Dbar - direct term
 * @returns predictions, shape [idx.length, R] row-major
 * @throws RangeError for an empty batch, a row outside the store or Cbar of the wrong length
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   import { statesStore } from './statesStore.ts';
 *   const set = sequenceSet([[0, 1, 2, 3]], { lossFrom: 0 });
 *   const y = statesPredict(statesStore(set, zeros(1, 1), Float64Array.of(1)), Int32Array.of(0), [2], 1);
 *   y.join() === '0,3,6';
 * @see arXiv:2407.09375
 */
export function statesPredict(
  store: StatesStore,
  idx: Int32Array,
  Cbar: ArrayLike<number>,
  Dbar: number,
): Float64Array {
  check('statesPredict', store, idx, Cbar);
  const { N, R } = store;
  const out = new Float64Array(idx.length * R);
  const m = store.wasm;
  if (m === null) {
    statesPassJs(store, idx, Cbar, Dbar, out);
    return out;
  }
  const buf = m.ex.memory.buffer;
  new Float32Array(buf, m.C, N).set(Cbar);
  for (let c = 0; c < idx.length; c += m.predRows) {
    const part = idx.subarray(c, Math.min(idx.length, c + m.predRows));
    new Int32Array(buf, m.idx, part.length).set(part);
    new Int32Array(buf, m.off, part.length).set(part.map((s) => m.states + 4 * s * R * N));
    m.ex.statesPass(
      0,
      m.off,
      m.idx,
      part.length,
      N,
      R,
      m.inp,
      8 * (R + 1),
      m.C,
      Dbar,
      m.dC,
      m.tmp,
      m.pred,
      m.res,
    );
    out.set(new Float64Array(buf, m.pred, part.length * R), c * R);
  }
  return out;
}
