import type { Matrix } from '../linalg/matrix.ts';

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
