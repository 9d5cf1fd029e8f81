/**
 * Naive twins of src/fit/kernelBlocks.ts for the tests: the powers v_j = Abar^j Bbar one matrix-vector product at a
 * time, K_j = Cbar . v_j, and the gradients through K by the plain adjoint recurrence over all T taps (O(T N^2)).
 */
/**
 * The powers v_j = Abar^j Bbar, j < T, of the discrete predictor (v_0 = Bbar, v_{j+1} = Abar v_j), in float64, as the
 * rows of a [T, N] row-major array; K_j = Cbar . v_j is its convolution kernel.
 *
 * @param Abar - state matrix, row-major [N, N] (N^2 entries)
 * @param Bbar - input vector [N]
 * @param T - number of powers, integer >= 1
 * @returns V, shape [T, N] row-major
 * @throws RangeError when T is not an integer >= 1 or Abar does not have N^2 entries
 * @example predictorPowers(Float64Array.of(0.5), Float64Array.of(2), 3) // [2, 1, 0.5]
 * @see arXiv:2407.09375 (section 4: the predictor is one causal convolution)
 */
export function predictorPowers(Abar: ArrayLike<number>, Bbar: ArrayLike<number>, T: number): Float64Array {
  const N = Bbar.length;
  if (!Number.isInteger(T) || T < 1)
    throw new RangeError(`predictorPowers: T must be an integer >= 1, got ${T}`);
  if (Abar.length !== N * N) {
    throw new RangeError(`predictorPowers: Abar must have N^2 = ${N * N} entries, got ${Abar.length}`);
  }
  const A = Float64Array.from(Abar);
  const V = new Float64Array(T * N);
  for (let i = 0; i < N; i++) V[i] = Bbar[i];
  for (let j = 1; j < T; j++) {
    const prev = (j - 1) * N;
    const cur = j * N;
    for (let i = 0; i < N; i++) {
      let s = 0;
      const row = i * N;
      for (let q = 0; q < N; q++) s += A[row + q] * V[prev + q];
      V[cur + i] = s;
    }
  }
  return V;
}

/**
 * K_j = Cbar . v_j for the rows v_j of V (see predictorPowers).
 *
 * @param V - powers, shape [T, N]
 * @param Cbar - readout [N]
 * @returns K, shape [T]
 * @throws RangeError when V.length is not a multiple of N
 * @example kernelFromPowers(Float64Array.of(2, 1, 0.5), Float64Array.of(3)) // [6, 3, 1.5]
 * @see arXiv:2407.09375
 */
export function kernelFromPowers(V: Float64Array, Cbar: ArrayLike<number>): Float64Array {
  const N = Cbar.length;
  if (N === 0 || V.length % N !== 0) {
    throw new RangeError(`kernelFromPowers: V.length ${V.length} is not a multiple of N = ${N}`);
  }
  const T = V.length / N;
  const K = new Float64Array(T);
  for (let j = 0; j < T; j++) {
    let s = 0;
    const o = j * N;
    for (let i = 0; i < N; i++) s += Cbar[i] * V[o + i];
    K[j] = s;
  }
  return K;
}

/** Gradients of a loss through the kernel K_j = Cbar Abar^j Bbar (see {@link kernelGradients}). */
export interface KernelGradients {
  /** dLoss/dAbar, row-major [N, N] (only when requested) */
  readonly dA?: Float64Array;
  /** dLoss/dBbar [N] (only when requested) */
  readonly dB?: Float64Array;
  /** dLoss/dCbar [N] */
  readonly dC: Float64Array;
}

