/**
 * The unnormalised inverse discrete Fourier transform of any length, through the library's FFT (src/ssm, the one
 * predictNext uses, in WebAssembly when available): directly when the length is 5-smooth (2^a 3^b 5^c), otherwise
 * with Bluestein's chirp-z algorithm (a circular convolution of 5-smooth size).
 *
 * @see arXiv:2407.09375
 */
import { fastComplexFftSize } from '../../ssm/fft/fftSize.ts';
import { stageRadices } from '../../ssm/fft/plan.ts';
import { complexTransform } from '../../ssm/transforms.ts';
import { MemoryBudgetError } from '../../limits/memoryBudget.ts';

interface BluesteinPlan {
  /** the 5-smooth convolution size M >= 2L - 1 */
  readonly M: number;
  /** chirp w_n = exp(i pi n^2 / L), interleaved complex, length 2L */
  readonly w: Float64Array;
  /** FFT of the conjugate chirp kernel wrapped around to length M, divided by M (the inverse's factor), interleaved */
  readonly kernel: Float64Array;
}

const plans = new Map<number, BluesteinPlan>();

function plan(L: number): BluesteinPlan {
  let p = plans.get(L);
  if (p !== undefined) return p;
  const M = fastComplexFftSize(2 * L - 1);
  const w = new Float64Array(2 * L);
  for (let n = 0; n < L; n++) {
    // n^2 mod 2L keeps the angle small and exact (n^2 < 2^53 for every practical L).
    const angle = (Math.PI * ((n * n) % (2 * L))) / L;
    w[2 * n] = Math.cos(angle);
    w[2 * n + 1] = Math.sin(angle);
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
  const kernel = complexTransform(b, M);
  for (let i = 0; i < 2 * M; i++) kernel[i] /= M;
  p = { M, w, kernel };
  plans.set(L, p);
  return p;
}

/**
 * The longest length inverseDft transforms: a length that is not 5-smooth runs a Bluestein convolution of a
 * 5-smooth size M >= 2L - 1 (up to ~2.3 L), whose complex buffers (2M float64 each, several at once, copied into
 * WebAssembly memory when that path runs) must fit WebAssembly's 4 GiB and V8's typed-array limits: 2^25 samples
 * keeps every buffer below 2^30 bytes.
 */
export const INVERSE_DFT_MAX_LENGTH = 2 ** 25;

/** The complex transform size inverseDft uses for length L: L itself when 5-smooth, else the Bluestein size M. */
function transformSize(L: number): number {
  if (L < 2 || stageRadices(L) !== null) return L;
  return fastComplexFftSize(2 * L - 1);
}

/**
 * What inverseDft allocates for length L, for the memory checks of its callers: float64 typed arrays only (outside
 * the V8 heap): the outputs, and for a 5-smooth L the interleaved input, transform and plan (~8 L), otherwise the
 * chirp (2 L), the Bluestein kernel and its input (4 M) and three transform buffers (6 M).
 *
 * @param L - the transform length, integer >= 0
 * @returns `{ bytes, heapBytes, longestArray, maxLength }` (heapBytes: 0, no plain arrays); maxLength is
 *   INVERSE_DFT_MAX_LENGTH
 * @example inverseDftMemory(1000).bytes > 8 * 8 * 1000 && inverseDftMemory(1000).maxLength === 2 ** 25;
 * @see arXiv:2407.09375
 */
export function inverseDftMemory(L: number): {
  bytes: number;
  heapBytes: number;
  longestArray: number;
  maxLength: number;
} {
  const M = transformSize(L);
  const floats = M === L ? 10 * L : 4 * L + 10 * M;
  return { bytes: 8 * floats, heapBytes: 0, longestArray: 2 * M, maxLength: INVERSE_DFT_MAX_LENGTH };
}

/**
 * y_n = sum_{k=0}^{L-1} X_k exp(+2 pi i k n / L), n = 0..L-1 (no 1/L factor), as conj(FFT(conj X)).
 *
 * For a length that is not 5-smooth, k n = (k^2 + n^2 - (n - k)^2) / 2 turns the sum into
 * y_n = w_n sum_k (X_k w_k) conj(w_{n-k}) with w_m = exp(i pi m^2 / L): a circular convolution done by FFTs of a
 * 5-smooth size M >= 2L - 1 (Bluestein 1970). Plans are cached per length.
 *
 * @param re - real parts of X, shape [L]
 * @param im - imaginary parts of X, shape [L]
 * @returns { re, im } of y, each of shape [L]
 * @throws TypeError when re and im differ in length; MemoryBudgetError beyond INVERSE_DFT_MAX_LENGTH
 * @example inverseDft(Float64Array.of(0, 1, 0), new Float64Array(3)).re // cos(2 pi n / 3)
 * @see arXiv:2407.09375
 */
export function inverseDft(re: Float64Array, im: Float64Array): { re: Float64Array; im: Float64Array } {
  const L = re.length;
  if (im.length !== L)
    throw new TypeError(`inverseDft: re and im must have the same length, got ${L} and ${im.length}`);
  if (L > INVERSE_DFT_MAX_LENGTH) {
    throw new MemoryBudgetError(
      `inverseDft: length must be <= ${INVERSE_DFT_MAX_LENGTH} (its transform buffers' limit), got ${L}`,
      inverseDftMemory(L).bytes,
      inverseDftMemory(INVERSE_DFT_MAX_LENGTH).bytes,
    );
  }
  const outRe = new Float64Array(L);
  const outIm = new Float64Array(L);
  if (L === 0) return { re: outRe, im: outIm };
  if (stageRadices(L) !== null) {
    const data = new Float64Array(2 * L);
    for (let k = 0; k < L; k++) {
      data[2 * k] = re[k];
      data[2 * k + 1] = -im[k];
    }
    const Y = complexTransform(data, L);
    for (let n = 0; n < L; n++) {
      outRe[n] = Y[2 * n];
      outIm[n] = -Y[2 * n + 1];
    }
    return { re: outRe, im: outIm };
  }
  const { M, w, kernel } = plan(L);
  const a = new Float64Array(2 * M);
  for (let k = 0; k < L; k++) {
    const xr = re[k];
    const xi = im[k];
    if (xr === 0 && xi === 0) continue;
    a[2 * k] = xr * w[2 * k] - xi * w[2 * k + 1];
    a[2 * k + 1] = xr * w[2 * k + 1] + xi * w[2 * k];
  }
  const A = complexTransform(a, M);
  // the inverse of the product as conj(FFT(conj(A kernel))) (kernel already divided by M)
  for (let j = 0; j < M; j++) {
    const ar = A[2 * j];
    const ai = A[2 * j + 1];
    const br = kernel[2 * j];
    const bi = kernel[2 * j + 1];
    a[2 * j] = ar * br - ai * bi;
    a[2 * j + 1] = -(ar * bi + ai * br);
  }
  const C = complexTransform(a, M);
  for (let n = 0; n < L; n++) {
    const cr = C[2 * n];
    const ci = -C[2 * n + 1];
    outRe[n] = cr * w[2 * n] - ci * w[2 * n + 1];
    outIm[n] = cr * w[2 * n + 1] + ci * w[2 * n];
  }
  return { re: outRe, im: outIm };
}
