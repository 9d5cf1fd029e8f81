// The Stockham driver of the AssemblyScript FFT (not part of the TypeScript project), shared by asm/fft.ts and
// asm/train.ts: it runs the generated stages (asm/butterflies.generated.ts) in the order of a stage table laid out by
// src/ssm/wasm/wasmLayout.ts (writeFftTables): S, then per stage r, len, s, twiddle byte offset (i32).
import { first8Half, last2, last4, last8, stage3, stage4, stage5, stage8 } from './butterflies.generated';

/**
 * Forward complex transform (Z_k = sum_j z_j exp(-2 pi i j k / m)) by the stages of the table at `plan`: stage 0
 * reads src, writes bufA, then the stages alternate between bufA and bufB (src may be bufB, never bufA). halfIn:
 * z_j = 0 for j >= m/2 (src need not hold zeros there when the first stage is radix 8); halfOut: only Z_k, k < m/2
 * are written. Returns the byte offset of the result (bufA or bufB). T = f64: one float64 transform (twiddles
 * [wr, wr, -wi, wi]); T = f32: two float32 transforms interleaved lane for lane (twiddles [wr x4, -wi, wi, -wi, wi]).
 */
export function fftT<T>(
  plan: usize,
  src: usize,
  bufA: usize,
  bufB: usize,
  halfIn: bool,
  halfOut: bool,
): usize {
  const S = load<i32>(plan);
  let cur = src;
  let dst = bufA;
  for (let i = 0; i < S; i++) {
    const e = plan + <usize>(4 + 16 * i);
    const r = load<i32>(e);
    const len = load<i32>(e, 4);
    const s = load<i32>(e, 8);
    const tw = <usize>load<i32>(e, 12);
    if (i == 0 && halfIn && r == 8 && S > 1) first8Half<T>(cur, dst, len, tw);
    else if (i == S - 1 && r == 8) last8<T>(cur, dst, s, halfOut);
    else if (i == S - 1 && r == 4) last4<T>(cur, dst, s, halfOut);
    else if (i == S - 1 && r == 2) last2<T>(cur, dst, s, halfOut);
    else if (r == 8) stage8<T>(cur, dst, len, s, tw);
    else if (r == 4) stage4<T>(cur, dst, len, s, tw);
    else if (r == 5) stage5<T>(cur, dst, len, s, tw);
    else stage3<T>(cur, dst, len, s, tw);
    cur = dst;
    dst = dst == bufA ? bufB : bufA;
  }
  return cur;
}
