/**
 * The TensorFlow.js training code of the training experiments, loaded when one of them runs (not when the registry
 * is imported), so `hippo-prophecy/experiments` and `reproduce --only <others>` work without TensorFlow.js.
 *
 * @see arXiv:2407.09375
 */

/**
 * Imports the training modules (backend selection, training loop, trainable predictor, the two neural families,
 * the data sets) on first use.
 *
 * @returns the functions the training experiments call
 * @example const { trainModel } = await loadTraining();
 * @see arXiv:2407.09375
 */
export async function loadTraining() {
  const [backend, model, predictor, ssm, transformer, sets, data] = await Promise.all([
    import('../../../src/train/backend.ts'),
    import('../../../src/train/trainModel.ts'),
    import('../../../src/train/trainablePredictor.ts'),
    import('../../../src/train/diagonalSsm.ts'),
    import('../../../src/train/hybridTransformer.ts'),
    import('../../../src/train/sequenceSet.ts'),
    import('./data.ts'),
  ]);
  return {
    selectBackend: backend.selectBackend,
    trainModel: model.trainModel,
    evaluateModel: model.evaluateModel,
    trainablePredictor: predictor.trainablePredictor,
    predictorDistances: predictor.predictorDistances,
    diagonalSsm: ssm.diagonalSsm,
    hybridTransformer: transformer.hybridTransformer,
    sequenceSet: sets.sequenceSet,
    trainingData: data.trainingData,
    copyLastError: data.copyLastError,
  };
}

/** The training code, as {@link loadTraining} returns it. */
export type Training = Awaited<ReturnType<typeof loadTraining>>;
