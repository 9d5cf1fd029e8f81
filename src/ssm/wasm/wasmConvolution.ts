import { complexFftPlan } from '../realFft.ts';
import type { ComplexFftPlan, RealFftPlan } from '../realFft.ts';
import type { LegtBilinearFactor } from '../../construction/legtBilinearFactor.ts';
import { FFT_WASM_BASE64 } from './fftWasm.generated.ts';

/**
 * The causal convolution of realFft.causalConvolveInto in WebAssembly: the same Stockham stages, twiddles, pruning
 * and fused per-bin pass, with one float64 complex number per 128-bit SIMD lane pair (f64x2), compiled from the
 * AssemblyScript source asm/fft.ts (scripts/build-wasm.ts embeds it as base64 in fftWasm.generated.ts, so nothing
 * is loaded from disk and the core stays isomorphic). The module (~6 kB) is instantiated synchronously on first use
 * (Node, workers); where that is refused (a browser's main thread, over 4 kB) it is compiled asynchronously and the
 * JS path serves the calls until it is ready; where WebAssembly or its SIMD proposal is unavailable
 * (WebAssembly.validate fails) the JS path runs throughout.
 *
 * Memory: one active layout (the last transform size used): stage table, expanded twiddles [wr, wr, -wi, wi], the
 * kernel coefficients C (re-uploaded only when a different C array is passed), u (zero-padded) and two work buffers.
 * Single-threaded, like realFft's shared plan buffers.
 */

interface Exports {
  memory: WebAssembly.Memory;
  convolve(
    plan: number,
    m: number,
    C: number,
    u: number,
    a: number,
    b: number,
    L: number,
    dbar: number,
  ): void;
  fft(plan: number, src: number, bufA: number, bufB: number, halfIn: number, halfOut: number): number;
  legtKernel(coef: number, N: number, x: number, y: number, K: number, L: number): void;
}

interface Layout {
  plan: ComplexFftPlan;
  stagePtr: number;
  cPtr: number;
  uPtr: number;
  aPtr: number;
  bPtr: number;
  /** the C array whose copy is at cPtr (identity) */
  C: Float64Array | null;
  /** u[dirtyTo, 2m) is zero (the output pass overwrites u[0, L) in place) */
  dirtyTo: number;
  /** first byte after the layout (scratch for legtKernelWasm starts there) */
  end: number;
}

let exportsOrNull: Exports | null | undefined;
let layout: Layout | null = null;
let enabled = true;

/**
 * The bytes of a base64 string (the embedded modules).
 *
 * @internal
 */
export function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

function instance(): Exports | null {
  if (exportsOrNull === undefined) {
    exportsOrNull = null;
    if (typeof WebAssembly !== 'object') return null;
    const bytes = decodeBase64(FFT_WASM_BASE64);
    // validate() is false without SIMD support: keep the JS path then
    if (!WebAssembly.validate(bytes)) return null;
    try {
      const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
      exportsOrNull = inst.exports as unknown as Exports;
    } catch {
      // browsers' main threads refuse synchronous compilation of modules over 4 kB: compile asynchronously, the JS
      // path serves the calls until it is ready
      WebAssembly.instantiate(bytes, {}).then(
        (res) => {
          exportsOrNull = res.instance.exports as unknown as Exports;
        },
        () => {},
      );
    }
  }
  return exportsOrNull;
}

/**
 * Whether the WebAssembly convolution is available (compiled, SIMD supported) and enabled.
 *
 * @internal
 */
export function wasmConvolutionAvailable(): boolean {
  return enabled && instance() !== null;
}

/**
 * Turns the WebAssembly path on or off (tests compare it with the JS path); returns the previous setting.
 *
 * @internal
 */
export function setWasmConvolutionEnabled(on: boolean): boolean {
  const prev = enabled;
  enabled = on;
  return prev;
}

function ensureMemory(ex: Exports, bytes: number): void {
  const have = ex.memory.buffer.byteLength;
  if (bytes > have) ex.memory.grow(Math.ceil((bytes - have) / 65536));
}

