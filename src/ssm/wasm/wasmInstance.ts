import { FFT_WASM_BASE64 } from './fftWasm.generated.ts';

/**
 * The WebAssembly module of the FFT path (asm/fft.ts, float64 SIMD, embedded as base64 by scripts/build-wasm.ts so
 * that nothing is loaded from disk and the core stays isomorphic): instantiated synchronously on first use (Node,
 * workers); where that is refused (a browser's main thread, over 4 kB) it is compiled asynchronously and the JS
 * path serves the calls until it is ready; where WebAssembly or its SIMD proposal is unavailable
 * (WebAssembly.validate fails) the JS path runs throughout.
 */

/** The module's exports (all offsets in bytes, see asm/fft.ts). @internal */
export interface WasmExports {
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
  convolveSpectrum(plan: number, m: number, C: number, Z: number, a: number, b: number): number;
  fft(plan: number, src: number, bufA: number, bufB: number, halfIn: number, halfOut: number): number;
  legtKernel(coef: number, N: number, x: number, y: number, K: number, L: number): void;
}

let exportsOrNull: WasmExports | null | undefined;
let enabled = true;

/**
 * The bytes of a base64 string (the embedded modules: this one and the analytic trainer's).
 *
 * @internal
 */
export function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

function instance(): WasmExports | null {
  if (exportsOrNull === undefined) {
    exportsOrNull = null;
    if (typeof WebAssembly !== 'object') return null;
    const bytes = decodeBase64(FFT_WASM_BASE64);
    // validate() is false without SIMD support: keep the JS path then
    if (!WebAssembly.validate(bytes)) return null;
    try {
      const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
      exportsOrNull = inst.exports as unknown as WasmExports;
    } catch {
      // browsers' main threads refuse synchronous compilation of modules over 4 kB: compile asynchronously, the JS
      // path serves the calls until it is ready
      WebAssembly.instantiate(bytes, {}).then(
        (res) => {
          exportsOrNull = res.instance.exports as unknown as WasmExports;
        },
        () => {},
      );
    }
  }
  return exportsOrNull;
}

/**
 * The module's exports when the WebAssembly path is available (compiled, SIMD supported) and enabled, else null.
 *
 * @internal
 */
export function wasmExports(): WasmExports | null {
  return enabled ? instance() : null;
}

/**
 * Whether the WebAssembly path is available (compiled, SIMD supported) and enabled.
 *
 * @internal
 */
export function wasmConvolutionAvailable(): boolean {
  return wasmExports() !== null;
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
