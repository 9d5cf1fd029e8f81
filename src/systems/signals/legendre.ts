/**
 * A random Legendre series (the paper's Legendre test functions).
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireInteger, requireOptions } from '../../util/validate.ts';
import type { Random } from '../random.ts';
import { MAX_SIGNAL_TERMS } from './maxTerms.ts';
import { normalizeByMaxAbs } from './normalizeByMaxAbs.ts';

/** Options of {@link legendre}. */
export interface LegendreOptions {
  /** Number of coefficients (degrees 0..terms-1). @default 15 */
  terms?: number;
  /** Scale of the coefficients: c_n ~ amplitude U(-1, 1). @default 1000 */
  amplitude?: number;
}

/**
 * u(x) = sum_{n=0}^{terms-1} c_n P_n(2x - 1) / max_x |.|, c_n ~ amplitude U(-1, 1) (drawn c_0, c_1, ...), with the
 * Legendre polynomials from Bonnet's recurrence (n + 1) P_{n+1}(s) = (2n + 1) s P_n(s) - n P_{n-1}(s).
 *
 * @param x - sample points, shape [L] (the paper uses x in [0, 1], i.e. s = 2x - 1 in [-1, 1])
 * @param random - the seeded stream
 * @param options - see {@link LegendreOptions}
 * @returns u(x) with max |u| = 1, shape [L]
 * @throws RangeError when terms < 1 or > MAX_SIGNAL_TERMS (10^4), or amplitude is not finite
 * @example
 *   const x = Float64Array.from({ length: 201 }, (_, k) => k / 200); // [0, 1]
 *   const u = legendre(x, createRandom(0));
 *   Math.abs(Math.max(...u.map(Math.abs)) - 1) < 1e-15; // normalised by max |u|
 *   legendre(x, createRandom(0)).every((v, k) => v === u[k]); // the seed fixes the draw
 *   legendre(x, createRandom(0), { terms: 1 }).every((v) => Math.abs(v) === 1); // degree 0: a constant
 * @see arXiv:2407.09375
 */
export function legendre(x: Float64Array, random: Random, options: LegendreOptions = {}): Float64Array {
  options = requireOptions('legendre', options);
  const W = 'legendre';
  const terms = requireInteger(W, 'terms', options.terms ?? 15, 1);
  if (terms > MAX_SIGNAL_TERMS) {
    throw new RangeError(
      `${W}: terms must be <= ${MAX_SIGNAL_TERMS} (the work is terms x length), got ${terms}`,
    );
  }
  const amp = requireFinite(W, 'amplitude', options.amplitude ?? 1000);
  const c = new Float64Array(terms);
  for (let n = 0; n < terms; n++) c[n] = amp * random.uniformIn(-1, 1);
  const out = new Float64Array(x.length);
  for (let k = 0; k < x.length; k++) {
    const s = 2 * x[k] - 1;
    let pPrev = 1;
    let p = s;
    let sum = c[0];
    if (terms > 1) sum += c[1] * s;
    for (let n = 1; n + 1 < terms; n++) {
      const pNext = ((2 * n + 1) * s * p - n * pPrev) / (n + 1);
      pPrev = p;
      p = pNext;
      sum += c[n + 1] * p;
    }
    out[k] = sum;
  }
  return normalizeByMaxAbs(out);
}
