/**
 * The entry points of the FFT stack for its users (fftPredict, the sweep, inverseDft): each runs the WebAssembly
 * SIMD module (src/ssm/wasm, ~3x faster) when it is available and enabled, else the JavaScript stages (src/ssm/fft).
 * Both are generated from one definition of the butterflies and give the same bits.
 */
import { complexFft } from './fft/complexFft.ts';
import {
  causalConvolveInto,
  convolveSpectrumInto,
  packedSpectrum,
  unpackConvolutionInto,
} from './fft/convolution.ts';
import type { RealFftPlan } from './fft/plan.ts';
import {
  causalConvolveWasmInto,
  complexFftWasm,
  convolveSlotWasm,
  packedSpectrumWasm,
  wasmSpectrumBank,
} from './wasm/wasmConvolution.ts';
import type { WasmSpectrumBank } from './wasm/wasmConvolution.ts';

/**
 * out[outOffset + t] = sum_{j<=t} K_j u_{t-j} + dbar u_t, t < L, for C = convolutionSpectrum(plan, K): the
 * arguments (plan, C, u, L, out, outOffset, dbar) of fft/convolution.ts causalConvolveInto, run in WebAssembly when
 * available.
 *
 * @internal
 */
export function causalConvolve(...args: Parameters<typeof causalConvolveInto>): void {
  if (!wasmOrRefused(() => causalConvolveWasmInto(...args))) causalConvolveInto(...args);
}

/**
 * Runs a WebAssembly entry, treating a refused memory growth (the module's 4 GiB limit, or the host refusing) as
 * "not available" so that the caller takes the JavaScript path, which holds its buffers as ordinary typed arrays.
 */
function wasmOrRefused(run: () => boolean): boolean {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError && /memory|grow/i.test(error.message)) return false;
    throw error;
  }
}

/**
 * The forward complex DFT Z_k = sum_{j<m} z_j exp(-2 pi i j k / m) of an interleaved input of 5-smooth size m (not
 * modified), in WebAssembly when available.
 *
 * @internal
 */
export function complexTransform(input: Float64Array, m: number): Float64Array {
  return complexFftWasm(input, m) ?? complexFft(input, m);
}

/**
 * Packed spectra of real inputs, each to be convolved with many kernels (the sweep: one forward transform per input,
 * then per kernel only the per-bin pass and the inverse): held in WebAssembly memory when that path is available,
 * else in JS arrays.
 *
 * @internal
 */
export interface SpectrumBank {
  readonly plan: RealFftPlan;
  readonly wasm: WasmSpectrumBank | null;
  readonly js: Float64Array[];
}

/**
 * A bank of `slots` packed spectra for real transforms of plan `plan`. A WebAssembly bank stays valid while no
 * other transform size runs through the module (a sweep fills and uses it within one call).
 *
 * @internal
 */
export function spectrumBank(plan: RealFftPlan, slots: number): SpectrumBank {
  const wasm = wasmSpectrumBank(plan, slots);
  const js = wasm ? [] : Array.from({ length: slots }, () => new Float64Array(2 * plan.m));
  return { plan, wasm, js };
}

/**
 * Stores the packed spectrum of u[0, L) (L <= n/2) in slot `slot`.
 *
 * @internal
 */
export function setBankInput(bank: SpectrumBank, slot: number, u: Float64Array, L: number): void {
  if (bank.wasm) packedSpectrumWasm(bank.wasm, slot, u, L);
  else bank.js[slot].set(packedSpectrum(bank.plan, u, L));
}

/**
 * out[outOffset + t] = sum_{j<=t} K_j u_{t-j} + dbar u_t, t < L, for the input u stored in slot `slot` and
 * C = convolutionSpectrum(plan, K): the same numbers as causalConvolve(plan, C, u, ...).
 *
 * @internal
 */
export function convolveBankInto(
  bank: SpectrumBank,
  slot: number,
  C: Float64Array,
  u: Float64Array,
  L: number,
  out: Float64Array,
  outOffset: number,
  dbar: number,
): void {
  if (bank.wasm) {
    unpackConvolutionInto(convolveSlotWasm(bank.wasm, slot, C), u, L, out, outOffset, dbar);
  } else {
    convolveSpectrumInto(bank.plan, C, bank.js[slot], u, L, out, outOffset, dbar);
  }
}
