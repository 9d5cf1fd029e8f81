import type { FeatureMemory } from './types.ts';

/** Options of {@link polynomialFeatures}. */
export interface PolynomialFeatureOptions {
  /** include the quadratic monomials (false: a linear map of memory and values, e.g. an AR model) @default true */
  quadratic?: boolean;
}

/** A polynomial feature map over a memory: phi(state, u), F features (the constant 1 is the readout's intercept). */
export interface PolynomialFeatureMap {
  readonly memory: FeatureMemory;
  /** F, the number of features without the constant */
  readonly size: number;
  /** q = H + memory.leading.length, the number of variables of the quadratic monomials (0 when quadratic is off) */
  readonly quadraticVariables: number;
  /** writes phi(state, u) into out[offset, offset + F) */
  write(state: Float64Array, u: Float64Array, out: Float64Array, offset: number): void;
  /**
   * the natural scale of every feature given the channels' spreads sigma_c (shape [H]): the memory's scales, sigma_c
   * for the values, s_i s_j for the monomial z_i z_j; shape [F]
   */
  scales(channelScale: ArrayLike<number>): Float64Array;
}

/**
 * The polynomial feature map of the in-context forecasters (the HiPPO one and its NG-RC twin share it and differ
 * only in the memory): for the current values u_k (shape [H]) and the memory state after ingesting them,
 *
 *   phi_k = [1 | memory_k | u_k | z_i z_j for 0 <= i <= j < q],   z = [u_k, memory_k[leading]],
 *
 * so F = m + H + q (q + 1) / 2 features besides the constant (m = memory.size, q = H + leading.length). The
 * constant 1 is not stored: the ridge readout fits it as an unpenalised intercept (the same model, see
 * ridgeSystem). Monomials are ordered row by row: z_0 z_0, z_0 z_1, ..., z_0 z_{q-1}, z_1 z_1, ...
 *
 * @param memory - a FeatureMemory (legtMemory, delayMemory)
 * @param options - quadratic (@default true)
 * @returns a frozen PolynomialFeatureMap
 * @example
 *   const f = polynomialFeatures(delayMemory(1, { delays: 2 }));
 *   f.size === 5; // [u_{k-1} | u_k | u_k^2, u_k u_{k-1}, u_{k-1}^2]
 *   const out = new Float64Array(5);
 *   f.write(Float64Array.of(3, 2), Float64Array.of(3), out, 0); // state [u_k, u_{k-1}] = [3, 2]
 *   out.join() === '2,3,9,6,4';
 * @see D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021) (NG-RC features); arXiv:2407.09375
 */
export function polynomialFeatures(
  memory: FeatureMemory,
  options: PolynomialFeatureOptions = {},
): PolynomialFeatureMap {
  const quadratic = options.quadratic ?? true;
  if (typeof quadratic !== 'boolean') {
    throw new TypeError(`polynomialFeatures: quadratic must be a boolean, got ${typeof quadratic}`);
  }
  const H = memory.channels;
  const m = memory.size;
  const lead = memory.leading;
  const q = quadratic ? H + lead.length : 0;
  const size = m + H + (q * (q + 1)) / 2;
  const z = new Float64Array(q);
  return Object.freeze({
    memory,
    size,
    quadraticVariables: q,
    write(state: Float64Array, u: Float64Array, out: Float64Array, offset: number): void {
      memory.read(state, out, offset);
      let o = offset + m;
      for (let c = 0; c < H; c++) out[o + c] = u[c];
      o += H;
      if (q === 0) return;
      for (let c = 0; c < H; c++) z[c] = u[c];
      for (let i = 0; i < lead.length; i++) z[H + i] = out[offset + lead[i]];
      for (let i = 0; i < q; i++) {
        const zi = z[i];
        for (let j = i; j < q; j++) out[o++] = zi * z[j];
      }
    },
    scales(channelScale: ArrayLike<number>): Float64Array {
      const out = new Float64Array(size);
      memory.scales(channelScale, out, 0);
      for (let c = 0; c < H; c++) out[m + c] = channelScale[c];
      const zs = new Float64Array(q);
      for (let c = 0; c < Math.min(q, H); c++) zs[c] = channelScale[c];
      for (let i = 0; i < lead.length && H + i < q; i++) zs[H + i] = out[lead[i]];
      let o = m + H;
      for (let i = 0; i < q; i++) for (let j = i; j < q; j++) out[o++] = zs[i] * zs[j];
      return out;
    },
  });
}
