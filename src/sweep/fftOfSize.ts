import FFT from 'fft.js';

const transforms = new Map<number, FFT>();

/**
 * The fft.js transform of size n (a power of two >= 2), created once per size and shared by the sweep.
 *
 * @param n - transform size, a power of two >= 2
 * @returns the cached FFT object
 * @throws Error from fft.js when n is not a power of two > 1
 * @example
 *   const f = fftOfSize(8);
 *   f === fftOfSize(8); // created once per size
 *   const data = f.createComplexArray(); // interleaved (re, im), shape [2n]
 *   data[0] = 1; // unit impulse
 *   const out = f.createComplexArray();
 *   f.transform(out, data);
 *   out.every((v: number, i: number) => v === (i % 2 === 0 ? 1 : 0)); // its spectrum is flat
 * @see arXiv:2407.09375
 */
export function fftOfSize(n: number): FFT {
  let f = transforms.get(n);
  if (!f) {
    f = new FFT(n);
    transforms.set(n, f);
  }
  return f;
}
