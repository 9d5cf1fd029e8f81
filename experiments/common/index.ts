/**
 * Small generic helpers shared by experiments: trace downsampling for figures, a dense transfer function for
 * steady-state analyses, and an in-process ExperimentContext for tests and scripts.
 */
export { downsample } from './downsample.ts';
export type { DownsampleMode, DownsampleOptions } from './downsample.ts';
export { transferFunction } from './transferFunction.ts';
export { inlineContext } from './inlineContext.ts';
export type { InlineContextOptions } from './inlineContext.ts';
