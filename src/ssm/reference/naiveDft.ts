/**
 * The complex DFT by its definition, O(m^2), with every twiddle from Math.cos / Math.sin of the exact angle
 * 2 pi ((j k) mod m) / m:
 *
 *   Z_k = sum_{j<m} z_j exp(-2 pi i j k / m),   k < m.
 *
 * The reference the fast transforms (src/ssm/fft, src/ssm/wasm) are tested against; its rounding error is ~eps m
 * relative to sum |z_j|.
 *
 * @param z - interleaved (re, im), length 2m (not modified)
 * @param m - transform size, integer >= 1
 * @returns Z, interleaved, length 2m
 * @example naiveDft(Float64Array.of(1, 0, 1, 0), 2) // [2, 0, 0, 0]
 * @see arXiv:2407.09375
 * @internal
 */
export function naiveDft(z: Float64Array, m: number): Float64Array {
  const out = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    let re = 0;
    let im = 0;
    for (let j = 0; j < m; j++) {
      const angle = (-2 * Math.PI * ((j * k) % m)) / m;
      const c = Math.cos(angle);
      const s = Math.sin(angle);
      re += z[2 * j] * c - z[2 * j + 1] * s;
      im += z[2 * j] * s + z[2 * j + 1] * c;
    }
    out[2 * k] = re;
    out[2 * k + 1] = im;
  }
  return out;
}
