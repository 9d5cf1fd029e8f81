/**
 * The unnormalised inverse discrete Fourier transform of any length, through fft.js: directly when the length is a
 * power of two, otherwise with Bluestein's chirp-z algorithm (a power-of-two circular convolution).
 *
 * @see arXiv:2407.09375
 */
import FFT from 'fft.js';
import { MemoryBudgetError } from '../../limits/memoryBudget.ts';

interface BluesteinPlan {
  readonly M: number;
  readonly fft: FFT;
  /** chirp w_n = exp(i pi n^2 / L), interleaved complex, length 2L */
  readonly w: Float64Array;
  /** FFT of the conjugate chirp kernel wrapped around to length M, interleaved complex */
  readonly kernel: Float64Array;
  /** scratch buffers of length 2M, reused across calls (no allocation churn in batches) */
  readonly a: Float64Array;
  readonly A: Float64Array;
}

const plans = new Map<number, BluesteinPlan>();
const ffts = new Map<number, FFT>();

function fftOfSize(M: number): FFT {
  let f = ffts.get(M);
  if (f === undefined) {
    f = new FFT(M);
    ffts.set(M, f);
  }
  return f;
}

function isPowerOfTwo(L: number): boolean {
  return L >= 2 && (L & (L - 1)) === 0;
}

function plan(L: number): BluesteinPlan {
  let p = plans.get(L);
  if (p !== undefined) return p;
  let M = 2;
  while (M < 2 * L - 1) M *= 2;
  const fft = fftOfSize(M);
  const w = new Float64Array(2 * L);
  for (let n = 0; n < L; n++) {
    // n^2 mod 2L keeps the angle small and exact (n^2 < 2^53 for every practical L).
    const ang = (Math.PI * ((n * n) % (2 * L))) / L;
    w[2 * n] = Math.cos(ang);
    w[2 * n + 1] = Math.sin(ang);
  }
  const b = new Float64Array(2 * M);
  for (let n = 0; n < L; n++) {
    b[2 * n] = w[2 * n];
    b[2 * n + 1] = -w[2 * n + 1];
    if (n > 0) {
      b[2 * (M - n)] = w[2 * n];
      b[2 * (M - n) + 1] = -w[2 * n + 1];
    }
  }
  const kernel = new Float64Array(2 * M);
  fft.transform(kernel, b);
  p = { M, fft, w, kernel, a: new Float64Array(2 * M), A: new Float64Array(2 * M) };
  plans.set(L, p);
  return p;
}

/**
 * The largest power-of-two transform inverseDft runs: fft.js keeps its twiddle table (2M entries) in a plain array,
 * and V8 holds a plain array of doubles compactly only up to 2^27 entries (beyond that it falls back to a
 * dictionary that exhausts the heap). So L <= 2^26 for a power of two, L <= 2^25 otherwise (Bluestein, M >= 2L - 1).
 */
export const INVERSE_DFT_MAX_TRANSFORM = 2 ** 26;

/** The power-of-two transform size inverseDft uses for length L: L itself, or the Bluestein size M >= 2L - 1. */
function transformSize(L: number): number {
  if (L < 2 || isPowerOfTwo(L)) return L;
  let M = 2;
  while (M < 2 * L - 1) M *= 2;
  return M;
}

/**
 * What inverseDft allocates for length L, for the memory checks of its callers: float64 arrays (the inputs and
 * outputs, the chirp, and four Bluestein buffers of 2M entries) and fft.js's plain arrays on the V8 heap (its
 * twiddle table of 2M doubles and bit-reversal table of up to M entries, 8 bytes each).
 *
 * @param L - the transform length, integer >= 0
 * @returns `{ bytes, heapBytes, longestArray, maxLength }` (bytes include heapBytes); maxLength is the longest L
 *   the transform accepts (2^25 unless L is a power of two)
 * @example inverseDftMemory(1000).bytes > 8 * 2048 * 8 && inverseDftMemory(1000).maxLength === 2 ** 25;
 * @see arXiv:2407.09375
 */
export function inverseDftMemory(L: number): {
  bytes: number;
  heapBytes: number;
  longestArray: number;
  maxLength: number;
} {
  const M = transformSize(L);
  const heapBytes = 8 * 3 * M;
  const floats = isPowerOfTwo(L) ? 6 * L : 6 * L + 10 * M;
  return {
    bytes: 8 * floats + heapBytes,
    heapBytes,
    longestArray: 2 * M,
    maxLength: isPowerOfTwo(L) ? INVERSE_DFT_MAX_TRANSFORM : INVERSE_DFT_MAX_TRANSFORM / 2,
  };
}

