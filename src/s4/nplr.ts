import type { Matrix } from '../linalg/matrix.ts';
import { zeros } from '../linalg/matrix.ts';
import type { ComplexMatrix } from '../linalg/shiftedHessenbergSolve.ts';
import { skewSymmetricEigen } from '../linalg/skewSymmetricEigen.ts';
import { requireInteger, requireOneOf } from '../util/validate.ts';

/** The HiPPO measures {@link nplr} factors, with the matrices of the s4 code (state-spaces/s4). */
export type NplrMeasure = 'legs' | 'legt' | 'fout';

/** The accepted measures, for validation. */
export const NPLR_MEASURES: readonly NplrMeasure[] = Object.freeze(['legs', 'legt', 'fout'] as const);

/** A complex vector as its real and imaginary parts. */
export interface ComplexVector {
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/** The normal plus low-rank form A = V diag(lambda) V^* - P Q^T of a HiPPO matrix (frozen). */
export interface Nplr {
  readonly measure: NplrMeasure;
  readonly N: number;
  /** the HiPPO state matrix in s4's convention, shape [N, N] */
  readonly A: Matrix;
  /** the HiPPO input vector in s4's convention, shape [N] */
  readonly B: Float64Array;
  /** low-rank factor, shape [N, r] (r = 1 for legs and fout, 2 for legt) */
  readonly P: Matrix;
  /** low-rank factor, shape [N, r]; equal to P for these measures */
  readonly Q: Matrix;
  /** eigenvalues of the normal part, sorted by imaginary part (the first floor(N/2) have Im <= 0), shape [N] */
  readonly lambda: ComplexVector;
  /** unitary eigenvectors of the normal part (column j belongs to lambda_j), [N, N] each */
  readonly V: ComplexMatrix;
  /** V^* B, shape [N] (s4's B in the diagonal basis) */
  readonly VstarB: ComplexVector;
  /** V^* P, shape [N, r] (s4's P in the diagonal basis) */
  readonly VstarP: ComplexMatrix;
}

/** A, B, P of a measure in s4's convention. */
function s4Matrices(measure: NplrMeasure, N: number): { A: Matrix; B: Float64Array; P: Matrix } {
  const r = Float64Array.from({ length: N }, (_, n) => Math.sqrt(2 * n + 1));
  const A = zeros(N, N);
  if (measure === 'legs') {
    for (let n = 0; n < N; n++) {
      for (let k = 0; k < n; k++) A.data[n * N + k] = -r[n] * r[k];
      A.data[n * N + n] = -(n + 1);
    }
    const P = zeros(N, 1);
    for (let n = 0; n < N; n++) P.data[n] = Math.sqrt(n + 0.5);
    return { A, B: r, P };
  }
  if (measure === 'legt') {
    for (let n = 0; n < N; n++) {
      for (let k = 0; k < N; k++) {
        const sign = n >= k || (k - n) % 2 === 0 ? 1 : -1;
        A.data[n * N + k] = (-sign * r[n] * r[k]) / 2;
      }
    }
    const P = zeros(N, 2);
    for (let n = 0; n < N; n++) P.data[n * 2 + (n % 2 === 1 ? 0 : 1)] = r[n] * Math.SQRT1_2;
    return { A, B: r.map((v) => v / 2), P };
  }
  // fout, N even, order [c_0, s_0, c_1, s_1, ...] (s_0 is a dead state)
  const b = new Float64Array(N);
  for (let n = 0; n < N; n += 2) b[n] = n === 0 ? 1 : Math.SQRT2;
  for (let n = 0; n < N; n++) for (let k = 0; k < N; k++) A.data[n * N + k] = -b[n] * b[k];
  for (let j = 1; 2 * j + 1 < N; j++) {
    A.data[2 * j * N + 2 * j + 1] -= Math.PI * j;
    A.data[(2 * j + 1) * N + 2 * j] += Math.PI * j;
  }
  return { A, B: b, P: { rows: N, cols: 1, data: Float64Array.from(b) } };
}

/** Relative size of the symmetric part of A + P Q^T - c I accepted as rounding (it is 0 in exact arithmetic). */
const NORMAL_TOL = 1e-13;

/**
 * The normal plus low-rank (NPLR) form of a HiPPO matrix, as in S4 (arXiv:2111.00396, Theorem 1) and "How to Train
 * Your HiPPO" (arXiv:2206.12037):
 *
 *   A = V Lambda V^* - P Q^T,   with Q = P and A + P P^T = c I + K,  K skew-symmetric,  so Lambda = c + i omega.
 *
 * The matrices are s4's (its `transition` and `rank_correction`), with r_n = sqrt(2n + 1):
 * - 'legs' (HiPPO-LegS): A_nk = -r_n r_k (n > k), -(n + 1) (n = k), 0 (n < k); B_n = r_n; P_n = sqrt(n + 1/2)
 *   (rank 1); A + P P^T = -I/2 + K, so Re lambda = -1/2. Identical to this library's hippo('legs', N).A, B.
 * - 'legt' (HiPPO-LegT): A_nk = -(1/2) r_n r_k * ((-1)^(n-k) if n < k, else 1); B_n = r_n / 2; rank 2 with
 *   P_{:,0} = r_n / sqrt2 on odd n, P_{:,1} = r_n / sqrt2 on even n; A + P P^T = K, Re lambda = 0. Sign and scaling:
 *   this is s4's halved LegT, i.e. HALF of this library's hippo('legt', N).A with theta = 1 (the paper's matrix); it
 *   equals hippo('legt', N, { theta: 2 }) (A and B).
 * - 'fout' (HiPPO-FouT, N even): state order [c_0, s_0, c_1, s_1, ...], b = (1, 0, sqrt2, 0, sqrt2, 0, ...),
 *   A = K - b b^T with K_{2j, 2j+1} = -pi j, K_{2j+1, 2j} = pi j (j >= 1), B = b, P = b (rank 1); Re lambda = 0.
 *   Dropping the dead state s_0 gives this library's hippo('fout', N - 1, { theta: 2 }).
 *
 * K = (A + P P^T - (A + P P^T)^T) / 2 is diagonalized by skewSymmetricEigen (real Householder + symmetric QL), c is
 * the mean diagonal of A + P P^T. Eigenvalues are sorted by imaginary part, so the first floor(N/2) hold one of
 * each conjugate pair (what s4 keeps, using A = 2 Re(V_half Lambda_half V_half^*) - P P^T).
 *
 * @param measure - 'legs', 'legt' or 'fout'
 * @param N - state size, integer >= 1 (even for 'fout')
 * @returns the frozen {@link Nplr} { measure, N, A, B, P, Q, lambda, V, VstarB, VstarP }
 * @throws RangeError for an unknown measure or a bad N
 * @example
 * const f = nplr('legs', 8);
 * f.lambda.re.every((x) => Math.abs(x + 0.5) < 1e-12); // LegS: Re lambda = -1/2
 * f.P.cols === 1 && nplr('legt', 8).P.cols === 2;
 * @see arXiv:2111.00396 (S4), arXiv:2206.12037 (How to Train Your HiPPO), arXiv:2008.07669 (HiPPO)
 */
export function nplr(measure: NplrMeasure, N: number): Nplr {
  const where = 'nplr';
  requireOneOf(where, 'measure', measure, NPLR_MEASURES);
  requireInteger(where, 'N', N, 1);
  if (measure === 'fout' && N % 2 !== 0) {
    throw new RangeError(`${where}: N must be even for 'fout' (pairs [c_j, s_j]), got ${N}`);
  }
  const { A, B, P } = s4Matrices(measure, N);
  const r = P.cols;
  // AP = A + P P^T; c = mean diagonal; K = skew part
  const AP = Float64Array.from(A.data);
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++)
      for (let q = 0; q < r; q++) AP[i * N + j] += P.data[i * r + q] * P.data[j * r + q];
  let c = 0;
  for (let i = 0; i < N; i++) c += AP[i * N + i] / N;
  const K = zeros(N, N);
  let sym = 0;
  let scale = 0;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      K.data[i * N + j] = (AP[i * N + j] - AP[j * N + i]) / 2;
      sym = Math.max(sym, Math.abs((AP[i * N + j] + AP[j * N + i]) / 2 - (i === j ? c : 0)));
      scale = Math.max(scale, Math.abs(AP[i * N + j]));
    }
  }
  if (sym > NORMAL_TOL * Math.max(scale, 1)) {
    throw new Error(
      `${where}: internal: A + P P^T - c I is not skew-symmetric (${sym}) for ${measure}, N = ${N}`,
    );
  }
  const eig = skewSymmetricEigen(K);
  const V: ComplexMatrix = Object.freeze({ re: eig.re, im: eig.im });
  const VstarB = conjTransposeTimes(V, { rows: N, cols: 1, data: B });
  const VstarP = conjTransposeTimes(V, P);
  return Object.freeze({
    measure,
    N,
    A,
    B,
    P,
    Q: { rows: N, cols: r, data: Float64Array.from(P.data) },
    lambda: Object.freeze({ re: new Float64Array(N).fill(c), im: eig.omega }),
    V,
    VstarB: Object.freeze({ re: VstarB.re.data, im: VstarB.im.data }),
    VstarP,
  });
}

/** V^* X for a complex V [N, N] and a real X [N, r]: (Re V^T X) - i (Im V^T X). */
function conjTransposeTimes(V: ComplexMatrix, X: Matrix): ComplexMatrix {
  const N = V.re.rows;
  const r = X.cols;
  const re = zeros(N, r);
  const im = zeros(N, r);
  for (let j = 0; j < N; j++) {
    for (let q = 0; q < r; q++) {
      let sr = 0;
      let si = 0;
      for (let i = 0; i < N; i++) {
        const x = X.data[i * r + q];
        sr += V.re.data[i * N + j] * x;
        si -= V.im.data[i * N + j] * x;
      }
      re.data[j * r + q] = sr;
      im.data[j * r + q] = si;
    }
  }
  return Object.freeze({ re, im });
}
