import type { Matrix } from './matrix.ts';
import { requireSquare } from './requireMatrix.ts';
import { requireOptions } from '../util/validate.ts';

/** Options of the triangular solves. */
export interface TriangularOptions {
  /** treat the diagonal as all ones (it is then not read); @default false */
  unitDiagonal?: boolean;
}

function checkRhs(where: string, n: number, b: unknown): Float64Array {
  if (!(b instanceof Float64Array) || b.length !== n) {
    throw new TypeError(`${where}: b must be a Float64Array of length ${n}`);
  }
  return b;
}

/**
 * Solves L x = b by forward substitution, x_i = (b_i - sum_{j<i} L_ij x_j) / L_ii. Entries above the diagonal are
 * ignored.
 *
 * @param L - lower triangular matrix, shape [n, n]
 * @param b - right-hand side, shape [n] (not modified)
 * @param options - {@link TriangularOptions}
 * @returns x, shape [n]
 * @throws TypeError on shape mismatch; RangeError "singular" naming the row when a diagonal entry is zero
 * @example solveLowerTriangular(fromRows([[2, 0], [1, 1]]), Float64Array.of(2, 3)) // [1, 2]
 * @see arXiv:2407.09375
 */
export function solveLowerTriangular(
  L: Matrix,
  b: Float64Array,
  options: TriangularOptions = {},
): Float64Array {
  options = requireOptions('solveLowerTriangular', options);
  const n = requireSquare('solveLowerTriangular', 'L', L);
  checkRhs('solveLowerTriangular', n, b);
  const unit = options.unitDiagonal ?? false;
  const a = L.data;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let j = 0; j < i; j++) s -= a[i * n + j] * x[j];
    if (unit) x[i] = s;
    else {
      const d = a[i * n + i];
      if (d === 0)
        throw new RangeError(`solveLowerTriangular: L is singular: zero diagonal entry in row ${i}`);
      x[i] = s / d;
    }
  }
  return x;
}

/**
 * Solves U x = b by back substitution, x_i = (b_i - sum_{j>i} U_ij x_j) / U_ii. Entries below the diagonal are
 * ignored.
 *
 * @param U - upper triangular matrix, shape [n, n]
 * @param b - right-hand side, shape [n] (not modified)
 * @param options - {@link TriangularOptions}
 * @returns x, shape [n]
 * @throws TypeError on shape mismatch; RangeError "singular" naming the row when a diagonal entry is zero
 * @example solveUpperTriangular(fromRows([[1, 1], [0, 2]]), Float64Array.of(3, 2)) // [2, 1]
 */
export function solveUpperTriangular(
  U: Matrix,
  b: Float64Array,
  options: TriangularOptions = {},
): Float64Array {
  options = requireOptions('solveUpperTriangular', options);
  const n = requireSquare('solveUpperTriangular', 'U', U);
  checkRhs('solveUpperTriangular', n, b);
  const unit = options.unitDiagonal ?? false;
  const a = U.data;
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= a[i * n + j] * x[j];
    if (unit) x[i] = s;
    else {
      const d = a[i * n + i];
      if (d === 0)
        throw new RangeError(`solveUpperTriangular: U is singular: zero diagonal entry in row ${i}`);
      x[i] = s / d;
    }
  }
  return x;
}
