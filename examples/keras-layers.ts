/**
 * Keras-style HiPPO layers in tf.sequential models, trained on Mixed functions (the paper's training family) to
 * predict u[k + 1] from u[0..k]:
 *
 * - keras-lmu style: a frozen HiPPO-LegT memory per channel (HippoMemory) and a trained dense readout;
 * - S4D: a dense embedding, an S4D layer (S4D-Lin) and a dense readout.
 *
 * Each model's training loss falls over the epochs. Run: npx tsx examples/keras-layers.ts [epochs]
 */
import type * as TF from '@tensorflow/tfjs';
import { copyLast, generate, mse } from '../src/index.ts';
import { hippoMemory, s4dLayer, selectBackend, tf } from '../src/train/index.ts';

/** Trains the two models and returns their per-epoch training losses (mean squared one-step error). */
export async function trainOnMixed(epochs = 15): Promise<Record<string, number[]>> {
  await selectBackend({ backend: 'cpu' });
  const L = 100;
  const count = 32;
  const u = Array.from(
    { length: count },
    (_, s) => generate('mixed', { length: L + 1, seed: 1, stream: s }).values[0],
  );
  const x = tf.tensor3d(u.map((r) => Array.from(r.subarray(0, L), (v) => [v])));
  const y = tf.tensor3d(u.map((r) => Array.from(r.subarray(1), (v) => [v])));
  const copy = u.map((r) => mse(copyLast(r).subarray(0, L), r.subarray(1))).reduce((a, b) => a + b) / count;
  console.log(`copy-last MSE: ${copy.toExponential(2)}`);

  // seeded initialisers: the same losses on every run (for a given backend)
  const seeded = (seed: number) => tf.initializers.glorotUniform({ seed });
  const models: Record<string, [TF.Sequential, number]> = {
    'HippoMemory + dense': [
      tf.sequential({
        layers: [
          hippoMemory({ measure: 'legt', N: 16, theta: 0.1, dt: 1 / L, inputShape: [L, 1] }),
          tf.layers.dense({ units: 1, kernelInitializer: seeded(1) }),
        ],
      }),
      0.1,
    ],
    'dense + S4DLayer + dense': [
      tf.sequential({
        layers: [
          tf.layers.dense({ units: 4, inputShape: [L, 1], kernelInitializer: seeded(2) }),
          s4dLayer({ N: 8, init: 'lin', seed: 1 }),
          tf.layers.dense({ units: 1, kernelInitializer: seeded(1) }),
        ],
      }),
      0.02,
    ],
  };
  const losses: Record<string, number[]> = {};
  for (const [name, [model, learningRate]] of Object.entries(models)) {
    model.compile({ optimizer: tf.train.adam(learningRate), loss: 'meanSquaredError' });
    const history = await model.fit(x, y, { epochs, batchSize: 8, shuffle: false, verbose: 0 });
    losses[name] = history.history.loss as number[];
    const shown = losses[name].filter((_, e) => e % 5 === 0 || e === epochs - 1);
    console.log(`${name}: loss ${shown.map((v) => v.toExponential(2)).join(' -> ')}`);
  }
  return losses;
}

if (import.meta.url === `file://${process.argv[1]}`) await trainOnMixed(Number(process.argv[2] ?? 15));
