import type { causalConvolveInto } from '../fft/convolution.ts';
import { complexFftPlan } from '../fft/plan.ts';
import type { RealFftPlan } from '../fft/plan.ts';
import { wasmExports } from './wasmInstance.ts';
import { wasmLayout } from './wasmLayout.ts';
import type { WasmLayout } from './wasmLayout.ts';

/**
 * The FFT path in WebAssembly (asm/fft.ts): the same Stockham stages (generated from the same butterflies), twiddles,
 * pruning and fused per-bin pass as src/ssm/fft, with one float64 complex number per 128-bit SIMD lane pair (f64x2);
 * every function returns false or null, doing nothing, when the WebAssembly path is unavailable or disabled (the
 * caller then runs the JS path, which gives the same bits).
 */

/** Uploads u[0, L) zero-padded to the layout's u buffer (clearing what a longer call left there). */
function uploadInput(lay: WasmLayout, heap: Float64Array, u: Float64Array, L: number): void {
  // u must read as zero on [L, 2m) (the first radix-8 stage skips [m, 2m)): clear what a longer call left there
  if (lay.dirtyTo > L) heap.fill(0, L, lay.dirtyTo);
  heap.set(L === u.length ? u : u.subarray(0, L));
  lay.dirtyTo = L;
}

/** Uploads C unless the layout already holds this very array. */
function uploadKernel(lay: WasmLayout, buf: ArrayBuffer, C: Float64Array): void {
  if (lay.C !== C) {
    new Float64Array(buf, lay.cPtr, C.length).set(C);
    lay.C = C;
  }
}

/**
 * fft/convolution.ts causalConvolveInto through WebAssembly (same arguments, same result bit for bit); false when
 * the WebAssembly path is unavailable or disabled.
 *
 * @internal
 */
export function causalConvolveWasmInto(
  ...[plan, C, u, L, out, outOffset, dbar]: Parameters<typeof causalConvolveInto>
): boolean {
  const ex = wasmExports();
  if (!ex) return false;
  const lay = wasmLayout(ex, plan.complex);
  const buf = ex.memory.buffer;
  const { m } = plan;
  uploadKernel(lay, buf, C);
  const heap = new Float64Array(buf, lay.uPtr, 2 * m);
  uploadInput(lay, heap, u, L);
  ex.convolve(lay.stagePtr, m, lay.cPtr, lay.uPtr, lay.aPtr, lay.bPtr, L, dbar);
  out.set(heap.subarray(0, L), outOffset);
  return true;
}

/**
 * Packed spectra of real inputs kept in WebAssembly memory (the bank of the layout of `plan`), each convolved with
 * many kernels by {@link convolveSlotWasmInto}: the sweep's inputs.
 *
 * @internal
 */
export interface WasmSpectrumBank {
  readonly plan: RealFftPlan;
  readonly layoutId: number;
  readonly slots: number;
}

/**
 * Reserves `slots` packed-spectrum slots for `plan`, or null when the WebAssembly path is unavailable or disabled.
 *
 * @internal
 */
export function wasmSpectrumBank(plan: RealFftPlan, slots: number): WasmSpectrumBank | null {
  const ex = wasmExports();
  if (!ex) return null;
  const lay = wasmLayout(ex, plan.complex, slots);
  return { plan, layoutId: lay.id, slots };
}

function bankLayout(bank: WasmSpectrumBank): WasmLayout {
  const ex = wasmExports();
  const lay = ex ? wasmLayout(ex, bank.plan.complex) : null;
  if (!lay || lay.id !== bank.layoutId) {
    throw new Error(
      'wasmSpectrumBank: the bank was invalidated (the WebAssembly path was used with another size)',
    );
  }
  return lay;
}

/**
 * Writes the packed spectrum of u[0, L) (fft/convolution.ts packedSpectrum) into bank slot `slot`.
 *
 * @internal
 */
export function packedSpectrumWasm(bank: WasmSpectrumBank, slot: number, u: Float64Array, L: number): void {
  const lay = bankLayout(bank);
  const ex = wasmExports()!;
  const { m } = bank.plan;
  const heap = new Float64Array(ex.memory.buffer, lay.uPtr, 2 * m);
  uploadInput(lay, heap, u, L);
  const Z = ex.fft(lay.stagePtr, lay.uPtr, lay.aPtr, lay.bPtr, 1, 0);
  const mem = new Float64Array(ex.memory.buffer);
  const to = (lay.bankPtr + 16 * m * slot) / 8;
  mem.copyWithin(to, Z / 8, Z / 8 + 2 * m);
}

/**
 * The conjugated packed result R of convolving bank slot `slot` with the kernel of C (fft/convolution.ts
 * convolveSpectrumInto before its output pass, which the caller runs on the returned view: valid until the next
 * call into the module).
 *
 * @internal
 */
export function convolveSlotWasm(bank: WasmSpectrumBank, slot: number, C: Float64Array): Float64Array {
  const lay = bankLayout(bank);
  const ex = wasmExports()!;
  const { m } = bank.plan;
  uploadKernel(lay, ex.memory.buffer, C);
  const Z = lay.bankPtr + 16 * m * slot;
  const R = ex.convolveSpectrum(lay.stagePtr, m, lay.cPtr, Z, lay.aPtr, lay.bPtr);
  return new Float64Array(ex.memory.buffer, R, 2 * m);
}

/**
 * The forward complex DFT Z_k = sum_{j<m} z_j exp(-2 pi i j k / m) through the WebAssembly stages (as
 * fft/complexFft.ts complexFft), or null when the WebAssembly path is unavailable or disabled. halfIn: z_j for
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
  const ex = wasmExports();
  if (!ex) return null;
  const plan = complexFftPlan(m);
  if (input.length !== 2 * m) {
    throw new RangeError(`complexFftWasm: input must have length 2m = ${2 * m}, got ${input.length}`);
  }
  const lay = wasmLayout(ex, plan);
  const heap = new Float64Array(ex.memory.buffer, lay.uPtr, 2 * m);
  heap.set(input);
  if (halfIn) heap.fill(0, m);
  lay.dirtyTo = 2 * m;
  const res = ex.fft(lay.stagePtr, lay.uPtr, lay.aPtr, lay.bPtr, halfIn ? 1 : 0, halfOut ? 1 : 0);
  return new Float64Array(ex.memory.buffer, res, 2 * m).slice();
}
