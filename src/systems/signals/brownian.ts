/**
 * Brownian motion with drift (in the authors' code).
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireInteger, requirePositive } from '../../util/validate.ts';
import type { Random } from '../random.ts';

/** Options of {@link brownian}. */
export interface BrownianOptions {
  /** Number of samples L. @default 10000 */
  length?: number;
  /** Time step. @default 1e-3 */
  dt?: number;
  /** Drift mu. @default 0 */
  mu?: number;
  /** Volatility sigma. @default 1 */
  sigma?: number;
  /** Starting value. @default 0 */
  x0?: number;
}

/**
 * X_0 = x0, X_{k+1} = X_k + mu dt + sigma sqrt(dt) xi_k, xi_k ~ N(0, 1): exact samples of X_t = x0 + mu t + sigma W_t.
 *
 * @param options - see {@link BrownianOptions}
 * @param random - the seeded stream (one normal per step)
 * @returns X_0..X_{L-1}, shape [L]
 * @throws RangeError for length < 1, dt <= 0, sigma < 0 or non-finite values
 * @example brownian({ length: 1000, dt: 1e-2 }, createRandom(0))
 * @see arXiv:2407.09375
 */
export function brownian(options: BrownianOptions, random: Random): Float64Array {
  const W = 'brownian';
  const L = requireInteger(W, 'length', options.length ?? 10000, 1);
  const dt = requirePositive(W, 'dt', options.dt ?? 1e-3);
  const mu = requireFinite(W, 'mu', options.mu ?? 0);
  const sigma = requireFinite(W, 'sigma', options.sigma ?? 1);
  if (sigma < 0) throw new RangeError(`${W}: sigma must be >= 0, got ${sigma}`);
  const x0 = requireFinite(W, 'x0', options.x0 ?? 0);
  const out = new Float64Array(L);
  out[0] = x0;
  const s = sigma * Math.sqrt(dt);
  for (let k = 1; k < L; k++) out[k] = out[k - 1] + mu * dt + s * random.normal();
  return out;
}
