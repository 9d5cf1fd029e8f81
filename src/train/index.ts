/**
 * `hippo-prophecy/train`: TensorFlow.js training (float32) of the LegT predictor in the paper's settings I-IV, of a
 * diagonal SSM (S4D) and of a hybrid-attention transformer, with Adam, checkpoints and backend selection; and
 * Keras-style layers (HippoMemory, ProphecyLayer, S4DLayer, LmuCell) that save and load with tf.io. It re-exports
 * `hippo-prophecy/fit` (the analytic trainer, datasets, checkpoints, the training loop's types), whose models
 * trainModel trains as well. TensorFlow.js is an optional peer dependency: importing this entry without it installed
 * throws an error naming the `npm install` command.
 *
 * @see arXiv:2407.09375
 */
export * from '../fit/index.ts';
export * from './backend.ts';
export * from './trainablePredictor.ts';
export * from './diagonalSsm.ts';
export * from './hybridTransformer.ts';
export * from './adam.ts';
export * from './trainModel.ts';
export * from './sequenceModel.ts';
export * from './keras/index.ts';
export * from './microBatch.ts';
