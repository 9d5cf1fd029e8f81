import { legtBilinearDiscretize } from '../construction/legtBilinearDiscretize.ts';
import { requireInteger, requirePositive } from '../util/validate.ts';
import type { FeatureMemory } from './types.ts';

/** Options of {@link legtMemory}. */
export interface LegtMemoryOptions {
  /** LegT state size per channel (integer >= 1) @default 4 */
  N?: number;
  /** LegT window length in time units (> 0) */
  theta: number;
  /** sample step in time units (> 0) */
  dt: number;
  /** leading Legendre coefficients per channel that enter the quadratic monomials (integer in [0, N]) @default 2 */
  leading?: number;
}

/**
 * HiPPO-LegT memory of H channels: each channel c runs the bilinear-discretised LegT recurrence over its own values,
 *
 *   x^c_{k+1} = Abar x^c_k + Bbar u^c_k,   Abar = (I - dt/2 A)^-1 (I + dt/2 A),   Bbar = dt (I - dt/2 A)^-1 B,
 *
 * with A, B the LegT operator of window theta (so x^c_{k+1} holds the N scaled Legendre coefficients of u^c over the
 * last theta time units, up to u_k). The memory features are the H N states (channel-major: x^0_0..x^0_{N-1},
 * x^1_0, ...); the first `leading` coefficients of every channel (the window mean, slope, ...) also enter the
 * quadratic monomials. Warm-up: 2 ceil(theta / dt) samples, after which the zero initial state is forgotten.
 *
 * @param H - number of channels (integer >= 1)
 * @param options - N (@default 4), theta, dt, leading (@default 2)
 * @returns a frozen FeatureMemory with stateSize = size = H N
 * @throws RangeError for H, N or leading out of range, theta <= 0 or dt <= 0
 * @example
 *   const m = legtMemory(2, { N: 3, theta: 0.1, dt: 0.01, leading: 1 });
 *   m.size === 6 && m.leading.join() === '0,3' && m.warmup === 20;
 * @see arXiv:2008.07669 (LegT), arXiv:2407.09375
 */
export function legtMemory(H: number, options: LegtMemoryOptions): FeatureMemory {
  const where = 'legtMemory';
  requireInteger(where, 'H', H, 1);
  const N = requireInteger(where, 'N', options.N ?? 4, 1);
  const theta = requirePositive(where, 'theta', options.theta);
  const dt = requirePositive(where, 'dt', options.dt);
  const leading = requireInteger(where, 'leading', options.leading ?? 2, 0);
  if (leading > N)
    throw new RangeError(`${where}: leading must be an integer in [0, N = ${N}], got ${leading}`);
  const { Abar, Bbar } = legtBilinearDiscretize(N, theta, dt);
  const A = Abar.data;
  const lead: number[] = [];
  for (let c = 0; c < H; c++) for (let i = 0; i < leading; i++) lead.push(c * N + i);
  return Object.freeze({
    channels: H,
    stateSize: H * N,
    size: H * N,
    leading: Object.freeze(lead),
    warmup: 2 * Math.ceil(theta / dt - 1e-9),
    description: `LegT N = ${N}, theta = ${theta} (${+(theta / dt).toPrecision(6)} samples), leading ${leading}`,
    step(state: Float64Array, u: Float64Array, next: Float64Array): void {
      for (let c = 0; c < H; c++) {
        const o = c * N;
        for (let i = 0; i < N; i++) {
          let s = Bbar[i] * u[c];
          for (let j = 0; j < N; j++) s += A[i * N + j] * state[o + j];
          next[o + i] = s;
        }
      }
    },
    read(state: Float64Array, out: Float64Array, offset: number): void {
      for (let i = 0; i < H * N; i++) out[offset + i] = state[i];
    },
    // the coefficients of the normalised basis sqrt(2n+1) P_n are in the units of u (x_0 is the window mean)
    scales(channelScale: ArrayLike<number>, out: Float64Array, offset: number): void {
      for (let c = 0; c < H; c++) for (let i = 0; i < N; i++) out[offset + c * N + i] = channelScale[c];
    },
  });
}
