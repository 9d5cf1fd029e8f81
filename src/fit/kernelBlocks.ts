/**
 * The kernel K_j = Cbar Abar^j Bbar (j < T) of the discrete predictor from both ends, and its gradients with respect
 * to Abar, Bbar, Cbar by adjoint recurrences, in O((M + T/M) N^2 + N^3 log M + T N) instead of the O(T N^2) of the
 * plain recurrences (for N = 32, T = 10^4: ~1e6 multiply-adds instead of ~3e7).
 */

/** The parts of the two-ended kernel that depend on Abar, Bbar only (see {@link kernelBlocks}). */
export interface KernelBlocks {
  readonly N: number;
  /** kernel length */
  readonly T: number;
  /** block size, a power of two */
  readonly M: number;
  /** number of blocks ceil(T / M) */
  readonly nb: number;
  /** Abar, row-major [N, N] */
  readonly A: Float64Array;
  /** v_a = Abar^a Bbar for a < M, rows of [M, N] */
  readonly V: Float64Array;
  /** Abar^(2^i) for i = 0..log2 M (the last is P = Abar^M), each row-major [N, N] */
  readonly squares: readonly Float64Array[];
}

/** y = X x for row-major X [N, N], or X^T x when transposed. */
function matvecInto(
  X: Float64Array,
  x: Float64Array,
  xo: number,
  y: Float64Array,
  yo: number,
  N: number,
  transposed: boolean,
): void {
  if (transposed) {
    for (let p = 0; p < N; p++) y[yo + p] = 0;
    for (let q = 0; q < N; q++) {
      const xq = x[xo + q];
      const row = q * N;
      for (let p = 0; p < N; p++) y[yo + p] += X[row + p] * xq;
    }
    return;
  }
  for (let p = 0; p < N; p++) {
    let s = 0;
    const row = p * N;
    for (let q = 0; q < N; q++) s += X[row + q] * x[xo + q];
    y[yo + p] = s;
  }
}

/** X Y (ta: X^T, tb: Y^T) for row-major [N, N] matrices, added to out. */
function matmulAdd(
  X: Float64Array,
  Y: Float64Array,
  out: Float64Array,
  N: number,
  ta: boolean,
  tb: boolean,
): void {
  for (let i = 0; i < N; i++) {
    for (let k = 0; k < N; k++) {
      const x = ta ? X[k * N + i] : X[i * N + k];
      if (x === 0) continue;
      const o = i * N;
      if (tb) for (let j = 0; j < N; j++) out[o + j] += x * Y[j * N + k];
      else {
        const r = k * N;
        for (let j = 0; j < N; j++) out[o + j] += x * Y[r + j];
      }
    }
  }
}

/**
 * The block size M (a power of two) minimising the modelled cost (M + T/M) N^2 + 3 log2(M) N^3 of
 * {@link kernelBlocks} and its gradient.
 *
 * @param T - kernel length, integer >= 1
 * @param N - state size, integer >= 1
 * @returns M, a power of two, at most the smallest power of two >= T
 * @example kernelBlockSize(10_000, 32) // 64
 * @see arXiv:2407.09375
 */
export function kernelBlockSize(T: number, N: number): number {
  let best = 1;
  let bestCost = Infinity;
  for (let M = 1, e = 0; ; M *= 2, e++) {
    const cost = (M + Math.ceil(T / M)) * N * N + 3 * e * N * N * N;
    if (cost < bestCost) {
      bestCost = cost;
      best = M;
    }
    if (M >= T) break;
  }
  return best;
}

/**
 * The Abar, Bbar part of the two-ended kernel: with P = Abar^M (M a power of two, by log2 M squarings),
 * v_a = Abar^a Bbar (a < M) and c_b = (P^T)^b Cbar^T, the kernel is K_{a + M b} = c_b . v_a (see
 * {@link blockKernel}). Reused as long as Abar and Bbar are fixed (settings I-III).
 *
 * @param Abar - row-major [N, N]
 * @param Bbar - [N]
 * @param T - kernel length, integer >= 1
 * @param M - block size, a power of two @default kernelBlockSize(T, N)
 * @returns the blocks
 * @throws RangeError when T is not an integer >= 1, M not a power of two, or Abar not [N, N]
 * @example kernelBlocks(Float64Array.of(0.5), Float64Array.of(2), 5, 2).V // [2, 1] (v_0, v_1)
 * @see arXiv:2407.09375
 */
