import type { Matrix } from './matrix.ts';
import { identity } from './matrix.ts';
import { requireFiniteArray } from '../util/validate.ts';

/** Eigen-decomposition T = W diag(values) W^T of a real symmetric matrix. */
export interface SymmetricEigen {
  /** eigenvalues in ascending order, shape [n] */
  readonly values: Float64Array;
  /** orthonormal eigenvectors as columns (column j belongs to values[j]), shape [n, n] */
  readonly vectors: Matrix;
}

/** QL sweeps allowed per eigenvalue before giving up (convergence is cubic; ~2 are typical). */
const MAX_SWEEPS = 60;

/**
 * Eigenvalues and eigenvectors of the real symmetric tridiagonal matrix T with diagonal d and off-diagonal e
 * (T_ii = d_i, T_{i,i+1} = T_{i+1,i} = e_i), by the implicit QL algorithm with Wilkinson-type shifts (Golub & Van
 * Loan section 8.3; the QL form of the symmetric QR iteration): each sweep chases the shift through plane rotations
 * from the bottom of the unreduced block up, an off-diagonal e_i is deflated once |e_i| <= eps (|d_i| + |d_{i+1}|),
 * and the rotations are accumulated into W. Backward stable: T W = W diag(values) + O(eps ||T||), W orthogonal to
 * O(n eps).
 *
 * @param d - diagonal, shape [n], finite
 * @param e - off-diagonal, shape [n - 1] (or [0] for n = 0), finite
 * @returns `{ values, vectors }`: ascending eigenvalues [n] and eigenvectors as columns [n, n]
 * @throws TypeError for non-arrays or e of the wrong length; RangeError naming a non-finite entry, or when an
 *   eigenvalue does not converge in MAX_SWEEPS sweeps (does not happen for finite input in practice)
 * @example
 * // the path graph's Laplacian-like [[2, -1], [-1, 2]]: eigenvalues 1 and 3
 * const { values } = symmetricTridiagonalEigen(Float64Array.of(2, 2), Float64Array.of(-1));
 * Math.abs(values[0] - 1) < 1e-15 && Math.abs(values[1] - 3) < 1e-15;
 * @see Golub & Van Loan, Matrix Computations (4th ed.), section 8.3; arXiv:2111.00396
 */
export function symmetricTridiagonalEigen(d: ArrayLike<number>, e: ArrayLike<number>): SymmetricEigen {
  const where = 'symmetricTridiagonalEigen';
  const dd = Float64Array.from(requireFiniteArray(where, 'd', d));
  const n = dd.length;
  const ev = requireFiniteArray(where, 'e', e);
  if (ev.length !== Math.max(n - 1, 0)) {
    throw new TypeError(`${where}: e must have length n - 1 = ${Math.max(n - 1, 0)}, got ${ev.length}`);
  }
  // off[i] couples i and i + 1; off[n - 1] = 0 is a sentinel
  const off = new Float64Array(n);
  off.set(ev);
  const W = identity(n);
  const w = W.data;
  for (let l = 0; l < n; l++) {
    for (let sweep = 0; ; sweep++) {
      let m = l;
      while (m < n - 1 && Math.abs(off[m]) > Number.EPSILON * (Math.abs(dd[m]) + Math.abs(dd[m + 1]))) m++;
      if (m === l) break;
      if (sweep === MAX_SWEEPS) {
        throw new RangeError(`${where}: eigenvalue ${l} did not converge in ${MAX_SWEEPS} QL sweeps`);
      }
      // shift: the eigenvalue of the leading 2 x 2 block [d_l, e_l; e_l, d_{l+1}] closer to d_l
      let g = (dd[l + 1] - dd[l]) / (2 * off[l]);
      let r = Math.hypot(g, 1);
      g = dd[m] - dd[l] + off[l] / (g + (g >= 0 ? r : -r));
      let s = 1;
      let c = 1;
      let p = 0;
      let i = m - 1;
      for (; i >= l; i--) {
        const f = s * off[i];
        const b = c * off[i];
        r = Math.hypot(f, g);
        off[i + 1] = r;
        if (r === 0) {
          // an exact underflow split: restart the sweep on the smaller block
          dd[i + 1] -= p;
          off[m] = 0;
          break;
        }
        s = f / r;
        c = g / r;
        g = dd[i + 1] - p;
        r = (dd[i] - g) * s + 2 * c * b;
        p = s * r;
        dd[i + 1] = g + p;
        g = c * r - b;
        // W <- W G(i, i+1)
        for (let k = 0; k < n; k++) {
          const t = w[k * n + i + 1];
          w[k * n + i + 1] = s * w[k * n + i] + c * t;
          w[k * n + i] = c * w[k * n + i] - s * t;
        }
      }
      if (r === 0 && i >= l) continue;
      dd[l] -= p;
      off[l] = g;
      off[m] = 0;
    }
  }
  return sortedPairs(dd, W);
}

/** Eigenvalues in ascending order with their columns of W permuted alike. */
function sortedPairs(values: Float64Array, W: Matrix): SymmetricEigen {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  const sorted = new Float64Array(n);
  const V = new Float64Array(n * n);
  order.forEach((src, j) => {
    sorted[j] = values[src];
    for (let k = 0; k < n; k++) V[k * n + j] = W.data[k * n + src];
  });
  return { values: sorted, vectors: { rows: n, cols: n, data: V } };
}
