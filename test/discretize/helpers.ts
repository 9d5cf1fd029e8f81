/** Shared fixtures for the discretize tests. */
import type { Matrix } from '../../src/linalg/matrix.ts';
import { identity } from '../../src/linalg/matrix.ts';
import { add, scale } from '../../src/linalg/elementwise.ts';
import { matmul, matvec } from '../../src/linalg/matmul.ts';
import { transpose } from '../../src/linalg/transpose.ts';
import { randomMatrix, randomVector, rng } from '../linalg/helpers.ts';

/**
 * HiPPO LegS (A, B) written out from the formula (docs/theory.md eq. 6), independently of src/hippo:
 * A_nk = -sqrt(2n+1) sqrt(2k+1) (n > k), -(n+1) (n = k), 0 (n < k); B_n = sqrt(2n+1).
 */
export function legsMatrices(N: number): { A: Matrix; B: Float64Array } {
  const A: Matrix = { rows: N, cols: N, data: new Float64Array(N * N) };
  const B = new Float64Array(N);
  for (let n = 0; n < N; n++) {
    B[n] = Math.sqrt(2 * n + 1);
    for (let k = 0; k <= n; k++) {
      A.data[n * N + k] = n === k ? -(n + 1) : -Math.sqrt(2 * n + 1) * Math.sqrt(2 * k + 1);
    }
  }
  return { A, B };
}

/** A random stable N x N system: A = S - (G G^T / N + I/2) with S skew, so Re(eig A) <= -1/2. */
export function stableSystem(N: number, seed: number): { A: Matrix; B: Float64Array } {
  const r = rng(seed);
  const G = randomMatrix(N, N, r);
  const S0 = randomMatrix(N, N, r);
  const S = add(S0, scale(transpose(S0), -1));
  const SPD = add(scale(matmul(G, transpose(G)), 1 / N), scale(identity(N), 0.5));
  return { A: add(S, scale(SPD, -1)), B: randomVector(N, r) };
}

/** Runs x_{k+1} = Abar x_k + Bbar u_k from x = x0 (or zero) over the given inputs and returns the final state. */
export function runLti(
  Abar: Matrix,
  Bbar: Float64Array,
  u: ArrayLike<number>,
  x0?: Float64Array,
): Float64Array {
  let x: Float64Array = x0 ? Float64Array.from(x0) : new Float64Array(Bbar.length);
  for (let k = 0; k < u.length; k++) {
    const ax = matvec(Abar, x);
    for (let i = 0; i < x.length; i++) ax[i] += Bbar[i] * u[k];
    x = ax;
  }
  return x;
}
