import type { Matrix } from './matrix.ts';
import { identity } from './matrix.ts';
import { requireFiniteMatrix } from './requireMatrix.ts';
import { jacobiTangent, rotatePair } from './jacobiRotation.ts';

/** A singular value decomposition A = U diag(values) V^T. */
export interface SingularValueDecomposition {
  /** singular values, descending, >= 0, shape [n] */
  readonly values: Float64Array;
  /** left singular vectors as columns, shape [m, n] (a column of zeros where the value is 0) */
  readonly U: Matrix;
  /** right singular vectors as columns, orthogonal, shape [n, n] */
  readonly V: Matrix;
  /** sweeps taken */
  readonly sweeps: number;
}

/** Options of {@link svdJacobi}. */
export interface SvdJacobiOptions {
  /** a sweep ends the iteration when every column pair has |cos| <= tolerance @default 1e-15 */
  tolerance?: number;
  /** sweeps allowed @default 60 */
  maxSweeps?: number;
}

/**
 * Singular value decomposition A = U diag(sigma) V^T by the one-sided Jacobi method (Hestenes 1958; Demmel & Veselic
 * 1992): plane rotations of column pairs (p, q) of W = A V, each making the two columns orthogonal,
 *
 *   alpha = ||w_p||^2,  beta = ||w_q||^2,  gamma = w_p . w_q,  zeta = (beta - alpha) / (2 gamma),
 *   t = sign(zeta) / (|zeta| + sqrt(1 + zeta^2)),  c = 1 / sqrt(1 + t^2),  s = c t,
 *
 * swept cyclically until every pair has |gamma| <= tolerance sqrt(alpha beta); then sigma_j = ||w_j||, u_j = w_j /
 * sigma_j. It works on A itself, never on A^T A, so small singular values keep their accuracy relative to
 * ||A|| eps (through A^T A they would be lost below sqrt(eps) ||A||). O(m n^2) per sweep.
 *
 * @param A - shape [m, n], m >= n, finite (not modified)
 * @param options - tolerance (@default 1e-15), maxSweeps (@default 60)
 * @returns frozen { values (descending), U [m, n], V [n, n], sweeps }
 * @throws TypeError when m < n; RangeError for non-finite entries or no convergence within maxSweeps
 * @example
 *   const s = svdJacobi(fromRows([[3, 0], [4, 5]])); // singular values sqrt(45), sqrt(5)
 *   Math.abs(s.values[0] - Math.sqrt(45)) < 1e-14 && Math.abs(s.values[1] - Math.sqrt(5)) < 1e-14;
 * @see arXiv:2407.09375; J. Demmel, K. Veselic, SIAM J. Matrix Anal. Appl. 13(4), 1204 (1992)
 */
export function svdJacobi(A: Matrix, options: SvdJacobiOptions = {}): SingularValueDecomposition {
  const where = 'svdJacobi';
  requireFiniteMatrix(where, 'A', A);
  const m = A.rows;
  const n = A.cols;
  if (m < n) throw new TypeError(`${where}: A must have at least as many rows as columns, got [${m}, ${n}]`);
  const tolerance = options.tolerance ?? 1e-15;
  const maxSweeps = options.maxSweeps ?? 60;
  if (!(tolerance > 0)) throw new RangeError(`${where}: tolerance must be > 0, got ${tolerance}`);
  if (!Number.isInteger(maxSweeps) || maxSweeps < 1) {
    throw new RangeError(`${where}: maxSweeps must be an integer >= 1, got ${maxSweeps}`);
  }
  // column-major working copies of W = A V and V
  const w = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) w[j * m + i] = A.data[i * n + j];
  const v = new Float64Array(n * n);
  for (let j = 0; j < n; j++) v[j * n + j] = 1;
  let sweeps = 0;
  for (;;) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const op = p * m;
        const oq = q * m;
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          const x = w[op + i];
          const y = w[oq + i];
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        if (gamma === 0 || Math.abs(gamma) <= tolerance * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const t = jacobiTangent((beta - alpha) / (2 * gamma));
        const c = 1 / Math.sqrt(1 + t * t);
        rotatePair(w, op, oq, m, 1, c, c * t);
        rotatePair(v, p * n, q * n, n, 1, c, c * t);
      }
    }
    if (!rotated) break;
    sweeps++;
    if (sweeps === maxSweeps) throw new RangeError(`${where}: no convergence within ${maxSweeps} sweeps`);
  }
  const norms = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += w[j * m + i] * w[j * m + i];
    norms[j] = Math.sqrt(s);
  }
  const order = Array.from({ length: n }, (_, j) => j).sort((x, y) => norms[y] - norms[x]);
  const values = new Float64Array(n);
  const U = new Float64Array(m * n);
  const V = n === 0 ? identity(0).data : new Float64Array(n * n);
  order.forEach((src, j) => {
    const sigma = norms[src];
    values[j] = sigma;
    for (let i = 0; i < m; i++) U[i * n + j] = sigma > 0 ? w[src * m + i] / sigma : 0;
    for (let i = 0; i < n; i++) V[i * n + j] = v[src * n + i];
  });
  return Object.freeze({
    values,
    U: Object.freeze({ rows: m, cols: n, data: U }),
    V: Object.freeze({ rows: n, cols: n, data: V }),
    sweeps,
  });
}
