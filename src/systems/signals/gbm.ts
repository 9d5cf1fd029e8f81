/**
 * Geometric Brownian motion (in the authors' code).
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireInteger, requirePositive } from '../../util/validate.ts';
import type { Random } from '../random.ts';

/** Options of {@link gbm}. */
export interface GbmOptions {
  /** Number of samples L. @default 10000 */
  length?: number;
  /** Time step. @default 1e-3 */
  dt?: number;
  /** Drift mu. @default 0.05 */
  mu?: number;
  /** Volatility sigma. @default 0.2 */
  sigma?: number;
  /** Starting value S_0 > 0. @default 1 */
  s0?: number;
}

/**
 * S_k = S_0 exp((mu - sigma^2 / 2) k dt + sigma W_k), W_{k+1} = W_k + sqrt(dt) xi_k, xi_k ~ N(0, 1): exact samples
 * of dS = mu S dt + sigma S dW.
 *
 * @param options - see {@link GbmOptions}
 * @param random - the seeded stream (one normal per step)
 * @returns S_0..S_{L-1}, shape [L]
 * @throws RangeError for length < 1, dt <= 0, sigma < 0, s0 <= 0 or non-finite values
 * @example gbm({ length: 252, dt: 1 / 252 }, createRandom(0))
 * @see arXiv:2407.09375
 */
export function gbm(options: GbmOptions, random: Random): Float64Array {
  const W = 'gbm';
  const L = requireInteger(W, 'length', options.length ?? 10000, 1);
  const dt = requirePositive(W, 'dt', options.dt ?? 1e-3);
  const mu = requireFinite(W, 'mu', options.mu ?? 0.05);
  const sigma = requireFinite(W, 'sigma', options.sigma ?? 0.2);
  if (sigma < 0) throw new RangeError(`${W}: sigma must be >= 0, got ${sigma}`);
  const s0 = requirePositive(W, 's0', options.s0 ?? 1);
  const out = new Float64Array(L);
  const drift = (mu - 0.5 * sigma * sigma) * dt;
  const s = sigma * Math.sqrt(dt);
  let logS = Math.log(s0);
  out[0] = s0;
  for (let k = 1; k < L; k++) {
    logS += drift + s * random.normal();
    out[k] = Math.exp(logS);
  }
  return out;
}