/**
 * Writes the stage table (i32: S, then r, len, s, twiddle byte offset per stage) at stagePtr and the expanded
 * twiddles [wr, wr, -wi, wi] at twPtr (float32: [wr x4, -wi, wi, -wi, wi] for two interleaved transforms), the
 * layout asm/fft.ts reads; fftTablesLayout gives twPtr and the end.
 *
 * @internal
 */
export function writeFftTables(
  buf: ArrayBuffer,
  stagePtr: number,
  twPtr: number,
  complex: ComplexFftPlan,
  float32 = false,
): void {
  const stages = complex.stages;
  const table = new Int32Array(buf, stagePtr, 1 + 4 * stages.length);
  table[0] = stages.length;
  stages.forEach((st, i) => {
    table.set([st.r, st.len, st.s, twPtr + 16 * st.off], 1 + 4 * i);
  });
  const tw = complex.tw;
  if (float32) {
    // two interleaved float32 transforms (asm/fft.ts fftT<f32>): [wr, wr, wr, wr, -wi, wi, -wi, wi], 32 bytes as well
    const ex8 = new Float32Array(buf, twPtr, 4 * tw.length);
    for (let i = 0, o = 0; i < tw.length; i += 2, o += 8) {
      ex8.set([tw[i], tw[i], tw[i], tw[i], -tw[i + 1], tw[i + 1], -tw[i + 1], tw[i + 1]], o);
    }
    return;
  }
  const ex4 = new Float64Array(buf, twPtr, 2 * tw.length);
  for (let i = 0, o = 0; i < tw.length; i += 2, o += 4) {
    ex4[o] = tw[i];
    ex4[o + 1] = tw[i];
    ex4[o + 2] = -tw[i + 1];
    ex4[o + 3] = tw[i + 1];
  }
}

/**
 * Byte offset of the twiddles after a stage table at stagePtr (16-aligned), and the first byte after both.
 *
 * @internal
 */
export function fftTablesLayout(stagePtr: number, complex: ComplexFftPlan): { twPtr: number; end: number } {
  const twPtr = stagePtr + 16 * Math.ceil((4 + 16 * complex.stages.length) / 16);
  return { twPtr, end: twPtr + 16 * complex.tw.length };
}

function layoutFor(ex: Exports, complex: ComplexFftPlan): Layout {
  if (layout && layout.plan === complex) return layout;
  const { m } = complex;
  // byte offsets, 16-aligned: stage table, twiddles, C, u, a, b
  const stagePtr = 0;
  const { twPtr, end: cPtr } = fftTablesLayout(stagePtr, complex);
  const cBytes = 8 * (8 * ((m >> 1) + 1));
  const uPtr = cPtr + cBytes;
  const aPtr = uPtr + 16 * m;
  const bPtr = aPtr + 16 * m;
  const need = bPtr + 16 * m;
  ensureMemory(ex, need);
  const buf = ex.memory.buffer;
  writeFftTables(buf, stagePtr, twPtr, complex);
  new Float64Array(buf, uPtr, 2 * m).fill(0);
  layout = {
    plan: complex,
    stagePtr,
    cPtr,
    uPtr,
    aPtr,
    bPtr,
    C: null,
    dirtyTo: 0,
    end: need,
  };
  return layout;
}

/**
 * realFft.causalConvolveInto through WebAssembly (same arguments, same result to rounding); returns false, doing
 * nothing, when the WebAssembly path is unavailable or disabled (the caller then runs the JS path).
 *
 * @internal
 */
export function causalConvolveWasmInto(
  plan: RealFftPlan,
  C: Float64Array,
  u: Float64Array,
  L: number,
  out: Float64Array,
  outOffset: number,
  dbar: number,
): boolean {
  if (!enabled) return false;
  const ex = instance();
  if (!ex) return false;
  const lay = layoutFor(ex, plan.complex);
  const buf = ex.memory.buffer;
  const { m } = plan;
  if (lay.C !== C) {
    new Float64Array(buf, lay.cPtr, C.length).set(C);
    lay.C = C;
  }
  const heap = new Float64Array(buf, lay.uPtr, 2 * m);
  // u must read as zero on [L, 2m) (the first radix-8 stage skips [m, 2m)): clear what a longer call left there
  if (lay.dirtyTo > L) heap.fill(0, L, lay.dirtyTo);
  heap.set(L === u.length ? u : u.subarray(0, L));
  lay.dirtyTo = L;
  ex.convolve(lay.stagePtr, m, lay.cPtr, lay.uPtr, lay.aPtr, lay.bPtr, L, dbar);
  out.set(heap.subarray(0, L), outOffset);
  return true;
}

