import type { ConvolutionL1Gradient, ConvolutionWindow } from '../convolutionL1Gradient.ts';

/** The WebAssembly kernels of the analytic trainer. @internal */
export interface TrainWasm {
  convolutionL1Gradient(
    w: ConvolutionWindow,
    K: Float64Array,
    Dbar: number,
    spectra: readonly Float64Array[],
    inputs: readonly Float64Array[],
  ): ConvolutionL1Gradient;
}

/** @internal */
export function trainWasm(): TrainWasm | null {
  return null;
}
