import { decodeBase64 } from '../../ssm/wasm/wasmInstance.ts';
import { TRAIN_WASM_BASE64 } from './trainWasm.generated.ts';

/**
 * The WebAssembly kernels of the analytic trainer, compiled from asm/train.ts (scripts/build-wasm.ts embeds the
 * binary as base64): the batch passes of the FFT L1 gradient (float64 SIMD, with the Stockham stages of asm/fft.ts)
 * and of the states L1 gradient (float32 SIMD). Unlike the ssm convolution (one shared module memory), every dataset
 * store gets its own instance, sized once at creation and never grown, so that typed-array views of its data stay
 * valid and the memory is freed with the store. Where WebAssembly SIMD is unavailable (WebAssembly.validate fails) or
 * synchronous compilation is refused, the JavaScript paths run.
 *
 * @internal
 */

/**
 * The batch pass of the FFT L1 gradient (asm/train.ts pairs and quads; byte offsets, see there): over the B
 * sequences listed at idx, the predictions (at pred when pred != 0) or the residual signs' correlation accumulated at
 * acc, with sum |r| and sum g u at res. @internal
 */
export type BatchPass = (
  plan: number,
  n: number,
  KF: number,
  idx: number,
  B: number,
  spec: number,
  specStride: number,
  inp: number,
  inStride: number,
  R: number,
  dbar: number,
  scale: number,
  acc: number,
  a: number,
  b: number,
  pred: number,
  res: number,
) => void;

/** The exports of asm/train.ts. @internal */
export interface TrainExports {
  memory: WebAssembly.Memory;
  kernelSpectrum(plan: number, n: number, K: number, T: number, KF: number, a: number, b: number): void;
  /** float64, two sequences per complex transform */
  pairs: BatchPass;
  correlation(plan: number, n: number, acc: number, T: number, out: number, a: number, b: number): void;
  kernelSpectrum32(n: number, KF: number, KF32: number): void;
  /** float32, four sequences per pair of interleaved transforms (plan, KF, acc: the float32 tables) */
  quads: BatchPass;
  accToF64(n: number, acc32: number, acc: number): void;
  statesPass(
    X: number,
    off: number,
    idx: number,
    B: number,
    N: number,
    R: number,
    inp: number,
    inStride: number,
    C: number,
    dbar: number,
    dC: number,
    tmp: number,
    pred: number,
    res: number,
  ): void;
}

let moduleOrNull: WebAssembly.Module | null | undefined;
let enabled = true;

function compiled(): WebAssembly.Module | null {
  if (moduleOrNull === undefined) {
    moduleOrNull = null;
    if (typeof WebAssembly !== 'object') return null;
    const bytes = decodeBase64(TRAIN_WASM_BASE64);
    // validate() is false without SIMD support: keep the JS paths then
    if (!WebAssembly.validate(bytes)) return null;
    try {
      moduleOrNull = new WebAssembly.Module(bytes);
    } catch {
      // a browser main thread refuses synchronous compilation of modules over 4 kB: the JS paths serve
    }
  }
  return moduleOrNull;
}

/**
 * Whether the trainer's WebAssembly kernels are available (compiled, SIMD supported) and enabled.
 *
 * @internal
 */
export function trainWasmAvailable(): boolean {
  return enabled && compiled() !== null;
}

/**
 * Turns the trainer's WebAssembly kernels on or off for stores created afterwards (tests compare both paths);
 * returns the previous setting.
 *
 * @internal
 */
export function setTrainWasmEnabled(on: boolean): boolean {
  const prev = enabled;
  enabled = on;
  return prev;
}

/**
 * A fresh instance whose memory holds at least `bytes`, or null when the kernels are unavailable or disabled or the
 * memory cannot be had.
 *
 * @internal
 */
export function trainInstance(bytes: number): TrainExports | null {
  const mod = enabled ? compiled() : null;
  if (mod === null) return null;
  const ex = new WebAssembly.Instance(mod, {}).exports as unknown as TrainExports;
  const have = ex.memory.buffer.byteLength;
  try {
    if (bytes > have) ex.memory.grow(Math.ceil((bytes - have) / 65536));
  } catch {
    // the engine refused the memory (limits, address space): the JS path serves this store
    return null;
  }
  return ex;
}

/**
 * A bump allocator of 16-aligned byte ranges, to lay out one store's memory.
 *
 * @internal
 */
export function layout(start = 0): { take(bytes: number): number; readonly end: number } {
  let end = start;
  return {
    take(bytes: number): number {
      const at = end;
      end += 16 * Math.ceil(bytes / 16);
      return at;
    },
    get end() {
      return end;
    },
  };
}
