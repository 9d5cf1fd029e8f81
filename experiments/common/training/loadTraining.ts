/**
 * The TensorFlow.js training code of the training experiments, loaded when a run needs it (not when the registry
 * is imported), so `hippo-prophecy/experiments`, `reproduce --only <others>` and fig6-trained with the analytic
 * trainer (src/fit, the default) work without TensorFlow.js.
 *
 * @see arXiv:2407.09375
 */

/**
 * Imports the TensorFlow.js training modules (backend selection, training loop, trainable predictor, the two neural
 * families) on first use.
 *
 * @returns the functions the training experiments call
 * @example const { trainModel } = await loadTraining();
 * @see arXiv:2407.09375
 */
export async function loadTraining() {
  const [backend, model, predictor, ssm, transformer] = await Promise.all([
    import('../../../src/train/backend.ts'),
    import('../../../src/train/trainModel.ts'),
    import('../../../src/train/trainablePredictor.ts'),
    import('../../../src/train/diagonalSsm.ts'),
    import('../../../src/train/hybridTransformer.ts'),
  ]);
  return {
    selectBackend: backend.selectBackend,
    trainModel: model.trainModel,
    evaluateModel: model.evaluateModel,
    trainablePredictor: predictor.trainablePredictor,
    diagonalSsm: ssm.diagonalSsm,
    hybridTransformer: transformer.hybridTransformer,
  };
}

/** The training code, as {@link loadTraining} returns it. */
export type Training = Awaited<ReturnType<typeof loadTraining>>;
