/**
 * Keras-style TensorFlow.js layers (tf.layers.Layer subclasses registered with tf.serialization): the fixed HiPPO
 * memory, the HiPPO-Prophecy predictor in the paper's settings, an S4D layer and an LMU cell for tf.layers.rnn.
 */
export type { LayerArgs } from './layerArgs.ts';
export type { OperatorArgs } from './operatorArgs.ts';
export { HippoMemory, hippoMemory, type HippoMemoryArgs } from './hippoMemory.ts';
export { ProphecyLayer, prophecyLayer, type ProphecyLayerArgs } from './prophecyLayer.ts';
export { S4DLayer, s4dLayer, type S4DLayerArgs } from './s4dLayer.ts';
export { LmuCell, lmuCell, LMU_ACTIVATIONS, type LmuCellArgs } from './lmuCell.ts';
