import { first8Half, last2, last4, last8, stage3, stage4, stage5, stage8 } from './butterflies.generated.ts';
import { complexFftPlan } from './plan.ts';
import type { ComplexFftPlan } from './plan.ts';

/**
 * Runs the forward transform Z_k = sum_j z_j exp(-2 pi i j k / m) of x (interleaved, length 2m) ping-ponging between
 * x and y (both overwritten) and returns the buffer holding the result (x after an even number of stages, else y).
 * halfIn: z_j = 0 for j >= m/2 may be assumed (x[m, 2m) need not be written; the first radix-8 stage skips it);
 * halfOut: only Z_k for k < m/2 are needed (the last stage, even radix, writes only those). The stages are the
 * generated butterflies (butterflies.generated.ts), the same as the WebAssembly path's (asm/fft.ts).
 *
 * @internal
 */
export function complexFftPingPong(
  plan: ComplexFftPlan,
  x: Float64Array,
  y: Float64Array,
  halfIn = false,
  halfOut = false,
): Float64Array {
  const { stages, tw, m } = plan;
  const S = stages.length;
  let src = x;
  let dst = y;
  for (let i = 0; i < S; i++) {
    const st = stages[i];
    const last = i === S - 1;
    if (i === 0 && halfIn && st.r === 8 && S > 1) first8Half(src, dst, st, tw);
    else {
      if (i === 0 && halfIn) src.fill(0, m, 2 * m);
      if (last && st.r === 8) last8(src, dst, st.s, halfOut);
      else if (last && st.r === 4) last4(src, dst, st.s, halfOut);
      else if (last && st.r === 2) last2(src, dst, st.s, halfOut);
      else if (st.r === 8) stage8(src, dst, st, tw);
      else if (st.r === 4) stage4(src, dst, st, tw);
      else if (st.r === 5) stage5(src, dst, st, tw);
      else stage3(src, dst, st, tw);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/**
 * Forward complex DFT of size m, Z_k = sum_{j<m} z_j exp(-2 pi i j k / m), interleaved (re, im) in and out, by the
 * JavaScript stages (see also complexTransform, which runs the WebAssembly ones when available).
 *
 * @param input - z, length 2m (not modified)
 * @param m - transform size, 5-smooth
 * @returns Z, length 2m
 * @throws RangeError when m is not 5-smooth or input.length !== 2m
 * @example complexFft(Float64Array.of(1, 0, 0, 0, 0, 0), 3) // [1, 0, 1, 0, 1, 0]
 * @see arXiv:2407.09375
 * @internal
 */
export function complexFft(input: Float64Array, m: number): Float64Array {
  const plan = complexFftPlan(m);
  if (input.length !== 2 * m) {
    throw new RangeError(`complexFft: input must have length 2m = ${2 * m}, got ${input.length}`);
  }
  return complexFftPingPong(plan, Float64Array.from(input), new Float64Array(2 * m));
}
