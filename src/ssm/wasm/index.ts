/**
 * The FFT path's WebAssembly SIMD module (asm/fft.ts, embedded by scripts/build-wasm.ts) and its JS side: the
 * instance, the memory layout, the convolution and complex transform, the LegT kernel (internal: not re-exported from
 * the package entry; src/ssm/transforms.ts picks between it and the JS stages).
 *
 * @internal
 */
export type { WasmExports } from './wasmInstance.ts';
export {
  wasmExports,
  wasmConvolutionAvailable,
  setWasmConvolutionEnabled,
  decodeBase64,
} from './wasmInstance.ts';
export type { WasmLayout } from './wasmLayout.ts';
export { wasmLayout, wasmScratch, fftTablesLayout, writeFftTables } from './wasmLayout.ts';
export type { WasmSpectrumBank } from './wasmConvolution.ts';
export {
  causalConvolveWasmInto,
  wasmSpectrumBank,
  packedSpectrumWasm,
  convolveSlotWasm,
  complexFftWasm,
} from './wasmConvolution.ts';
export { legtKernelWasm } from './wasmLegtKernel.ts';
