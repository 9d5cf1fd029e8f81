import { beforeAll, describe, expect, it } from 'vitest';
import { adamState, adamStep } from '../../src/train/adam.ts';
import { selectBackend, tf } from '../../src/train/backend.ts';
import { sequenceSet } from '../../src/fit/sequenceSet.ts';
import { trainModel } from '../../src/train/trainModel.ts';
import { trainablePredictor } from '../../src/train/trainablePredictor.ts';
import { interruptedAndWhole } from '../fit/resumeRun.ts';
import { legtPredictorFixture, sineSignals } from '../fit/legtFixture.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
});

const N = 8;
const L = 80;
const p = legtPredictorFixture(N, 1 / L);
const train = sequenceSet(sineSignals(24, L, 11));
const test = sequenceSet(sineSignals(8, L, 99));

describe('adamStep', () => {
  it('first step moves every parameter by lr * sign(g) (bias-corrected m / sqrt(v) = g / |g|)', () => {
    const w = tf.variable(tf.tensor1d([1, -2, 3]));
    const state = adamState({ w }, ['w']);
    adamStep({ w }, { w: tf.tensor1d([0.5, -4, 1e-3]) }, state, { learningRate: 0.1 });
    const got = w.dataSync();
    // eps = 1e-8 against |g| >= 1e-3: the move is lr * |g| / (|g| + eps) = lr (1 - 1e-5) at worst
    [0.9, -1.9, 2.9].forEach((v, i) => expect(Math.abs(got[i] - v)).toBeLessThan(2e-6));
    expect(state.step).toBe(1);
  });
});

describe('trainModel', () => {
  it('a few epochs of setting III (random Cbar, Dbar) lower the training and test loss', async () => {
    const model = trainablePredictor(p, { setting: 'III', seed: 2 });
    const r = await trainModel(model, train, {
      epochs: 30,
      batchSize: 8,
      learningRate: 2e-2,
      evalSets: { test },
    });
    const first = r.evals[0];
    const last = r.evals[r.evals.length - 1];
    expect(r.steps).toBe(30 * 3);
    expect(last.trainLoss).toBeLessThan(0.5 * first.trainLoss);
    expect(last.errors.test).toBeLessThan(0.5 * first.errors.test);
    model.dispose();
  });

  it('setting IV moves Abar, Bbar; setting II trains nothing and only evaluates', async () => {
    const iv = trainablePredictor(p, { setting: 'IV' });
    const before = iv.read();
    await trainModel(iv, train, { epochs: 2, batchSize: 8 });
    const after = iv.read();
    expect(after.Abar.data.some((v, i) => v !== Math.fround(before.Abar.data[i]))).toBe(true);
    expect(after.Bbar.some((v, i) => v !== Math.fround(before.Bbar[i]))).toBe(true);
    const ii = trainablePredictor(p, { setting: 'II' });
    const r = await trainModel(ii, train, { epochs: 5 });
    expect(r.steps).toBe(0);
    expect(r.evals.length).toBe(1);
    iv.dispose();
    ii.dispose();
  });

  it('an interrupted run resumed from its checkpoint ends with the same variables as an uninterrupted one', async () => {
    const opts = { epochs: 6, batchSize: 8, evalEvery: 2, seed: 4, learningRate: 1e-2 };
    const { whole, full, part, savedEpoch, first, second, resumed, store } = await interruptedAndWhole(
      () => trainablePredictor(p, { setting: 'IV' }),
      trainModel,
      train,
      opts,
    );
    const expected = whole.read();
    expect(part.completed).toBe(false);
    expect(savedEpoch).toBe(2);
    first.dispose();
    const got = second.read();
    expect(resumed.completed).toBe(true);
    expect(resumed.steps).toBe(full.steps);
    expect(Array.from(got.Abar.data)).toEqual(Array.from(expected.Abar.data));
    expect(Array.from(got.Cbar)).toEqual(Array.from(expected.Cbar));
    expect(got.Dbar).toBe(expected.Dbar);
    expect(resumed.epochLoss).toEqual(full.epochLoss);
    expect(resumed.evals.map((e) => e.epoch)).toEqual([0, 2, 4, 6]);
    // a checkpoint of another model is refused
    const other = trainablePredictor(p, { setting: 'I' });
    await expect(trainModel(other, train, { ...opts, checkpoint: store })).rejects.toThrow(TypeError);
    whole.dispose();
    second.dispose();
    other.dispose();
  });
});
