import type { Matrix } from './matrix.ts';
import { identity } from './matrix.ts';
import { requireFiniteMatrix } from './requireMatrix.ts';
import { matmul } from './matmul.ts';
import { norm1 } from './norms.ts';
import { lu, luSolveMatrix } from './lu.ts';

// Numerator coefficients b_0..b_m of the diagonal [m/m] Pade approximant of e^x, r_m(x) = p_m(x) / p_m(-x)
// (Higham 2005, eq. 2.5 and the table of Algorithm 2.3).
const PADE: Readonly<Record<3 | 5 | 7 | 9 | 13, readonly number[]>> = {
  3: [120, 60, 12, 1],
  5: [30240, 15120, 3360, 420, 30, 1],
  7: [17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1],
  9: [17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1],
  13: [
    64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600,
    670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1,
  ],
};

/**
 * theta_m of Higham (2005), Table 2.3: the largest ||A||_1 for which the [m/m] Pade approximant has backward error
 * below the unit roundoff 2^-53.
 * @internal
 */
export const EXPM_THETA: Readonly<Record<3 | 5 | 7 | 9 | 13, number>> = Object.freeze({
  3: 1.495585217958292e-2,
  5: 2.53939833006323e-1,
  7: 9.504178996162932e-1,
  9: 2.097847961257068,
  13: 5.371920351148152,
});

/** sum_i c_i M_i over matrices of equal shape (M_i may be null for the identity). */
function combo(n: number, terms: ReadonlyArray<readonly [number, Matrix | null]>): Matrix {
  const out = new Float64Array(n * n);
  for (const [c, M] of terms) {
    if (c === 0) continue;
    if (M === null) for (let i = 0; i < n; i++) out[i * n + i] += c;
    else for (let i = 0; i < out.length; i++) out[i] += c * M.data[i];
  }
  return { rows: n, cols: n, data: out };
}

/** r_m(A) = (V - U)^-1 (V + U) with U the odd part, V the even part of the Pade numerator. */
function padeSolve(n: number, U: Matrix, V: Matrix): Matrix {
  const P = new Float64Array(n * n);
  const Q = new Float64Array(n * n);
  for (let i = 0; i < P.length; i++) {
    P[i] = V.data[i] + U.data[i];
    Q[i] = V.data[i] - U.data[i];
  }
  return luSolveMatrix(lu({ rows: n, cols: n, data: Q }), { rows: n, cols: n, data: P });
}

/** The [m/m] Pade approximant for m in {3, 5, 7, 9}, evaluated from even powers of A. */
function padeLow(A: Matrix, m: 3 | 5 | 7 | 9): Matrix {
  const n = A.rows;
  const b = PADE[m];
  const powers: Matrix[] = [matmul(A, A)]; // A^2, A^4, ...
  for (let k = 4; k < m; k += 2) powers.push(matmul(powers[powers.length - 1], powers[0]));
  const odd: Array<[number, Matrix | null]> = [[b[1], null]];
  const even: Array<[number, Matrix | null]> = [[b[0], null]];
  for (let k = 1; 2 * k <= m; k++) {
    odd.push([b[2 * k + 1], powers[k - 1]]);
    even.push([b[2 * k], powers[k - 1]]);
  }
  const U = matmul(A, combo(n, odd));
  const V = combo(n, even);
  return padeSolve(n, U, V);
}

/** The [13/13] Pade approximant with Higham's evaluation scheme (6 matrix products, one solve). */
function pade13(A: Matrix): Matrix {
  const n = A.rows;
  const b = PADE[13];
  const A2 = matmul(A, A);
  const A4 = matmul(A2, A2);
  const A6 = matmul(A4, A2);
  const U = matmul(
    A,
    combo(n, [
      [
        1,
        matmul(
          A6,
          combo(n, [
            [b[13], A6],
            [b[11], A4],
            [b[9], A2],
          ]),
        ),
      ],
      [b[7], A6],
      [b[5], A4],
      [b[3], A2],
      [b[1], null],
    ]),
  );
  const V = combo(n, [
    [
      1,
      matmul(
        A6,
        combo(n, [
          [b[12], A6],
          [b[10], A4],
          [b[8], A2],
        ]),
      ),
    ],
    [b[6], A6],
    [b[4], A4],
    [b[2], A2],
    [b[0], null],
  ]);
  return padeSolve(n, U, V);
}

/**
 * Matrix exponential e^A = sum_k A^k / k! by Pade approximation with scaling and squaring (Higham 2005, Algorithm
 * 2.3): if ||A||_1 <= theta_m for m in 3, 5, 7, 9 the [m/m] approximant r_m(A) is used directly; otherwise
 * s = ceil(log2(||A||_1 / theta_13)), and e^A = r_13(A / 2^s)^(2^s) by s squarings. Backward error is at the unit
 * roundoff; forward relative error is ~1e-15 * cond on well-conditioned inputs.
 *
 * @param A - square matrix, shape [n, n], finite entries (not modified)
 * @returns e^A, shape [n, n]
 * @throws TypeError when A is not square; RangeError when an entry is NaN or infinite, or when ||A||_1 overflows
 * @example expm(fromRows([[0, -1], [1, 0]])) // [[cos 1, -sin 1], [sin 1, cos 1]]
 * @see arXiv:2407.09375 (ZOH discretization); N. J. Higham, SIAM J. Matrix Anal. Appl. 26(4), 2005
 */
export function expm(A: Matrix): Matrix {
  requireFiniteMatrix('expm', 'A', A);
  if (A.rows !== A.cols) throw new TypeError(`expm: A must be square, got shape [${A.rows}, ${A.cols}]`);
  const n = A.rows;
  if (n === 0) return identity(0);
  const nrm = norm1(A);
  // finite entries whose column sum overflows would ask for infinitely many squarings
  if (!Number.isFinite(nrm))
    throw new RangeError(`expm: ||A||_1 overflows float64 (entries up to ${maxAbs(A.data)}); scale A down`);
  for (const m of [3, 5, 7, 9] as const) if (nrm <= EXPM_THETA[m]) return padeLow(A, m);
  const s = Math.max(0, Math.ceil(Math.log2(nrm / EXPM_THETA[13])));
  const f = 2 ** -s; // a power of two: the scaling is exact
  const As: Matrix = { rows: n, cols: n, data: A.data.map((v) => v * f) };
  let R = pade13(As);
  for (let k = 0; k < s; k++) R = matmul(R, R);
  return R;
}

function maxAbs(data: Float64Array): number {
  let m = 0;
  for (const v of data) m = Math.max(m, Math.abs(v));
  return m;
}
