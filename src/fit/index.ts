/**
 * `hippo-prophecy/fit`: training of the LegT predictor in the paper's settings I-IV without TensorFlow.js. The
 * predictor x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k is linear in Cbar, Dbar, and its
 * kernel K_j = Cbar Abar^j Bbar gives the gradients through Abar, Bbar by adjoint recurrences, so the L1 loss of
 * figure 6 and its gradients are computed by hand (FFT correlations and float32 SIMD passes in WebAssembly, a
 * JavaScript path where WebAssembly SIMD is missing) and trained with Adam on plain arrays. The training loop,
 * checkpoints and datasets are those `hippo-prophecy/train` (TensorFlow.js, which re-exports this entry) uses too,
 * so a checkpoint of one trainer resumes in the other.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
export {
  analyticPredictor,
  isAnalyticPredictor,
  trainAnalytic,
  type AnalyticPredictor,
  type AnalyticPredictorOptions,
} from './analyticPredictor.ts';
export { sequenceSet, type SequenceSet, type SequenceSetOptions } from './sequenceSet.ts';
export type { EvalRecord, TrainCheckpoint, TrainOptions, TrainProgress, TrainResult } from './trainLoop.ts';
export { fileCheckpointStore, memoryCheckpointStore, type CheckpointStore } from './checkpointStore.ts';
export {
  arrayAdamState,
  arrayAdamStep,
  type AdamOptions,
  type ArrayAdamState,
  type ParamArray,
} from './adamArrays.ts';
export {
  PAPER_SETTINGS,
  SETTING_TRAINS,
  initialReadout,
  type PaperSetting,
  type PredictorParamName,
} from './paperSettings.ts';
export { predictorDistances, type PredictorParams } from './predictorParams.ts';
export {
  convolutionWindow,
  shiftedInputSpectrum,
  inputSpectra,
  convolutionL1Gradient,
  convolutionPredict,
  type ConvolutionWindow,
  type InputSpectra,
  type ConvolutionL1Gradient,
} from './convolutionL1Gradient.ts';
export {
  kernelBlockSize,
  kernelBlocks,
  blockKernel,
  blockKernelGradients,
  type KernelBlocks,
} from './kernelBlocks.ts';
export { statesStore, sharedStatesStore, type StatesStore } from './statesStore.ts';
export { statesL1Gradient, statesPredict, type StatesL1Gradient } from './statesL1Gradient.ts';