export function kernelBlocks(
  Abar: ArrayLike<number>,
  Bbar: ArrayLike<number>,
  T: number,
  M?: number,
): KernelBlocks {
  const N = Bbar.length;
  if (!Number.isInteger(T) || T < 1)
    throw new RangeError(`kernelBlocks: T must be an integer >= 1, got ${T}`);
  if (N === 0 || Abar.length !== N * N) {
    throw new RangeError(`kernelBlocks: Abar must have N^2 = ${N * N} entries (N >= 1), got ${Abar.length}`);
  }
  const m = M ?? kernelBlockSize(T, N);
  if (!(Number.isInteger(m) && m >= 1 && (m & (m - 1)) === 0)) {
    throw new RangeError(`kernelBlocks: M must be a power of two, got ${m}`);
  }
  const A = Float64Array.from(Abar);
  const V = new Float64Array(m * N);
  for (let i = 0; i < N; i++) V[i] = Bbar[i];
  for (let a = 1; a < m; a++) matvecInto(A, V, (a - 1) * N, V, a * N, N, false);
  const squares = [A];
  for (let s = 1; s < m; s *= 2) {
    const Q = squares[squares.length - 1];
    const Q2 = new Float64Array(N * N);
    matmulAdd(Q, Q, Q2, N, false, false);
    squares.push(Q2);
  }
  return Object.freeze({ N, T, M: m, nb: Math.ceil(T / m), A, V, squares: Object.freeze(squares) });
}

/**
 * The kernel K_j = Cbar Abar^j Bbar, j < T, from both ends: c_0 = Cbar^T, c_{b+1} = P^T c_b (P = Abar^M), and
 * K_{a + M b} = c_b . v_a (since Cbar Abar^(a + M b) Bbar = ((P^T)^b Cbar^T) . (Abar^a Bbar)).
 *
 * @param kb - from kernelBlocks(Abar, Bbar, T)
 * @param Cbar - [N]
 * @returns K [T] and the c_b as rows of Cb [nb, N] (needed by blockKernelGradients)
 * @throws RangeError when Cbar does not have N entries
 * @example
 *   const { K } = blockKernel(kernelBlocks(Float64Array.of(0.5), Float64Array.of(2), 5, 2), Float64Array.of(3));
 *   [6, 3, 1.5, 0.75, 0.375].every((v, j) => Math.abs(K[j] - v) < 1e-15);
 * @see arXiv:2407.09375
 */
export function blockKernel(
  kb: KernelBlocks,
  Cbar: ArrayLike<number>,
): { K: Float64Array; Cb: Float64Array } {
  const { N, T, M, nb, V } = kb;
  if (Cbar.length !== N)
    throw new RangeError(`blockKernel: Cbar must have N = ${N} entries, got ${Cbar.length}`);
  const P = kb.squares[kb.squares.length - 1];
  const Cb = new Float64Array(nb * N);
  for (let i = 0; i < N; i++) Cb[i] = Cbar[i];
  for (let b = 1; b < nb; b++) matvecInto(P, Cb, (b - 1) * N, Cb, b * N, N, true);
  const K = new Float64Array(T);
  for (let b = 0; b < nb; b++) {
    const cb = b * N;
    const end = Math.min(M, T - b * M);
    for (let a = 0; a < end; a++) {
      let s = 0;
      const va = a * N;
      for (let i = 0; i < N; i++) s += Cb[cb + i] * V[va + i];
      K[b * M + a] = s;
    }
  }
  return { K, Cb };
}

/**
 * Gradients of a loss through the two-ended kernel of {@link blockKernel}, given G_j = dLoss/dK_j (j < T), by the
 * adjoint recurrences of its three parts. With Gmat[b, a] = G_{a + M b} (0 beyond T):
 *
 *   dLoss/dv_a = sum_b G_{a+Mb} c_b,   dLoss/dc_b = sum_a G_{a+Mb} v_a;
 *   c-chain c_{b+1} = P^T c_b:  mu_{nb-1} = dLoss/dc_{nb-1},  mu_b = dLoss/dc_b + P mu_{b+1},
 *     dLoss/dP = sum_{b < nb-1} c_b mu_{b+1}^T,  dLoss/dCbar = mu_0;
 *   v-chain v_{a+1} = Abar v_a:  lambda_{M-1} = dLoss/dv_{M-1},  lambda_a = dLoss/dv_a + Abar^T lambda_{a+1},
 *     dLoss/dAbar += sum_{a < M-1} lambda_{a+1} v_a^T,  dLoss/dBbar = lambda_0;
 *   squarings Q_{i+1} = Q_i Q_i (Q_0 = Abar, Q_e = P):  dQ_e = dLoss/dP,  dQ_i = dQ_{i+1} Q_i^T + Q_i^T dQ_{i+1},
 *     dLoss/dAbar += dQ_0.
 *
 * This is the plain adjoint recurrence of K_j (z_l = Abar^T z_{l+1} + G_{l+1} Cbar^T, dLoss/dAbar = sum_l z_l v_l^T,
 * dLoss/dBbar = z_{-1}, dLoss/dCbar = sum_j G_j v_j; test/train/naiveKernelAdjoint.ts) regrouped by blocks: the same
 * sums, O((M + T/M) N^2 + N^3 log M + T N) work.
 *
 * @param kb - from kernelBlocks
 * @param Cb - from blockKernel(kb, Cbar)
 * @param G - dLoss/dK_j, length T
 * @param withDynamics - also return dA and dB (settings with Abar, Bbar trained) @default true
 * @returns dC, and dA (row-major [N, N]), dB when withDynamics
 * @throws RangeError when G does not have T entries or Cb is not [nb, N]
 * @example
 *   // N = 1, a = 0.5, b = 2, c = 3, T = 3, G = (0, 0, 1): dK_2/da = 2 c a b, dK_2/db = c a^2, dK_2/dc = a^2 b
 *   const kb = kernelBlocks(Float64Array.of(0.5), Float64Array.of(2), 3, 2);
 *   const g = blockKernelGradients(kb, blockKernel(kb, Float64Array.of(3)).Cb, Float64Array.of(0, 0, 1));
 *   g.dA![0] === 6 && g.dB![0] === 0.75 && g.dC[0] === 0.5;
 * @see arXiv:2407.09375
 */
