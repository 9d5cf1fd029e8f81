import type * as TF from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../../src/train/backend.ts';
import { hippoMemory, lmuCell, prophecyLayer, s4dLayer } from '../../../src/train/keras/index.ts';
import { KERAS_PATHS_LOSS_REL } from '../../tolerances.ts';
import { mixedRows, sequenceTensor } from './kerasFixtures.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'wasm' });
});

describe('the Keras layers on the wasm backend (every gradient kernel they use exists there)', () => {
  const L = 40;
  const rows = mixedRows(4, L + 1, 1);
  const makers: Record<string, () => TF.layers.Layer[]> = {
    'HippoMemory + dense': () => [
      hippoMemory({ N: 6, dt: 1 / L, inputShape: [L, 1] }),
      tf.layers.dense({ units: 1 }),
    ],
    'ProphecyLayer IV, states path': () => [
      prophecyLayer({ N: 6, dt: 1 / L, setting: 'IV', path: 'states', inputShape: [L, 1] }),
    ],
    'ProphecyLayer IV, kernel path': () => [
      prophecyLayer({ N: 6, dt: 1 / L, setting: 'IV', path: 'kernel', inputShape: [L, 1] }),
    ],
    'dense + S4DLayer + dense': () => [
      tf.layers.dense({ units: 2, inputShape: [L, 1] }),
      s4dLayer({ N: 4 }),
      tf.layers.dense({ units: 1 }),
    ],
    'rnn(LmuCell) + dense': () => [
      tf.layers.rnn({
        cell: lmuCell({ units: 4, order: 4, theta: 10, hiddenToMemory: true, memoryToMemory: true }),
        returnSequences: true,
        inputShape: [L, 1],
      }),
      tf.layers.dense({ units: 1 }),
    ],
  };
  const losses: Record<string, number[]> = {};

  it.each(Object.keys(makers))('%s: fit runs and lowers the loss', async (name) => {
    const model = tf.sequential({ layers: makers[name]() });
    model.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError' });
    const x = sequenceTensor(rows.map((r) => r.subarray(0, L)));
    const y = sequenceTensor(rows.map((r) => r.subarray(1)));
    const history = await model.fit(x, y, { epochs: 3, verbose: 0 });
    losses[name] = history.history.loss as number[];
    expect(losses[name].every(Number.isFinite)).toBe(true);
    expect(losses[name][2]).toBeLessThan(losses[name][0]);
  });

  it('the two ProphecyLayer paths train alike (same start, same gradients up to float32 rounding)', () => {
    const a = losses['ProphecyLayer IV, states path'];
    const b = losses['ProphecyLayer IV, kernel path'];
    for (let e = 0; e < 3; e++) expect(Math.abs(a[e] - b[e])).toBeLessThan(KERAS_PATHS_LOSS_REL * a[e]);
  });
});
