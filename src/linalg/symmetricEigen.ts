import type { Matrix } from './matrix.ts';
import { identity } from './matrix.ts';
import { requireFiniteMatrix, requireSquare } from './requireMatrix.ts';
import { jacobiTangent, rotatePair } from './jacobiRotation.ts';
import type { SymmetricEigen } from './symmetricTridiagonalEigen.ts';

/** Eigendecomposition of a symmetric matrix by cyclic Jacobi, A = V diag(values) V^T, with its sweep count. */
export interface JacobiEigen extends SymmetricEigen {
  /** cyclic sweeps the Jacobi iteration took */
  readonly sweeps: number;
}

/** Options of {@link symmetricEigen}. */
export interface SymmetricEigenOptions {
  /**
   * a sweep ends the iteration when the off-diagonal Frobenius norm has fallen to tolerance ||A||_F
   * @default 1e-15
   */
  tolerance?: number;
  /** sweeps allowed before giving up (Jacobi converges quadratically: 6-10 sweeps are typical) @default 60 */
  maxSweeps?: number;
  /**
   * relative asymmetry |A_ij - A_ji| <= asymmetry ||A||_F accepted (the upper triangle is used)
   * @default 1e-12
   */
  asymmetry?: number;
}

/**
 * Eigendecomposition A = V diag(lambda) V^T of a real symmetric matrix by the cyclic Jacobi method (Golub & Van
 * Loan, Matrix Computations, section 8.5): sweeps of plane rotations J(p, q, theta) over every pair p < q, each
 * zeroing A_pq with
 *
 *   tau = (A_qq - A_pp) / (2 A_pq),   t = sign(tau) / (|tau| + sqrt(1 + tau^2)),   c = 1 / sqrt(1 + t^2),   s = t c,
 *
 * A <- J^T A J, V <- V J, until off(A) = sqrt(sum_{i != j} A_ij^2) <= tolerance ||A||_F. The eigenvalues are
 * computed to an absolute accuracy of a few eps ||A||_2 (the small ones with high relative accuracy when A is
 * positive definite and well scaled), and V is orthogonal to working precision. O(n^3) per sweep: meant for the
 * small Gram matrices (n <= a few hundred) of ridge regressions.
 *
 * @param A - symmetric matrix, shape [n, n], finite (not modified; its upper triangle is read)
 * @param options - tolerance (@default 1e-15), maxSweeps (@default 60), asymmetry (@default 1e-12)
 * @returns frozen { values (ascending), vectors (columns), sweeps }
 * @throws TypeError when A is not square; RangeError for non-finite entries, an asymmetric A (naming the entry) or
 *   no convergence within maxSweeps
 * @example
 *   const e = symmetricEigen(fromRows([[2, 1], [1, 2]]));
 *   Math.abs(e.values[0] - 1) < 1e-15 && Math.abs(e.values[1] - 3) < 1e-15;
 *   const v = e.vectors; // columns (1, -1)/sqrt2 and (1, 1)/sqrt2, up to sign
 *   Math.abs(Math.abs(v.data[1]) - Math.SQRT1_2) < 1e-15;
 * @see arXiv:2407.09375; G. H. Golub, C. F. Van Loan, Matrix Computations (4th ed.), section 8.5
 */
export function symmetricEigen(A: Matrix, options: SymmetricEigenOptions = {}): JacobiEigen {
  const where = 'symmetricEigen';
  const n = requireSquare(where, 'A', A);
  requireFiniteMatrix(where, 'A', A);
  const tolerance = options.tolerance ?? 1e-15;
  const maxSweeps = options.maxSweeps ?? 60;
  const asymmetry = options.asymmetry ?? 1e-12;
  if (!(tolerance > 0)) throw new RangeError(`${where}: tolerance must be > 0, got ${tolerance}`);
  if (!Number.isInteger(maxSweeps) || maxSweeps < 1) {
    throw new RangeError(`${where}: maxSweeps must be an integer >= 1, got ${maxSweeps}`);
  }
  const a = Float64Array.from(A.data);
  let frob = 0;
  for (let i = 0; i < a.length; i++) frob += a[i] * a[i];
  frob = Math.sqrt(frob);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.abs(a[i * n + j] - a[j * n + i]);
      if (d > asymmetry * frob) {
        throw new RangeError(
          `${where}: A must be symmetric: |A[${i}][${j}] - A[${j}][${i}]| = ${d} exceeds ${asymmetry} ||A||_F`,
        );
      }
      a[j * n + i] = a[i * n + j];
    }
  }
  const V = identity(n);
  const v = V.data;
  let sweeps = 0;
  while (offNorm(a, n) > tolerance * frob) {
    if (sweeps === maxSweeps) {
      throw new RangeError(`${where}: no convergence within ${maxSweeps} sweeps (n = ${n})`);
    }
    sweeps++;
    for (let p = 0; p < n - 1; p++) for (let q = p + 1; q < n; q++) rotate(a, v, n, p, q);
  }
  return sorted(a, v, n, sweeps);
}

/** sqrt(sum_{i != j} a_ij^2) */
function offNorm(a: Float64Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += a[i * n + j] * a[i * n + j];
  return Math.sqrt(2 * s);
}

/** One Jacobi rotation zeroing a_pq (a kept symmetric, both triangles updated), accumulated into v. */
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q];
  if (apq === 0) return;
  const app = a[p * n + p];
  const aqq = a[q * n + q];
  const t = jacobiTangent((aqq - app) / (2 * apq));
  const c = 1 / Math.sqrt(1 + t * t);
  const s = t * c;
  for (let r = 0; r < n; r++) {
    if (r === p || r === q) continue;
    const arp = a[r * n + p];
    const arq = a[r * n + q];
    const np = c * arp - s * arq;
    const nq = s * arp + c * arq;
    a[r * n + p] = np;
    a[p * n + r] = np;
    a[r * n + q] = nq;
    a[q * n + r] = nq;
  }
  a[p * n + p] = app - t * apq;
  a[q * n + q] = aqq + t * apq;
  a[p * n + q] = 0;
  a[q * n + p] = 0;
  rotatePair(v, p, q, n, n, c, s);
}

/** The diagonal of a as ascending eigenvalues with the matching columns of v. */
function sorted(a: Float64Array, v: Float64Array, n: number, sweeps: number): JacobiEigen {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i] - a[j * n + j]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, j) => {
    values[j] = a[src * n + src];
    for (let r = 0; r < n; r++) vectors[r * n + j] = v[r * n + src];
  });
  return Object.freeze({ values, vectors: Object.freeze({ rows: n, cols: n, data: vectors }), sweeps });
}
