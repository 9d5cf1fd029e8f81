import type { Matrix } from './matrix.ts';
import { identity } from './matrix.ts';
import { requireFiniteMatrix, requireSquare } from './requireMatrix.ts';

/** An orthogonal similarity A = Q H Q^T with H upper Hessenberg. */
export interface HessenbergDecomposition {
  /** upper Hessenberg (H_ij = 0 for i > j + 1), shape [n, n] */
  readonly H: Matrix;
  /** orthogonal, shape [n, n] */
  readonly Q: Matrix;
}

/**
 * Householder reduction to upper Hessenberg form, A = Q H Q^T (Golub & Van Loan, Algorithm 7.4.2): for each column
 * k = 0..n-3 the reflector P_k = I - beta v v^T (v supported on rows k+1..n-1) zeroes H[k+2.., k], applied on both
 * sides, and Q = P_0 P_1 ... P_{n-3}. Backward stable: Q H Q^T = A + E with ||E|| ~ n eps ||A||. The similarity
 * preserves symmetry and skew-symmetry, so a skew-symmetric A gives a skew tridiagonal H (to rounding). Used to
 * evaluate C (sI - A)^-1 B at many s in O(n^2) each (freqresp) and by the skew-symmetric eigensolver. Columns that
 * are already reduced get no reflector, so an upper Hessenberg A comes back unchanged with Q = I.
 *
 * @param A - square matrix, shape [n, n], finite (not modified)
 * @returns `{ H, Q }`, both [n, n]; entries of H below the subdiagonal are exactly 0
 * @throws TypeError when A is not square; RangeError naming a non-finite entry
 * @example
 * const A = fromRows([[1, 2, 3], [4, 5, 6], [7, 8, 10]]);
 * const { H, Q } = hessenberg(A);
 * H.data[2 * 3 + 0] === 0; // H[2][0]
 * normInf(sub(matmul(matmul(Q, H), transpose(Q)), A)) < 1e-12;
 * @see Golub & Van Loan, Matrix Computations (4th ed.), section 7.4.3; arXiv:2407.09375
 */
export function hessenberg(A: Matrix): HessenbergDecomposition {
  const where = 'hessenberg';
  const n = requireSquare(where, 'A', A);
  requireFiniteMatrix(where, 'A', A);
  const h = Float64Array.from(A.data);
  const Q = identity(n);
  const q = Q.data;
  const v = new Float64Array(n);
  for (let k = 0; k + 2 < n; k++) {
    // reflector for x = H[k+1.., k]: v = x - alpha e_1 with alpha = -sign(x_0) ||x|| (no cancellation)
    let scale = 0;
    let below = 0;
    for (let i = k + 1; i < n; i++) scale = Math.max(scale, Math.abs(h[i * n + k]));
    for (let i = k + 2; i < n; i++) below = Math.max(below, Math.abs(h[i * n + k]));
    if (below === 0) continue; // column already reduced: no reflector (keeps exact structure)
    let ss = 0;
    for (let i = k + 1; i < n; i++) {
      v[i] = h[i * n + k] / scale;
      ss += v[i] * v[i];
    }
    const x0 = v[k + 1];
    const alpha = (x0 >= 0 ? -1 : 1) * Math.sqrt(ss);
    v[k + 1] = x0 - alpha;
    const vv = ss - x0 * x0 + v[k + 1] * v[k + 1];
    if (vv === 0) continue;
    const beta = 2 / vv;
    // H <- P H: rows k+1.. of columns k..n-1
    for (let j = k; j < n; j++) {
      let s = 0;
      for (let i = k + 1; i < n; i++) s += v[i] * h[i * n + j];
      s *= beta;
      for (let i = k + 1; i < n; i++) h[i * n + j] -= s * v[i];
    }
    h[(k + 1) * n + k] = alpha * scale;
    for (let i = k + 2; i < n; i++) h[i * n + k] = 0;
    // H <- H P and Q <- Q P: columns k+1.. of every row
    for (const m of [h, q]) {
      for (let r = 0; r < n; r++) {
        const o = r * n;
        let s = 0;
        for (let i = k + 1; i < n; i++) s += m[o + i] * v[i];
        s *= beta;
        for (let i = k + 1; i < n; i++) m[o + i] -= s * v[i];
      }
    }
  }
  return { H: { rows: n, cols: n, data: h }, Q };
}
