/** Shared pieces of the Keras-layer tests: a save/load round trip through tf.io's memory handlers, and data. */
import type * as TF from '@tensorflow/tfjs';
import { expect } from 'vitest';
import { generate } from '../../../src/systems/index.ts';
import { tf } from '../../../src/train/backend.ts';

/** Saves the model with a memory save handler (topology JSON + weights) and loads it back with tf.loadLayersModel. */
export async function saveAndLoad(model: TF.LayersModel): Promise<TF.LayersModel> {
  let saved: TF.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      // through JSON, as a file handler would store the topology
      saved = { ...artifacts, modelTopology: JSON.parse(JSON.stringify(artifacts.modelTopology)) };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return tf.loadLayersModel(tf.io.fromMemory(saved!));
}

/**
 * Trains the model for two epochs (Adam, mean squared error), so that its weights leave their initial values, saves
 * and loads it, checks that the loaded model predicts exactly the same on x, and returns it.
 */
export async function trainSaveLoad(
  model: TF.Sequential,
  x: TF.Tensor,
  y: TF.Tensor,
): Promise<TF.LayersModel> {
  model.compile({ optimizer: tf.train.adam(1e-2), loss: 'meanSquaredError' });
  await model.fit(x, y, { epochs: 2, verbose: 0 });
  const loaded = await saveAndLoad(model);
  expect(Array.from((loaded.predict(x) as TF.Tensor).dataSync())).toEqual(
    Array.from((model.predict(x) as TF.Tensor).dataSync()),
  );
  return loaded;
}

/** `count` Mixed functions (the paper's training family) of length L, streams 0..count-1 of `seed`. */
export function mixedRows(count: number, L: number, seed: number): Float64Array[] {
  return Array.from({ length: count }, (_, s) => generate('mixed', { length: L, seed, stream: s }).values[0]);
}

/** Rows as a float32 tensor [B, L, H] with B = rows.length / H: channel h of sequence b is row b H + h. */
export function sequenceTensor(rows: readonly ArrayLike<number>[], H = 1): TF.Tensor3D {
  const B = rows.length / H;
  const L = rows[0].length;
  const data = new Float32Array(B * L * H);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const r = rows[b * H + h];
      for (let k = 0; k < L; k++) data[(b * L + k) * H + h] = r[k];
    }
  }
  return tf.tensor3d(data, [B, L, H]);
}

/** max |x| of the rows. */
export function maxAbs(rows: readonly ArrayLike<number>[]): number {
  let m = 0;
  for (const r of rows) for (let k = 0; k < r.length; k++) m = Math.max(m, Math.abs(r[k]));
  return m;
}