/**
 * The gradients of a loss with respect to Cbar, Bbar and Abar, given G_j = dLoss/dK_j for the kernel
 * K_j = Cbar Abar^j Bbar, j < T, by the adjoint (backward) recurrence. With v_j = Abar^j Bbar and
 * w_i = (Abar^T)^i Cbar^T,
 *
 *   dK_j/dAbar = sum_{i + l = j - 1} w_i v_l^T   (the product rule on the j factors of Abar^j), so
 *   dLoss/dCbar = sum_j G_j v_j,
 *   dLoss/dAbar = sum_j G_j sum_{i + l = j - 1} w_i v_l^T = sum_{l=0}^{T-2} z_l v_l^T,
 *     z_l = sum_{i >= 0, i + l + 1 < T} G_{i+l+1} w_i,  i.e.  z_{T-1} = 0,  z_l = Abar^T z_{l+1} + G_{l+1} Cbar^T,
 *   dLoss/dBbar = sum_j G_j w_j = z_{-1} = Abar^T z_0 + G_0 Cbar^T (the same recurrence one step further).
 *
 * Cost: O(T N) for Cbar; one backward sweep of T matrix-vector products and T rank-one updates, O(T N^2), for Abar
 * and Bbar, against the O(T N^2 log T) of differentiating the repeated squaring.
 *
 * @param Abar - row-major [N, N]
 * @param Cbar - [N]
 * @param V - the powers v_j, shape [T, N] (predictorPowers(Abar, Bbar, T))
 * @param G - dLoss/dK_j, length T
 * @param withDynamics - also return dA and dB @default true
 * @returns dC, and dA, dB when withDynamics
 * @throws RangeError when V is not [G.length, N] or Abar not [N, N]
 * @example
 *   // N = 1, Abar = a, Bbar = b, Cbar = c, T = 3: K = (cb, cab, ca^2 b); with G = (0, 0, 1),
 *   // dK_2/da = 2 c a b, dK_2/db = c a^2, dK_2/dc = a^2 b
 *   const V = predictorPowers(Float64Array.of(0.5), Float64Array.of(2), 3);
 *   const g = kernelGradients(Float64Array.of(0.5), Float64Array.of(3), V, Float64Array.of(0, 0, 1));
 *   g.dA![0] === 6 && g.dB![0] === 0.75 && g.dC[0] === 0.5;
 * @see arXiv:2407.09375
 */
export function kernelGradients(
  Abar: ArrayLike<number>,
  Cbar: ArrayLike<number>,
  V: Float64Array,
  G: Float64Array,
  withDynamics = true,
): KernelGradients {
  const N = Cbar.length;
  const T = G.length;
  if (Abar.length !== N * N || V.length !== T * N || T < 1) {
    throw new RangeError(
      `kernelGradients: need Abar [${N}, ${N}], V [${T}, ${N}] with T >= 1; got ${Abar.length} and ${V.length} entries`,
    );
  }
  const dC = new Float64Array(N);
  for (let j = 0; j < T; j++) {
    const g = G[j];
    const o = j * N;
    for (let i = 0; i < N; i++) dC[i] += g * V[o + i];
  }
  if (!withDynamics) return { dC };
  const C = Float64Array.from(Cbar);
  const A = Float64Array.from(Abar);
  // At = Abar^T row-major, so (Abar^T z)_p = sum_q At[p, q] z_q reads rows
  const At = new Float64Array(N * N);
  for (let p = 0; p < N; p++) for (let q = 0; q < N; q++) At[p * N + q] = A[q * N + p];
  const dA = new Float64Array(N * N);
  let z = new Float64Array(N);
  let nz = new Float64Array(N);
  // z_{T-1} = 0; l = T-2 .. 0: z_l = At z_{l+1} + G_{l+1} C, dA += z_l v_l^T; finally dB = At z_0 + G_0 C
  for (let l = T - 2; l >= -1; l--) {
    const g = G[l + 1];
    for (let p = 0; p < N; p++) {
      let s = g * C[p];
      const row = p * N;
      for (let q = 0; q < N; q++) s += At[row + q] * z[q];
      nz[p] = s;
    }
    const t = z;
    z = nz;
    nz = t;
    if (l < 0) break;
    const o = l * N;
    for (let p = 0; p < N; p++) {
      const zp = z[p];
      const row = p * N;
      for (let q = 0; q < N; q++) dA[row + q] += zp * V[o + q];
    }
  }
  return { dA, dB: z, dC };
}
