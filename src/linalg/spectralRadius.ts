import type { Matrix } from './matrix.ts';
import { requireFiniteMatrix, requireSquare } from './requireMatrix.ts';

/** Options of {@link spectralRadius}. */
export interface SpectralRadiusOptions {
  /** the radius is read from ||M^k||^(1/k) at k = 2^squarings (integer in [1, 60]) @default 48 */
  squarings?: number;
}

/**
 * Spectral radius rho(M) = max |eigenvalue| of a square matrix, from Gelfand's formula rho(M) = lim_k ||M^k||^(1/k)
 * evaluated at k = 2^squarings by repeated squaring with rescaling (the log of the scale is carried, so nothing
 * overflows):
 *
 *   P_0 = M / s_0,   P_{j+1} = P_j^2 / s_{j+1},   log ||M^k|| = sum_j 2^(J-j) log s_j + log ||P_J||,
 *
 * with s_j = max |entry| of the product before scaling. No eigensolver is involved, so clustered or defective
 * eigenvalues near the unit circle (where a QR iteration loses digits) are no problem: a Jordan block of size m
 * biases the result by a factor k^((m-1)/k) (~1 + 1e-13 at the default), the max-entry norm by n^(1/k). The
 * accuracy is that of the eigenvalues of the stored M (its rounding moves them by ~eps cond).
 *
 * @param M - square matrix, shape [n, n], finite (not modified)
 * @param options - squarings (@default 48)
 * @returns rho(M) >= 0 (0 for a nilpotent M whose power underflows to zero, or n = 0)
 * @throws TypeError when M is not square; RangeError for non-finite entries or squarings outside [1, 60]
 * @example
 *   Math.abs(spectralRadius(fromRows([[0, 2], [-2, 0]])) - 2) < 1e-12; // eigenvalues +-2i
 *   Math.abs(spectralRadius(fromRows([[1, 1], [0, 1]])) - 1) < 1e-12; // a Jordan block: ||M^k|| = k grows, rho = 1
 * @see arXiv:2407.09375 (closed-loop stability of the predictor)
 */
export function spectralRadius(M: Matrix, options: SpectralRadiusOptions = {}): number {
  const where = 'spectralRadius';
  const n = requireSquare(where, 'M', M);
  requireFiniteMatrix(where, 'M', M);
  const squarings = options.squarings ?? 48;
  if (!Number.isInteger(squarings) || squarings < 1 || squarings > 60) {
    throw new RangeError(`${where}: squarings must be an integer in [1, 60], got ${squarings}`);
  }
  if (n === 0) return 0;
  let P = Float64Array.from(M.data);
  let logScale = 0; // log ||M^k||_max = logScale + log max|P|
  const normalize = (): boolean => {
    let s = 0;
    for (let i = 0; i < P.length; i++) s = Math.max(s, Math.abs(P[i]));
    if (s === 0) return false;
    for (let i = 0; i < P.length; i++) P[i] /= s;
    logScale += Math.log(s);
    return true;
  };
  if (!normalize()) return 0;
  let k = 1;
  for (let j = 0; j < squarings; j++) {
    const Q = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      for (let c = 0; c < n; c++) {
        const x = P[a * n + c];
        if (x === 0) continue;
        for (let b = 0; b < n; b++) Q[a * n + b] += x * P[c * n + b];
      }
    }
    P = Q;
    logScale *= 2;
    k *= 2;
    if (!normalize()) return 0;
  }
  return Math.exp(logScale / k);
}
