import type { Matrix } from './matrix.ts';
import { requireMatrix } from './requireMatrix.ts';

/**
 * Matrix product A B, (A B)_ij = sum_k A_ik B_kj.
 *
 * @param A - matrix, shape [m, k]
 * @param B - matrix, shape [k, n]
 * @returns a new matrix, shape [m, n]
 * @throws TypeError when the inner dimensions differ
 * @example matmul(fromRows([[1, 2]]), fromRows([[3], [4]])).data[0] === 11
 * @see arXiv:2407.09375
 */
export function matmul(A: Matrix, B: Matrix): Matrix {
  requireMatrix('matmul', 'A', A);
  requireMatrix('matmul', 'B', B, { rows: A.cols });
  const m = A.rows;
  const p = A.cols;
  const n = B.cols;
  const a = A.data;
  const b = B.data;
  const c = new Float64Array(m * n);
  // i-k-j loop order: the inner loop walks rows of B and C contiguously.
  for (let i = 0; i < m; i++) {
    const ci = i * n;
    for (let k = 0; k < p; k++) {
      const aik = a[i * p + k];
      if (aik === 0) continue;
      const bk = k * n;
      for (let j = 0; j < n; j++) c[ci + j] += aik * b[bk + j];
    }
  }
  return { rows: m, cols: n, data: c };
}

/**
 * Matrix-vector product A x, (A x)_i = sum_j A_ij x_j.
 *
 * @param A - matrix, shape [m, n]
 * @param x - vector, shape [n]
 * @returns a new vector, shape [m]
 * @throws TypeError when x has the wrong length
 * @example matvec(identity(2), Float64Array.of(1, 2)) // Float64Array [1, 2]
 */
export function matvec(A: Matrix, x: Float64Array): Float64Array {
  requireMatrix('matvec', 'A', A);
  if (!(x instanceof Float64Array) || x.length !== A.cols) {
    throw new TypeError(`matvec: x must be a Float64Array of length ${A.cols}, got ${describe(x)}`);
  }
  const m = A.rows;
  const n = A.cols;
  const a = A.data;
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    const ai = i * n;
    for (let j = 0; j < n; j++) s += a[ai + j] * x[j];
    y[i] = s;
  }
  return y;
}

function describe(x: unknown): string {
  if (x instanceof Float64Array) return `length ${x.length}`;
  return x === null ? 'null' : typeof x;
}
