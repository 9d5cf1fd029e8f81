/**
 * Division of a sampled function by its largest absolute value (MultipleSine and Legendre of the paper).
 *
 * @see arXiv:2407.09375
 */

/**
 * u / max_k |u_k|, in place; a function that is identically 0 is left unchanged.
 *
 * @param u - samples, shape [L] (modified and returned)
 * @returns u, now with max |u| = 1
 * @example normalizeByMaxAbs(Float64Array.of(2, -4)) // [0.5, -1]
 * @see arXiv:2407.09375
 */
export function normalizeByMaxAbs(u: Float64Array): Float64Array {
  let m = 0;
  for (let k = 0; k < u.length; k++) m = Math.max(m, Math.abs(u[k]));
  if (m > 0) for (let k = 0; k < u.length; k++) u[k] /= m;
  return u;
}
