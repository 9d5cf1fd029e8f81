/**
 * Evaluation of the orthogonal families behind the HiPPO measures: Legendre P_n, Laguerre L_n and the real
 * Fourier system, each as the vector of the first N members at one point.
 */
import { requireFinite, requireInteger, requireOptions, requirePositive } from '../util/validate.ts';

/** Options shared by the basis evaluators. */
export interface BasisValuesOptions {
  /**
   * Buffer of length >= N to write into (its first N entries are overwritten); a new array when absent.
   * @default undefined
   */
  out?: Float64Array;
}

function outputBuffer(where: string, N: number, out: Float64Array | undefined): Float64Array {
  if (out === undefined) return new Float64Array(N);
  if (!(out instanceof Float64Array) || out.length < N) {
    throw new TypeError(`${where}: out must be a Float64Array of length >= ${N}`);
  }
  return out;
}

/**
 * The Legendre polynomials P_0(x), ..., P_{N-1}(x) by the three-term recurrence
 * (n + 1) P_{n+1}(x) = (2n + 1) x P_n(x) - n P_{n-1}(x),  P_0 = 1, P_1 = x  (normalised so that P_n(1) = 1).
 *
 * @param N - how many polynomials (integer >= 1)
 * @param x - evaluation point (any finite number; the orthogonality interval is [-1, 1])
 * @param options - `out`: buffer of length >= N to write into (default: a new array)
 * @returns values, shape [N]
 * @throws RangeError when N is not an integer >= 1 or x is not finite
 * @example legendreValues(3, 0.5).join() === '1,0.5,-0.125' // P_2(x) = (3x^2 - 1) / 2
 * @see arXiv:2008.07669 (HiPPO), arXiv:2407.09375
 */
export function legendreValues(N: number, x: number, options: BasisValuesOptions = {}): Float64Array {
  options = requireOptions('legendreValues', options);
  const where = 'legendreValues';
  requireInteger(where, 'N', N, 1);
  requireFinite(where, 'x', x);
  const out = outputBuffer(where, N, options.out);
  out[0] = 1;
  if (N > 1) out[1] = x;
  for (let n = 1; n + 1 < N; n++) out[n + 1] = ((2 * n + 1) * x * out[n] - n * out[n - 1]) / (n + 1);
  return out;
}

/**
 * The Laguerre polynomials L_0(x), ..., L_{N-1}(x) by the three-term recurrence
 * (n + 1) L_{n+1}(x) = (2n + 1 - x) L_n(x) - n L_{n-1}(x),  L_0 = 1, L_1 = 1 - x.
 * The functions L_n(x) e^{-x/2} are orthonormal on [0, inf).
 *
 * @param N - how many polynomials (integer >= 1)
 * @param x - evaluation point (finite)
 * @param options - `out`: buffer of length >= N to write into (default: a new array)
 * @returns values, shape [N]
 * @throws RangeError when N is not an integer >= 1 or x is not finite
 * @example laguerreValues(3, 1).join() === '1,0,-0.5' // L_2(x) = (x^2 - 4x + 2) / 2
 * @see arXiv:2008.07669
 */
export function laguerreValues(N: number, x: number, options: BasisValuesOptions = {}): Float64Array {
  options = requireOptions('laguerreValues', options);
  const where = 'laguerreValues';
  requireInteger(where, 'N', N, 1);
  requireFinite(where, 'x', x);
  const out = outputBuffer(where, N, options.out);
  out[0] = 1;
  if (N > 1) out[1] = 1 - x;
  for (let n = 1; n + 1 < N; n++) out[n + 1] = ((2 * n + 1 - x) * out[n] - n * out[n - 1]) / (n + 1);
  return out;
}

/** Options of {@link fourierValues}. */
export interface FourierValuesOptions extends BasisValuesOptions {
  /**
   * Angular frequency of harmonic m is `omega * m` (2 pi for the basis of period 1, 4 pi for the authors' code).
   * @default 2 * Math.PI
   */
  omega?: number;
}

/**
 * The real orthonormal Fourier system at phase `phi`, in the order [c_0, c_1, s_1, c_2, s_2, ...]:
 * c_0 = 1, c_m = sqrt2 cos(omega m phi), s_m = sqrt2 sin(omega m phi), m = 1..(N-1)/2.
 *
 * @param N - how many functions (odd integer >= 1)
 * @param phi - phase (for HiPPO FouT: the lag into the past divided by theta)
 * @param options - `omega` (angular frequency of the first harmonic, default 2 pi) and `out` (buffer of length
 *   >= N to write into, default a new array)
 * @returns values, shape [N]
 * @throws RangeError when N is not an odd integer >= 1, phi is not finite or omega is not > 0
 * @example
 *   const f = fourierValues(3, 0.25); // [1, sqrt2 cos(pi / 2), sqrt2 sin(pi / 2)] = [1, ~0, sqrt2]
 *   f[0] === 1 && Math.abs(f[1]) < 1e-15 && Math.abs(f[2] - Math.SQRT2) < 1e-15;
 * @see arXiv:2206.12037 (How to Train Your HiPPO)
 */
export function fourierValues(N: number, phi: number, options: FourierValuesOptions = {}): Float64Array {
  options = requireOptions('fourierValues', options);
  const where = 'fourierValues';
  requireInteger(where, 'N', N, 1);
  if (N % 2 !== 1) throw new RangeError(`${where}: N must be odd, got ${N}`);
  requireFinite(where, 'phi', phi);
  const omega = requirePositive(where, 'omega', options.omega ?? 2 * Math.PI);
  const out = outputBuffer(where, N, options.out);
  out[0] = 1;
  for (let m = 1; 2 * m < N; m++) {
    const angle = omega * m * phi;
    out[2 * m - 1] = Math.SQRT2 * Math.cos(angle);
    out[2 * m] = Math.SQRT2 * Math.sin(angle);
  }
  return out;
}
