/**
 * Band-limited white noise over one period (the White Signal of the paper's figures 2-3, nengo-style).
 *
 * @see arXiv:2407.09375
 */
import { MemoryBudgetError } from '../../limits/memoryBudget.ts';
import { requireInteger, requirePositive } from '../../util/validate.ts';
import type { Random } from '../random.ts';
import { inverseDft, inverseDftMemory } from './inverseDft.ts';

/** Options of {@link whiteSignal}. */
export interface WhiteSignalOptions {
  /** Number of samples L (one period). @default 10000 */
  length?: number;
  /** Sample spacing in seconds; the period is L dt. @default 1e-3 */
  dt?: number;
  /** Cutoff frequency gamma in Hz: no energy above it. The paper uses 1, 2 and 5. @default 1 */
  gamma?: number;
  /** Root mean square of the signal (exact, not only in expectation). @default 0.5 */
  rms?: number;
}

/**
 * One period of band-limited white noise.
 *
 * Algorithm: period P = L dt; frequencies f_k = k / P for k = 1..K, K = max{k : k / P <= gamma, k < L / 2};
 * coefficients c_k = a_k + i b_k with a_k, b_k ~ N(0, 1) drawn in the order a_1, b_1, a_2, ...; the signal
 * x_n = Re sum_k c_k exp(2 pi i k n / L) (inverse DFT through the library's FFT) has zero mean and a flat spectrum up to
 * gamma and none above, and is finally scaled to the exact root mean square `rms`. The minmax scaling of the
 * paper is applied afterwards by `generate`, not here.
 *
 * Differences from nengo's WhiteSignal: the rms is met exactly rather than in expectation, the Nyquist bin is
 * never used, and the random numbers are our own stream (same distribution, different draws).
 *
 * @param options - see {@link WhiteSignalOptions}
 * @param random - the seeded stream to draw the coefficients from
 * @returns the samples x_0..x_{L-1}, shape [L]
 * @throws RangeError when length < 3, dt <= 0, rms <= 0, or length < 1 / (gamma dt) (no frequency below the
 *   cutoff; the message gives the shortest length); MemoryBudgetError (a RangeError) when length > 2^25
 *   (INVERSE_DFT_MAX_LENGTH, the inverse FFT's limit)
 * @example whiteSignal({ gamma: 2 }, createRandom(0)) // 10^4 samples, rms 0.5, band 0..2 Hz
 * @see arXiv:2407.09375
 */
export function whiteSignal(options: WhiteSignalOptions, random: Random): Float64Array {
  const W = 'whiteSignal';
  const L = requireInteger(W, 'length', options.length ?? 10000, 2);
  const dt = requirePositive(W, 'dt', options.dt ?? 1e-3);
  const gamma = requirePositive(W, 'gamma', options.gamma ?? 1);
  const rms = requirePositive(W, 'rms', options.rms ?? 0.5);
  const maxLength = inverseDftMemory(L).maxLength;
  if (L > maxLength) {
    const { bytes } = inverseDftMemory(L);
    throw new MemoryBudgetError(
      `${W}: length must be <= ${maxLength} (the longest period its inverse FFT transforms), got ${L}`,
      bytes,
      inverseDftMemory(maxLength).bytes,
    );
  }
  if (L < 3) {
    throw new RangeError(
      `${W}: length must be >= 3 (a frequency strictly below Nyquist needs 3 samples per period), got ${L}`,
    );
  }
  const period = L * dt;
  const K = Math.min(Math.floor(gamma * period * (1 + 1e-12)), Math.ceil(L / 2) - 1);
  if (K < 1) {
    // one period (length * dt) must hold a whole cycle of the cutoff: name the length first, then the alternatives
    const minLength = Math.max(3, Math.ceil(1 / (gamma * dt) / (1 + 1e-12)));
    throw new RangeError(
      `${W}: length = ${L} is too short for gamma = ${gamma} Hz at dt = ${dt}: the period length * dt = ${period} ` +
        `must be >= 1 / gamma so that a frequency lies below the cutoff, i.e. length >= ${minLength} ` +
        `(or gamma >= ${1 / period} Hz, or a larger dt)`,
    );
  }
  const re = new Float64Array(L);
  const im = new Float64Array(L);
  for (let k = 1; k <= K; k++) {
    re[k] = random.normal();
    im[k] = random.normal();
  }
  const x = inverseDft(re, im).re;
  let ss = 0;
  for (let n = 0; n < L; n++) ss += x[n] * x[n];
  const factor = rms / Math.sqrt(ss / L);
  for (let n = 0; n < L; n++) x[n] *= factor;
  return x;
}
