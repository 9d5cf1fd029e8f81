import type { ConvolutionL1Gradient, ConvolutionWindow } from '../convolutionL1Gradient.ts';
import type { SequenceSet } from '../sequenceSet.ts';
import type { StatesL1Gradient } from '../statesL1Gradient.ts';

/** The WebAssembly kernels of the analytic trainer. @internal */
export interface TrainWasm {
  convolutionL1Gradient(
    w: ConvolutionWindow,
    K: Float64Array,
    Dbar: number,
    spectra: readonly Float64Array[],
    inputs: readonly Float64Array[],
  ): ConvolutionL1Gradient;
  convolutionPredict(
    w: ConvolutionWindow,
    K: Float64Array,
    Dbar: number,
    spectra: readonly Float64Array[],
    inputs: readonly Float64Array[],
    out: Float64Array,
  ): void;
  statesL1Gradient(
    states: Float32Array,
    offsets: Int32Array,
    N: number,
    set: SequenceSet,
    idx: Int32Array,
    C: Float64Array,
    Dbar: number,
  ): StatesL1Gradient;
}

/** @internal */
export function trainWasm(): TrainWasm | null {
  return null;
}
