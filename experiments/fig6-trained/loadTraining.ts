/**
 * The TensorFlow.js training code of the training experiments, loaded when one of them runs (not when the registry
 * is imported), so `hippo-prophecy/experiments` and `reproduce --only <others>` work without TensorFlow.js.
 */
export async function loadTraining() {
  const [backend, model, predictor, sets, data] = await Promise.all([
    import('../../src/train/backend.ts'),
    import('../../src/train/trainModel.ts'),
    import('../../src/train/trainablePredictor.ts'),
    import('../../src/train/sequenceSet.ts'),
    import('./data.ts'),
  ]);
  return {
    selectBackend: backend.selectBackend,
    trainModel: model.trainModel,
    evaluateModel: model.evaluateModel,
    trainablePredictor: predictor.trainablePredictor,
    predictorDistances: predictor.predictorDistances,
    sequenceSet: sets.sequenceSet,
    trainingData: data.trainingData,
    copyLastError: data.copyLastError,
  };
}
