import type { ComplexFftPlan } from '../fft/plan.ts';
import type { WasmExports } from './wasmInstance.ts';

/**
 * The memory of the WebAssembly module holds one active layout, that of the last complex transform size used
 * (byte offsets, 16-aligned): the stage table, the expanded twiddles [wr, wr, -wi, wi], the kernel coefficients C
 * (re-uploaded only when a different C array is passed), u (zero-padded), two work buffers, and a bank of packed
 * spectra (slots of 2m doubles, for inputs convolved with many kernels); scratch (legtKernelWasm) starts after it.
 * Single-threaded, like the JS plans' shared buffers.
 *
 * @internal
 */
export interface WasmLayout {
  readonly plan: ComplexFftPlan;
  /** distinguishes successive layouts (a bank slot is valid only within the layout that wrote it) */
  readonly id: number;
  readonly stagePtr: number;
  readonly cPtr: number;
  readonly uPtr: number;
  readonly aPtr: number;
  readonly bPtr: number;
  readonly bankPtr: number;
  /** the C array whose copy is at cPtr (identity) */
  C: Float64Array | null;
  /** u[dirtyTo, 2m) is zero (the convolution's output pass overwrites u[0, L) in place) */
  dirtyTo: number;
  /** number of packed-spectrum slots at bankPtr */
  slots: number;
}

/**
 * Byte offset of the expanded twiddles after a stage table at stagePtr (16-aligned), and the first byte after both
 * (see {@link writeFftTables}).
 *
 * @internal
 */
export function fftTablesLayout(stagePtr: number, complex: ComplexFftPlan): { twPtr: number; end: number } {
  const twPtr = stagePtr + 16 * Math.ceil((4 + 16 * complex.stages.length) / 16);
  return { twPtr, end: twPtr + 16 * complex.tw.length };
}

/**
 * Writes the tables asm/fft.ts reads: the stage table (i32: S, then r, len, s, twiddle byte offset per stage) at
 * stagePtr and the expanded twiddles at twPtr: [wr, wr, -wi, wi] as float64 for one transform (fftT<f64>), or
 * [wr, wr, wr, wr, -wi, wi, -wi, wi] as float32 for two interleaved float32 transforms (fftT<f32>, the analytic
 * trainer's float32 passes); 32 bytes per twiddle either way. fftTablesLayout gives twPtr and the end.
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
  const { stages, tw } = complex;
  const table = new Int32Array(buf, stagePtr, 1 + 4 * stages.length);
  table[0] = stages.length;
  stages.forEach((st, i) => {
    table.set([st.r, st.len, st.s, twPtr + 16 * st.off], 1 + 4 * i);
  });
  if (float32) {
    const ex8 = new Float32Array(buf, twPtr, 4 * tw.length);
    for (let i = 0, o = 0; i < tw.length; i += 2, o += 8) {
      ex8.set([tw[i], tw[i], tw[i], tw[i], -tw[i + 1], tw[i + 1], -tw[i + 1], tw[i + 1]], o);
    }
    return;
  }
  const expanded = new Float64Array(buf, twPtr, 2 * tw.length);
  for (let i = 0, o = 0; i < tw.length; i += 2, o += 4) {
    expanded[o] = tw[i];
    expanded[o + 1] = tw[i];
    expanded[o + 2] = -tw[i + 1];
    expanded[o + 3] = tw[i + 1];
  }
}

let layout: WasmLayout | null = null;
let nextId = 1;

function ensureMemory(ex: WasmExports, bytes: number): void {
  const have = ex.memory.buffer.byteLength;
  if (bytes > have) ex.memory.grow(Math.ceil((bytes - have) / 65536));
}

/**
 * The layout of `complex`, built (replacing the active one) when another size was used last, with at least `slots`
 * bank slots.
 *
 * @internal
 */
export function wasmLayout(ex: WasmExports, complex: ComplexFftPlan, slots = 0): WasmLayout {
  if (!layout || layout.plan !== complex) {
    const { m } = complex;
    const stagePtr = 0;
    const { twPtr, end: cPtr } = fftTablesLayout(stagePtr, complex);
    const uPtr = cPtr + 8 * (8 * ((m >> 1) + 1));
    const aPtr = uPtr + 16 * m;
    const bPtr = aPtr + 16 * m;
    const bankPtr = bPtr + 16 * m;
    ensureMemory(ex, bankPtr);
    const buf = ex.memory.buffer;
    writeFftTables(buf, stagePtr, twPtr, complex);
    new Float64Array(buf, uPtr, 2 * m).fill(0);
    layout = {
      plan: complex,
      id: nextId++,
      stagePtr,
      cPtr,
      uPtr,
      aPtr,
      bPtr,
      bankPtr,
      C: null,
      dirtyTo: 0,
      slots: 0,
    };
  }
  if (slots > layout.slots) {
    ensureMemory(ex, layout.bankPtr + 16 * complex.m * slots);
    layout.slots = slots;
  }
  return layout;
}

/**
 * A scratch region of `bytes` bytes after the active layout and its bank (or at 0 when there is none); valid until
 * the next call into this module.
 *
 * @internal
 */
export function wasmScratch(ex: WasmExports, bytes: number): number {
  const base = layout ? layout.bankPtr + 16 * layout.plan.m * layout.slots : 0;
  ensureMemory(ex, base + bytes);
  return base;
}
