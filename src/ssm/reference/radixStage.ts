import { naiveDft } from './naiveDft.ts';

/**
 * One Stockham stage of radix r by its definition: the textbook DFT-of-size-r butterfly (naiveDft), then the
 * twiddles, every root of unity from Math.cos / Math.sin of the exact angle. With mm = len / r, for p < mm, q < s, k < r:
 *
 *   y[q + s (r p + k)] = w_len^{p k} sum_{j<r} x[q + s (p + j mm)] w_r^{j k},   w_n = exp(-2 pi i / n)
 *
 * (complex entries, interleaved re, im). The reference each unrolled stage (src/ssm/fft/butterflies.generated.ts) is
 * tested against, stage by stage; any radix r >= 1. The last stage of a transform has len = r (no twiddles).
 *
 * @param x - stage input, interleaved, length 2 s len
 * @param r - radix, integer >= 1 dividing len
 * @param len - sub-transform length of the stage
 * @param s - stride (product of the radices of the earlier stages)
 * @returns y, interleaved, length 2 s len
 * @example radixStage(Float64Array.of(1, 0, 2, 0), 2, 2, 1) // [3, 0, -1, 0]
 * @see arXiv:2407.09375
 * @internal
 */
export function radixStage(x: Float64Array, r: number, len: number, s: number): Float64Array {
  const mm = len / r;
  const y = new Float64Array(2 * s * len);
  const butterfly = new Float64Array(2 * r);
  for (let p = 0; p < mm; p++) {
    for (let q = 0; q < s; q++) {
      for (let j = 0; j < r; j++) {
        const i = 2 * (q + s * (p + j * mm));
        butterfly[2 * j] = x[i];
        butterfly[2 * j + 1] = x[i + 1];
      }
      const Y = naiveDft(butterfly, r);
      for (let k = 0; k < r; k++) {
        const angle = (-2 * Math.PI * ((p * k) % len)) / len;
        const tr = Math.cos(angle);
        const ti = Math.sin(angle);
        const o = 2 * (q + s * (r * p + k));
        y[o] = Y[2 * k] * tr - Y[2 * k + 1] * ti;
        y[o + 1] = Y[2 * k] * ti + Y[2 * k + 1] * tr;
      }
    }
  }
  return y;
}