/**
 * The forward complex DFT Z_k = sum_{j<m} z_j exp(-2 pi i j k / m) through the WebAssembly stages (as
 * realFft.complexFft; for tests), or null when the WebAssembly path is unavailable or disabled. halfIn: z_j for
 * j >= m/2 are taken as zero; halfOut: only Z_k, k < m/2 are returned (the rest of the result is unspecified).
 *
 * @internal
 */
export function complexFftWasm(
  input: Float64Array,
  m: number,
  halfIn = false,
  halfOut = false,
): Float64Array | null {
  if (!enabled) return null;
  const ex = instance();
  if (!ex) return null;
  const plan = complexFftPlan(m);
  if (input.length !== 2 * m) {
    throw new RangeError(`complexFftWasm: input must have length 2m = ${2 * m}, got ${input.length}`);
  }
  const lay = layoutFor(ex, plan);
  const heap = new Float64Array(ex.memory.buffer, lay.uPtr, 2 * m);
  heap.set(input);
  if (halfIn) heap.fill(0, m);
  lay.dirtyTo = 2 * m;
  const res = ex.fft(lay.stagePtr, lay.uPtr, lay.aPtr, lay.bPtr, halfIn ? 1 : 0, halfOut ? 1 : 0);
  return new Float64Array(ex.memory.buffer, res, 2 * m).slice();
}

/**
 * The LegT bilinear kernel K_j = Cbar Abar^j Bbar, j < L, from both ends (as kernel.ts kernelTwoSided: K_{a+b} =
 * ((Abar^T)^a Cbar) . (Abar^b Bbar), the two O(N) chains advanced together, one per f64x2 lane), or null when the
 * WebAssembly path is unavailable or disabled.
 *
 * @param f - the LegT bilinear factor of Abar (stepper.structuredFactorFor)
 * @param Bbar - shape [N]
 * @param Cbar - shape [N]
 * @param L - kernel length, integer >= 1
 * @internal
 */
export function legtKernelWasm(
  f: LegtBilinearFactor,
  Bbar: Float64Array,
  Cbar: Float64Array,
  L: number,
): Float64Array | null {
  if (!enabled) return null;
  const ex = instance();
  if (!ex) return null;
  const N = f.N;
  const base = layout ? layout.end : 0;
  const coefPtr = base;
  const xPtr = coefPtr + 128 * N;
  const yPtr = xPtr + 16 * N;
  const kPtr = yPtr + 16 * N;
  ensureMemory(ex, kPtr + 16 * Math.ceil(L / 2));
  const buf = ex.memory.buffer;
  const coef = new Float64Array(buf, coefPtr, 16 * N);
  const { cr, g, invPivot, lower, upper, fwdDecay, bwdDecay, bwdGain } = f;
  for (let k = 0; k < N; k++) {
    coef.set(
      [
        cr[k],
        g[k],
        1,
        invPivot[k],
        fwdDecay[k],
        bwdDecay[k],
        lower[k],
        upper[k] * invPivot[k],
        upper[k],
        lower[k],
        invPivot[k],
        1,
        bwdDecay[k],
        fwdDecay[k],
        bwdGain[k],
        cr[k],
      ],
      16 * k,
    );
  }
  const x = new Float64Array(buf, xPtr, 2 * N);
  for (let k = 0; k < N; k++) {
    x[2 * k] = Bbar[k];
    x[2 * k + 1] = Cbar[k];
  }
  ex.legtKernel(coefPtr, N, xPtr, yPtr, kPtr, L);
  return new Float64Array(ex.memory.buffer, kPtr, L).slice();
}
