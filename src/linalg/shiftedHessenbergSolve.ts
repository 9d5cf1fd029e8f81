import type { Matrix } from './matrix.ts';
import { requireMatrix, requireSquare } from './requireMatrix.ts';

/** A complex matrix as its real and imaginary parts, both of the same shape. */
export interface ComplexMatrix {
  readonly re: Matrix;
  readonly im: Matrix;
}

/**
 * Solves (s I - H) X = R for a complex shift s = sRe + i sIm, an upper Hessenberg H and a real right-hand side R,
 * by Gaussian elimination with partial pivoting: column k has a single entry below the diagonal, so each step
 * compares rows k and k + 1 only, and the whole solve costs O(n^2 + n m) instead of the O(n^3) of a dense LU.
 * Complex divisions use Smith's scaling (no overflow for large |s|). Backward stable like LU with partial pivoting
 * (growth at most 2^(n-1), ~1 in practice). With H from hessenberg(A) = (H, Q) this evaluates
 * (sI - A)^-1 B = Q (sI - H)^-1 Q^T B, the transfer function's costly part, at many s (Laub 1981).
 *
 * @param H - upper Hessenberg matrix, shape [n, n] (entries below the subdiagonal are not read)
 * @param sRe - real part of the shift
 * @param sIm - imaginary part of the shift
 * @param R - real right-hand side, shape [n, m] (not modified)
 * @returns X as `{ re, im }`, each [n, m]
 * @throws TypeError for shape mismatches; RangeError when s I - H is exactly singular (s is an eigenvalue of H)
 * @example
 * // (s - 2) x = 1 at s = 2 + i: x = 1 / i = -i
 * const X = shiftedHessenbergSolve(fromRows([[2]]), 2, 1, fromRows([[1]]));
 * X.re.data[0] === 0 && X.im.data[0] === -1;
 * @see A. J. Laub, IEEE Trans. Automat. Control 26(2), 1981 (Hessenberg frequency response); arXiv:2407.09375
 */
export function shiftedHessenbergSolve(H: Matrix, sRe: number, sIm: number, R: Matrix): ComplexMatrix {
  const where = 'shiftedHessenbergSolve';
  const n = requireSquare(where, 'H', H);
  requireMatrix(where, 'R', R, { rows: n });
  const m = R.cols;
  // G = s I - H (upper Hessenberg), X = R, both complex, eliminated in place
  const gr = new Float64Array(n * n);
  const gi = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = Math.max(0, i - 1); j < n; j++) gr[i * n + j] = -H.data[i * n + j];
    gr[i * n + i] += sRe;
    gi[i * n + i] = sIm;
  }
  const xr = Float64Array.from(R.data);
  const xi = new Float64Array(n * m);
  const q = new Float64Array(2);
  for (let k = 0; k + 1 < n; k++) {
    const d = k * n + k;
    const b = (k + 1) * n + k;
    if (Math.hypot(gr[b], gi[b]) > Math.hypot(gr[d], gi[d])) {
      swapRows(gr, gi, n, k, k, n);
      swapRows(xr, xi, m, k, 0, m);
    }
    if (gr[b] === 0 && gi[b] === 0) continue;
    if (gr[d] === 0 && gi[d] === 0) singular(where, k, sRe, sIm);
    complexDivide(gr[b], gi[b], gr[d], gi[d], q);
    const [lr, li] = q;
    gr[b] = 0;
    gi[b] = 0;
    for (let j = k + 1; j < n; j++) {
      const ur = gr[k * n + j];
      const ui = gi[k * n + j];
      gr[(k + 1) * n + j] -= lr * ur - li * ui;
      gi[(k + 1) * n + j] -= lr * ui + li * ur;
    }
    for (let c = 0; c < m; c++) {
      const ur = xr[k * m + c];
      const ui = xi[k * m + c];
      xr[(k + 1) * m + c] -= lr * ur - li * ui;
      xi[(k + 1) * m + c] -= lr * ui + li * ur;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const pr = gr[i * n + i];
    const pi = gi[i * n + i];
    if (pr === 0 && pi === 0) singular(where, i, sRe, sIm);
    for (let c = 0; c < m; c++) {
      let ar = xr[i * m + c];
      let ai = xi[i * m + c];
      for (let j = i + 1; j < n; j++) {
        const ur = gr[i * n + j];
        const ui = gi[i * n + j];
        const vr = xr[j * m + c];
        const vi = xi[j * m + c];
        ar -= ur * vr - ui * vi;
        ai -= ur * vi + ui * vr;
      }
      complexDivide(ar, ai, pr, pi, q);
      xr[i * m + c] = q[0];
      xi[i * m + c] = q[1];
    }
  }
  return { re: { rows: n, cols: m, data: xr }, im: { rows: n, cols: m, data: xi } };
}

function singular(where: string, k: number, sRe: number, sIm: number): never {
  throw new RangeError(
    `${where}: s I - H is singular (zero pivot in column ${k}): s = ${sRe} + ${sIm}i is an eigenvalue of H`,
  );
}

/** Swaps rows a and a + 1 of the complex [*, width] pair (re, im) in columns from..to-1. */
function swapRows(
  re: Float64Array,
  im: Float64Array,
  width: number,
  a: number,
  from: number,
  to: number,
): void {
  for (let j = from; j < to; j++) {
    const p = a * width + j;
    const q = p + width;
    let t = re[p];
    re[p] = re[q];
    re[q] = t;
    t = im[p];
    im[p] = im[q];
    im[q] = t;
  }
}

/** out = (ar + i ai) / (br + i bi) by Smith's algorithm (scales by the larger of |br|, |bi|). */
function complexDivide(ar: number, ai: number, br: number, bi: number, out: Float64Array): void {
  if (Math.abs(br) >= Math.abs(bi)) {
    const r = bi / br;
    const den = br + bi * r;
    out[0] = (ar + ai * r) / den;
    out[1] = (ai - ar * r) / den;
  } else {
    const r = br / bi;
    const den = br * r + bi;
    out[0] = (ar * r + ai) / den;
    out[1] = (ai * r - ar) / den;
  }
}