/**
 * y_n = sum_{k=0}^{L-1} X_k exp(+2 pi i k n / L), n = 0..L-1 (no 1/L factor).
 *
 * For a length that is not a power of two, k n = (k^2 + n^2 - (n - k)^2) / 2 turns the sum into
 * y_n = w_n sum_k (X_k w_k) conj(w_{n-k}) with w_m = exp(i pi m^2 / L): a convolution done by power-of-two FFTs of
 * size M >= 2L - 1 (Bluestein 1970). Plans are cached per length.
 *
 * @param re - real parts of X, shape [L]
 * @param im - imaginary parts of X, shape [L]
 * @returns { re, im } of y, each of shape [L]
 * @throws TypeError when re and im differ in length; MemoryBudgetError (a RangeError) when L needs a transform longer than
 *   INVERSE_DFT_MAX_TRANSFORM (L > 2^25, or L > 2^26 for a power of two)
 * @example inverseDft(Float64Array.of(0, 1, 0), new Float64Array(3)).re // cos(2 pi n / 3)
 * @see arXiv:2407.09375
 */
export function inverseDft(re: Float64Array, im: Float64Array): { re: Float64Array; im: Float64Array } {
  const L = re.length;
  if (im.length !== L)
    throw new TypeError(`inverseDft: re and im must have the same length, got ${L} and ${im.length}`);
  if (transformSize(L) > INVERSE_DFT_MAX_TRANSFORM) {
    throw new MemoryBudgetError(
      `inverseDft: length ${L} needs a power-of-two transform of ${transformSize(L)} > ${INVERSE_DFT_MAX_TRANSFORM} ` +
        `entries, more than fft.js's plain-array tables hold; the longest is ${INVERSE_DFT_MAX_TRANSFORM / 2} ` +
        `(${INVERSE_DFT_MAX_TRANSFORM} for a power of two)`,
      inverseDftMemory(L).bytes,
      inverseDftMemory(INVERSE_DFT_MAX_TRANSFORM).bytes,
    );
  }
  const outRe = new Float64Array(L);
  const outIm = new Float64Array(L);
  if (L === 0) return { re: outRe, im: outIm };
  if (L === 1) {
    outRe[0] = re[0];
    outIm[0] = im[0];
    return { re: outRe, im: outIm };
  }
  if (isPowerOfTwo(L)) {
    const fft = fftOfSize(L);
    const data = new Float64Array(2 * L);
    for (let k = 0; k < L; k++) {
      data[2 * k] = re[k];
      data[2 * k + 1] = im[k];
    }
    const out = new Float64Array(2 * L);
    // fft.js's inverse transform uses exp(+i ...) and divides by L; undo the division.
    fft.inverseTransform(out, data);
    for (let n = 0; n < L; n++) {
      outRe[n] = out[2 * n] * L;
      outIm[n] = out[2 * n + 1] * L;
    }
    return { re: outRe, im: outIm };
  }
  const { M, fft, w, kernel, a, A } = plan(L);
  a.fill(0);
  for (let k = 0; k < L; k++) {
    const xr = re[k],
      xi = im[k];
    if (xr === 0 && xi === 0) continue;
    a[2 * k] = xr * w[2 * k] - xi * w[2 * k + 1];
    a[2 * k + 1] = xr * w[2 * k + 1] + xi * w[2 * k];
  }
  fft.transform(A, a);
  for (let j = 0; j < M; j++) {
    const ar = A[2 * j],
      ai = A[2 * j + 1];
    const br = kernel[2 * j],
      bi = kernel[2 * j + 1];
    a[2 * j] = ar * br - ai * bi;
    a[2 * j + 1] = ar * bi + ai * br;
  }
  fft.inverseTransform(A, a);
  for (let n = 0; n < L; n++) {
    const cr = A[2 * n],
      ci = A[2 * n + 1];
    outRe[n] = cr * w[2 * n] - ci * w[2 * n + 1];
    outIm[n] = cr * w[2 * n + 1] + ci * w[2 * n];
  }
  return { re: outRe, im: outIm };
}
