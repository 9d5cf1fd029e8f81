import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../src/train/backend.ts';
import { diagonalSsm } from '../../src/train/diagonalSsm.ts';
import { hybridTransformer } from '../../src/train/hybridTransformer.ts';
import type { SequenceModel } from '../../src/train/sequenceModel.ts';
import { sequenceSet } from '../../src/fit/sequenceSet.ts';
import { trainModel } from '../../src/train/trainModel.ts';
import { sineSignals } from '../fit/legtFixture.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'wasm' });
});

const L = 70; // not a multiple of the attention window: exercises the padding
const makers: Record<string, () => SequenceModel> = {
  s4d: () => diagonalSsm({ width: 8, state: 4, layers: 2, seed: 1 }),
  's4d-inv': () => diagonalSsm({ width: 8, state: 4, layers: 1, init: 'inv', seed: 1 }),
  transformer: () => hybridTransformer({ width: 8, heads: 2, window: 16, seed: 1 }),
};

describe.each(Object.keys(makers))('%s', (name) => {
  it('is causal: changing u[j] leaves the predictions out[k], k < j, unchanged and changes out[j]', () => {
    const model = makers[name]();
    const base = sineSignals(1, L, 3)[0];
    const j = 45;
    const changed = base.map((v, k) => (k === j ? v + 1 : v));
    const set = sequenceSet([base, changed], { lossFrom: 0 });
    const y = model.predict(set, Int32Array.of(0, 1)).arraySync();
    for (let k = 0; k < j; k++) expect(y[1][k]).toBe(y[0][k]);
    expect(Math.abs(y[1][j] - y[0][j])).toBeGreaterThan(1e-3);
    model.dispose();
  });

  it('training lowers the one-step L1 loss', async () => {
    const model = makers[name]();
    const train = sequenceSet(sineSignals(16, L, 5));
    const r = await trainModel(model, train, { epochs: 30, batchSize: 8, learningRate: 1e-2 });
    expect(r.evals[1].trainLoss).toBeLessThan(0.7 * r.evals[0].trainLoss);
    model.dispose();
  });
});

describe('argument checks', () => {
  it('rejects bad sizes', () => {
    expect(() => diagonalSsm({ width: 0 })).toThrow(RangeError);
    expect(() => diagonalSsm({ init: 'legs' as never })).toThrow(/init must be lin or inv/);
    expect(() => hybridTransformer({ width: 10, heads: 3 })).toThrow(/divisible/);
  });
});
