/**
 * The causal convolution by its definition, O(L T):
 *
 *   out_t = sum_{j <= min(t, T - 1)} K_j u_{t-j} + dbar u_t,   t < L,   T = K.length.
 *
 * The reference of the FFT convolutions (src/ssm/fft, src/ssm/wasm, the sweep); its rounding error is ~eps T
 * relative to sum_j |K_j| max |u|.
 *
 * @param K - kernel, shape [T]
 * @param u - input, length >= L
 * @param L - number of outputs, integer >= 0
 * @param dbar - coefficient of the direct term; @default 0
 * @returns out, shape [L]
 * @example directConvolution(Float64Array.of(1, 1), Float64Array.of(1, 2, 3), 3) // [1, 3, 5]
 * @see arXiv:2407.09375
 * @internal
 */
export function directConvolution(K: Float64Array, u: ArrayLike<number>, L: number, dbar = 0): Float64Array {
  const out = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    let s = dbar * u[t];
    for (let j = 0; j <= t && j < K.length; j++) s += K[j] * u[t - j];
    out[t] = s;
  }
  return out;
}
