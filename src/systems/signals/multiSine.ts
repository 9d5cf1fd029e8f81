/**
 * A random sum of sines (the paper's MultipleSine).
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireInteger, requireOptions } from '../../util/validate.ts';
import type { Random } from '../random.ts';
import { MAX_SIGNAL_TERMS } from './maxTerms.ts';
import { normalizeByMaxAbs } from './normalizeByMaxAbs.ts';

/** Options of {@link multiSine}. */
export interface MultiSineOptions {
  /** Number of terms. @default 20 */
  terms?: number;
  /** Lowest angular frequency. @default 0.1 */
  fMin?: number;
  /** Highest angular frequency. @default 50 */
  fMax?: number;
}

/**
 * u(x) = sum_{j=1}^{terms} c_j sin(f_j x) / max_x |.|, f_j ~ U(fMin, fMax), c_j ~ U(-1, 1) (drawn f_1, c_1, f_2, ...).
 *
 * @param x - sample points, shape [L] (the paper uses x in [0, 1])
 * @param random - the seeded stream
 * @param options - see {@link MultiSineOptions}
 * @returns u(x) with max |u| = 1, shape [L]
 * @throws RangeError when terms < 1 or the frequency range is empty or not finite
 * @example
 *   const x = Float64Array.from({ length: 201 }, (_, k) => k / 200); // [0, 1]
 *   const u = multiSine(x, createRandom(0), { terms: 5 });
 *   Math.abs(Math.max(...u.map(Math.abs)) - 1) < 1e-15; // normalised by max |u|
 *   u[0] === 0; // every term sin(f_j x) vanishes at x = 0
 *   multiSine(x, createRandom(0), { terms: 5 }).every((v, k) => v === u[k]); // the seed fixes the draw
 * @see arXiv:2407.09375
 */
export function multiSine(x: Float64Array, random: Random, options: MultiSineOptions = {}): Float64Array {
  options = requireOptions('multiSine', options);
  const W = 'multiSine';
  const terms = requireInteger(W, 'terms', options.terms ?? 20, 1);
  if (terms > MAX_SIGNAL_TERMS) {
    throw new RangeError(
      `${W}: terms must be <= ${MAX_SIGNAL_TERMS} (the work is terms x length), got ${terms}`,
    );
  }
  const fMin = requireFinite(W, 'fMin', options.fMin ?? 0.1);
  const fMax = requireFinite(W, 'fMax', options.fMax ?? 50);
  if (!(fMax >= fMin)) throw new RangeError(`${W}: fMax must be >= fMin = ${fMin}, got ${fMax}`);
  const out = new Float64Array(x.length);
  for (let j = 0; j < terms; j++) {
    const f = random.uniformIn(fMin, fMax);
    const c = random.uniformIn(-1, 1);
    for (let k = 0; k < x.length; k++) out[k] += c * Math.sin(f * x[k]);
  }
  return normalizeByMaxAbs(out);
}
