/**
 * The first-order "Van der Pol" signal of the paper's figure 1 (as the authors coded it).
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireFiniteArray, requireOptions } from '../../util/validate.ts';

/** Options of {@link vdpPaper}. */
export interface VdpPaperOptions {
  /** Gain mu. @default 7 */
  mu?: number;
  /** Initial value x(t_0), |x0| < 1. @default 0.5 */
  x0?: number;
}

/**
 * Solution of x' = mu (1 - x^2) sin t, x(t_0) = x0, sampled at t (the paper: mu = 7, x0 = 0.5, 10^4 samples on
 * [0, 20]). Not the textbook Van der Pol oscillator (that is the system `van-der-pol`).
 *
 * The equation separates: d atanh(x) = mu sin t dt, so x(t) = tanh(atanh(x0) + mu (cos t_0 - cos t)) exactly; this
 * closed form is what is evaluated (the tests check it against the dopri5 solver).
 *
 * @param t - sample times, shape [L]; t[0] is the initial time t_0
 * @param options - see {@link VdpPaperOptions}
 * @returns x(t), shape [L]
 * @throws RangeError for non-finite times or mu, or |x0| >= 1 (then the solution leaves (-1, 1) or blows up)
 * @example vdpPaper(Float64Array.of(0, Math.PI)) // [0.5, tanh(atanh(0.5) + 14)]
 * @see arXiv:2407.09375
 */
export function vdpPaper(t: Float64Array, options: VdpPaperOptions = {}): Float64Array {
  options = requireOptions('vdpPaper', options);
  const W = 'vdpPaper';
  requireFiniteArray(W, 't', t);
  const mu = requireFinite(W, 'mu', options.mu ?? 7);
  const x0 = requireFinite(W, 'x0', options.x0 ?? 0.5);
  if (!(Math.abs(x0) < 1)) throw new RangeError(`${W}: x0 must lie in (-1, 1), got ${x0}`);
  const out = new Float64Array(t.length);
  if (t.length === 0) return out;
  const c0 = Math.atanh(x0) + mu * Math.cos(t[0]);
  for (let k = 0; k < t.length; k++) out[k] = Math.tanh(c0 - mu * Math.cos(t[k]));
  out[0] = x0;
  return out;
}
