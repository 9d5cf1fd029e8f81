import type { Matrix } from '../linalg/matrix.ts';
import { zeros } from '../linalg/matrix.ts';
import { expm } from '../linalg/expm.ts';

/** Rows [r0, r0 + rows) and columns [c0, c0 + cols) of a square [n, n] matrix as a new Matrix. */
function block(E: Matrix, r0: number, c0: number, rows: number, cols: number): Matrix {
  const out = zeros(rows, cols);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) out.data[i * cols + j] = E.data[(r0 + i) * E.cols + c0 + j];
  return out;
}

/**
 * Zero-order hold over one step h of x' = A x + B u (u constant on the step): Phi = e^{hA} and
 * Gamma = int_0^h e^{sA} ds B, read off one exponential exp([[A h, B h], [0, 0]]) = [[Phi, Gamma], [0, I]] (no
 * inverse of A, so a singular A is fine).
 *
 * @internal shared by cont2discrete ('zoh') and lsim (interp = false)
 * @param A - [N, N]
 * @param B - [N, M]
 * @param h - step
 * @returns Phi [N, N] and Gamma [N, M]
 */
export function zohMatrices(A: Matrix, B: Matrix, h: number): { Phi: Matrix; Gamma: Matrix } {
  const N = A.rows;
  const M = B.cols;
  const n = N + M;
  const X = zeros(n, n);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) X.data[i * n + j] = A.data[i * N + j] * h;
    for (let j = 0; j < M; j++) X.data[i * n + N + j] = B.data[i * M + j] * h;
  }
  const E = expm(X);
  return { Phi: block(E, 0, 0, N, N), Gamma: block(E, 0, N, N, M) };
}

/**
 * First-order hold (input linear between samples, u(t_k + s) = u_k + (s/h)(u_{k+1} - u_k)) over one step h:
 *
 *   x_{k+1} = Phi x_k + Gamma1 u_k + Gamma2 (u_{k+1} - u_k),
 *   Phi = e^{hA},   Gamma1 = int_0^h e^{(h-s)A} ds B,   Gamma2 = int_0^h e^{(h-s)A} B (s/h) ds,
 *
 * read off exp([[A h, B h, 0], [0, 0, I], [0, 0, 0]]) (block sizes N, M, M), whose first block row is
 * [Phi, Gamma1, Gamma2]: it is the flow of z' = [[A, B, 0], [0, 0, I/h], [0, 0, 0]] z, in which the middle block
 * ramps like the interpolated input.
 *
 * @internal shared by cont2discrete ('foh') and lsim (interp = true)
 * @param A - [N, N]
 * @param B - [N, M]
 * @param h - step
 * @returns Phi [N, N], Gamma1 [N, M], Gamma2 [N, M]
 */
export function fohMatrices(
  A: Matrix,
  B: Matrix,
  h: number,
): { Phi: Matrix; Gamma1: Matrix; Gamma2: Matrix } {
  const N = A.rows;
  const M = B.cols;
  const n = N + 2 * M;
  const X = zeros(n, n);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) X.data[i * n + j] = A.data[i * N + j] * h;
    for (let j = 0; j < M; j++) X.data[i * n + N + j] = B.data[i * M + j] * h;
  }
  for (let j = 0; j < M; j++) X.data[(N + j) * n + N + M + j] = 1;
  const E = expm(X);
  return { Phi: block(E, 0, 0, N, N), Gamma1: block(E, 0, N, N, M), Gamma2: block(E, 0, N + M, N, M) };
}
