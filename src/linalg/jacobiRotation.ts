/**
 * The tangent t = tan(theta) of the Jacobi rotation that zeroes an off-diagonal pair: the root of smaller magnitude
 * of t^2 + 2 tau t - 1 = 0,
 *
 *   t = sign(tau) / (|tau| + sqrt(1 + tau^2))   (|t| <= 1, so the rotation angle is at most pi / 4),
 *
 * with tau = (a_qq - a_pp) / (2 a_pq) for a symmetric 2 x 2 block (symmetricEigen) or (||w_q||^2 - ||w_p||^2) /
 * (2 w_p . w_q) for a column pair (svdJacobi); for |tau| > 1e150, where tau^2 overflows, t = 1 / (2 tau). Then
 * c = 1 / sqrt(1 + t^2), s = c t.
 *
 * @param tau - finite
 * @returns t in [-1, 1]
 * @example jacobiTangent(0) === 1 && Math.abs(jacobiTangent(1e200) - 5e-201) < 1e-215
 * @see G. H. Golub, C. F. Van Loan, Matrix Computations (4th ed.), Algorithm 8.5.1; arXiv:2407.09375
 */
export function jacobiTangent(tau: number): number {
  if (Math.abs(tau) > 1e150) return 1 / (2 * tau);
  return (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
}

/**
 * Applies the plane rotation (c, s) to two stretches of an array: for i < length,
 * (x[p + i], x[q + i]) <- (c x[p + i] - s x[q + i], s x[p + i] + c x[q + i]) (with `stride` between entries).
 *
 * @param x - the array (modified)
 * @param p - offset of the first stretch
 * @param q - offset of the second stretch
 * @param length - entries per stretch
 * @param stride - distance between consecutive entries (1: contiguous; n: a column of a row-major n x n matrix)
 * @param c - cosine
 * @param s - sine
 * @example
 *   const x = Float64Array.of(1, 0);
 *   rotatePair(x, 0, 1, 1, 1, 0, 1); // (c, s) = (0, 1): (1, 0) -> (0, 1)
 *   x.join() === '0,1';
 * @see arXiv:2407.09375
 */
export function rotatePair(
  x: Float64Array,
  p: number,
  q: number,
  length: number,
  stride: number,
  c: number,
  s: number,
): void {
  for (let i = 0, a = p, b = q; i < length; i++, a += stride, b += stride) {
    const xa = x[a];
    const xb = x[b];
    x[a] = c * xa - s * xb;
    x[b] = s * xa + c * xb;
  }
}