export function blockKernelGradients(
  kb: KernelBlocks,
  Cb: Float64Array,
  G: Float64Array,
  withDynamics = true,
): { dA?: Float64Array; dB?: Float64Array; dC: Float64Array } {
  const { N, T, M, nb, V, A, squares } = kb;
  if (G.length !== T || Cb.length !== nb * N) {
    throw new RangeError(
      `blockKernelGradients: need G [${T}] and Cb [${nb}, ${N}], got ${G.length} and ${Cb.length} entries`,
    );
  }
  // dLoss/dc_b = sum_a G_{a+Mb} v_a
  const gc = new Float64Array(nb * N);
  for (let b = 0; b < nb; b++) {
    const end = Math.min(M, T - b * M);
    const o = b * N;
    for (let a = 0; a < end; a++) {
      const g = G[b * M + a];
      if (g === 0) continue;
      const va = a * N;
      for (let i = 0; i < N; i++) gc[o + i] += g * V[va + i];
    }
  }
  const P = squares[squares.length - 1];
  const dP = withDynamics ? new Float64Array(N * N) : null;
  // mu_b = gc_b + P mu_{b+1}, accumulated in place from the last block down
  const mu = new Float64Array(N);
  const tmp = new Float64Array(N);
  for (let b = nb - 1; b >= 0; b--) {
    if (b < nb - 1) {
      // dP += c_b mu_{b+1}^T before mu moves on
      if (dP !== null) {
        const cb = b * N;
        for (let p = 0; p < N; p++) {
          const c = Cb[cb + p];
          const row = p * N;
          for (let q = 0; q < N; q++) dP[row + q] += c * mu[q];
        }
      }
      matvecInto(P, mu, 0, tmp, 0, N, false);
      for (let i = 0; i < N; i++) mu[i] = gc[b * N + i] + tmp[i];
    } else for (let i = 0; i < N; i++) mu[i] = gc[b * N + i];
  }
  const dC = Float64Array.from(mu);
  if (dP === null) return { dC };
  // dLoss/dv_a = sum_b G_{a+Mb} c_b
  const gv = new Float64Array(M * N);
  for (let b = 0; b < nb; b++) {
    const end = Math.min(M, T - b * M);
    const cb = b * N;
    for (let a = 0; a < end; a++) {
      const g = G[b * M + a];
      if (g === 0) continue;
      const o = a * N;
      for (let i = 0; i < N; i++) gv[o + i] += g * Cb[cb + i];
    }
  }
  const dA = new Float64Array(N * N);
  const lambda = new Float64Array(N);
  for (let i = 0; i < N; i++) lambda[i] = gv[(M - 1) * N + i];
  for (let a = M - 2; a >= 0; a--) {
    const va = a * N;
    for (let p = 0; p < N; p++) {
      const l = lambda[p];
      const row = p * N;
      for (let q = 0; q < N; q++) dA[row + q] += l * V[va + q];
    }
    matvecInto(A, lambda, 0, tmp, 0, N, true);
    for (let i = 0; i < N; i++) lambda[i] = gv[va + i] + tmp[i];
  }
  const dB = Float64Array.from(lambda);
  // back through the squarings
  let dQ = dP;
  for (let i = squares.length - 2; i >= 0; i--) {
    const Q = squares[i];
    const next = new Float64Array(N * N);
    matmulAdd(dQ, Q, next, N, false, true);
    matmulAdd(Q, dQ, next, N, true, false);
    dQ = next;
  }
  for (let i = 0; i < N * N; i++) dA[i] += dQ[i];
  return { dA, dB, dC };
}
