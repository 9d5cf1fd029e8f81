import { requireInteger } from '../util/validate.ts';
import type { FeatureMemory } from './types.ts';

/** Options of {@link delayMemory}. */
export interface DelayMemoryOptions {
  /** k, the number of time-delayed copies including the current value (integer >= 1) @default 2 */
  delays?: number;
  /** s, samples between consecutive delays (integer >= 1) @default 1 */
  stride?: number;
}

/**
 * Time-delay memory of H channels, the linear part of next-generation reservoir computing (NG-RC, Gauthier et al.
 * 2021): the state is the shift register of the last (k - 1) s + 1 value vectors, and the memory features are the
 * k - 1 delayed copies besides the current value (which the polynomial features add themselves),
 *
 *   memory_k = [u_{k-s}, u_{k-2s}, ..., u_{k-(k-1)s}]   (delay-major: u^0_{k-s}, ..., u^{H-1}_{k-s}, u^0_{k-2s}, ...),
 *
 * all of which also enter the quadratic monomials (NG-RC's nonlinear part is every unique quadratic monomial of
 * the whole linear feature vector). Warm-up: (k - 1) s samples.
 *
 * @param H - number of channels (integer >= 1)
 * @param options - delays k (@default 2), stride s (@default 1)
 * @returns a frozen FeatureMemory with size (k - 1) H, stateSize ((k - 1) s + 1) H
 * @throws RangeError for H, k or s not integers >= 1
 * @example
 *   const m = delayMemory(1, { delays: 3, stride: 2 });
 *   const s0 = new Float64Array(m.stateSize);
 *   const s1 = new Float64Array(m.stateSize);
 *   let state = s0;
 *   for (const v of [1, 2, 3, 4, 5]) {
 *     const next = state === s0 ? s1 : s0;
 *     m.step(state, Float64Array.of(v), next);
 *     state = next;
 *   }
 *   const out = new Float64Array(2);
 *   m.read(state, out, 0);
 *   out.join() === '3,1'; // u_{k-2}, u_{k-4} with u_k = 5
 * @see D. J. Gauthier, E. Bollt, A. Griffith, W. A. S. Barbosa, Nat. Commun. 12, 5564 (2021); arXiv:2407.09375
 */
export function delayMemory(H: number, options: DelayMemoryOptions = {}): FeatureMemory {
  const where = 'delayMemory';
  requireInteger(where, 'H', H, 1);
  const k = requireInteger(where, 'delays', options.delays ?? 2, 1);
  const s = requireInteger(where, 'stride', options.stride ?? 1, 1);
  const span = (k - 1) * s + 1;
  const size = (k - 1) * H;
  return Object.freeze({
    channels: H,
    stateSize: span * H,
    size,
    leading: Object.freeze(Array.from({ length: size }, (_, i) => i)),
    warmup: (k - 1) * s,
    description: `delays k = ${k}, stride s = ${s}`,
    step(state: Float64Array, u: Float64Array, next: Float64Array): void {
      for (let c = 0; c < H; c++) next[c] = u[c];
      for (let i = H; i < span * H; i++) next[i] = state[i - H];
    },
    read(state: Float64Array, out: Float64Array, offset: number): void {
      for (let d = 1; d < k; d++) {
        const src = d * s * H;
        const dst = offset + (d - 1) * H;
        for (let c = 0; c < H; c++) out[dst + c] = state[src + c];
      }
    },
    scales(channelScale: ArrayLike<number>, out: Float64Array, offset: number): void {
      for (let d = 1; d < k; d++) for (let c = 0; c < H; c++) out[offset + (d - 1) * H + c] = channelScale[c];
    },
  });
}
