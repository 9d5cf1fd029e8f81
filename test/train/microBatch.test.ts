import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/train/backend.ts';
import { sequenceSet } from '../../src/fit/sequenceSet.ts';
import { diagonalSsm } from '../../src/train/diagonalSsm.ts';
import { hybridTransformer } from '../../src/train/hybridTransformer.ts';
import { autoMicroBatch, microBatchedGrads, WASM_TOKENS_PER_PASS } from '../../src/train/microBatch.ts';
import type { SequenceModel } from '../../src/train/sequenceModel.ts';
import { trainModel } from '../../src/train/trainModel.ts';
import { trainablePredictor } from '../../src/train/trainablePredictor.ts';
import { legtPredictorFixture, sineSignals } from '../fit/legtFixture.ts';
import { maxAbsDiff, maxRelDiff } from '../helpers/numeric.ts';
import { MICROBATCH_ADAM_REL, MICROBATCH_F32_REL } from '../tolerances.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
});

const L = 24;
// 7 sequences: micro-batches of 2 (2 + 2 + 2 + 1) and 3 (3 + 3 + 1) end on a shorter chunk
const set = sequenceSet(sineSignals(7, L, 5));
const all = Int32Array.from({ length: 7 }, (_, i) => i);

const families: [string, () => SequenceModel][] = [
  ['s4d', () => diagonalSsm({ width: 4, state: 3, layers: 2, seed: 3 })],
  ['transformer', () => hybridTransformer({ width: 4, heads: 2, window: 4, seed: 3 })],
  [
    'trainable predictor (setting IV)',
    () => trainablePredictor(legtPredictorFixture(4, 1 / L), { setting: 'IV' }),
  ],
];

function gradsOf(
  model: SequenceModel,
  microBatch: number,
): { loss: number; g: Record<string, Float32Array> } {
  const vars = model.trainable.map((n) => model.params[n]);
  const { loss, grads } = microBatchedGrads(model, set, all, vars, microBatch);
  const g: Record<string, Float32Array> = {};
  for (const n of model.trainable) g[n] = grads[model.params[n].name].dataSync() as Float32Array;
  tf.dispose(Object.values(grads));
  return { loss, g };
}

describe('microBatchedGrads', () => {
  for (const [name, make] of families) {
    it(`${name}: micro-batches of 2 and 3 give the whole batch's loss and gradients`, () => {
      const model = make();
      const whole = gradsOf(model, 7);
      expect(model.trainable.length).toBeGreaterThan(0);
      for (const mb of [2, 3]) {
        const part = gradsOf(model, mb);
        expect(Math.abs(part.loss - whole.loss) / whole.loss).toBeLessThan(MICROBATCH_F32_REL);
        for (const n of model.trainable) {
          if (whole.g[n].every((v) => v === 0)) continue; // a parameter the loss does not reach at init
          expect(maxRelDiff(part.g[n], whole.g[n]), `${name} ${n} microBatch ${mb}`).toBeLessThan(
            MICROBATCH_F32_REL,
          );
        }
      }
      model.dispose();
    });
  }

  it('weights the chunks by their share of the loss positions, not equally', () => {
    // the plain mean of the chunk means (3 + 3 + 1) differs from the batch mean: the test above can fail
    const model = families[0][1]();
    const means = [all.subarray(0, 3), all.subarray(3, 6), all.subarray(6)].map((idx) => {
      const vars = model.trainable.map((n) => model.params[n]);
      const r = microBatchedGrads(model, set, idx, vars, idx.length);
      tf.dispose(Object.values(r.grads));
      return r.loss;
    });
    const whole = gradsOf(model, 7).loss;
    const weighted = (3 * means[0] + 3 * means[1] + means[2]) / 7;
    const unweighted = (means[0] + means[1] + means[2]) / 3;
    expect(Math.abs(weighted - whole) / whole).toBeLessThan(MICROBATCH_F32_REL);
    expect(Math.abs(unweighted - whole) / whole).toBeGreaterThan(100 * MICROBATCH_F32_REL);
    model.dispose();
  });

  it('rejects a micro-batch that is not an integer >= 1 and an empty batch', () => {
    const model = families[2][1]();
    const vars = model.trainable.map((n) => model.params[n]);
    expect(() => microBatchedGrads(model, set, all, vars, 0)).toThrow(
      /microBatch must be an integer >= 1, got 0/,
    );
    expect(() => microBatchedGrads(model, set, all, vars, 1.5)).toThrow(RangeError);
    expect(() => microBatchedGrads(model, set, new Int32Array(0), vars, 2)).toThrow(/idx/);
    model.dispose();
  });
});

describe('trainModel with microBatch', () => {
  for (const [name, make] of families) {
    it(`${name}: one step and a few epochs equal the whole-batch run`, async () => {
      const params = (m: SequenceModel): Record<string, Float32Array> =>
        Object.fromEntries(m.trainable.map((n) => [n, m.params[n].dataSync() as Float32Array]));
      for (const epochs of [1, 3]) {
        // batches of 5 over 7 sequences: steps of 5 and 2 sequences per epoch
        const opts = { epochs, batchSize: 5, learningRate: 1e-2, seed: 4 };
        const a = make();
        const b = make();
        const ra = await trainModel(a, set, opts);
        const rb = await trainModel(b, set, { ...opts, microBatch: 2 });
        expect(rb.steps).toBe(2 * epochs);
        expect(
          Math.abs(rb.epochLoss[epochs - 1] - ra.epochLoss[epochs - 1]) / ra.epochLoss[epochs - 1],
        ).toBeLessThan(MICROBATCH_F32_REL);
        const pa = params(a);
        const pb = params(b);
        // Adam moves each entry by ~lr per step; the two runs differ by the float32 rounding of the gradients
        for (const n of a.trainable) {
          const d = maxAbsDiff(pa[n], pb[n]);
          expect(d, `${name} ${n} after ${epochs} epochs`).toBeLessThan(
            MICROBATCH_ADAM_REL * opts.learningRate,
          );
        }
        a.dispose();
        b.dispose();
      }
    });
  }

  it('rejects microBatch 0', async () => {
    const model = families[2][1]();
    await expect(trainModel(model, set, { epochs: 1, microBatch: 0 })).rejects.toThrow(/microBatch/);
    model.dispose();
  });
});

describe('autoMicroBatch', () => {
  const P = WASM_TOKENS_PER_PASS;
  it('keeps the batch off wasm and splits it into equal passes of <= P positions on wasm', () => {
    expect(autoMicroBatch('cpu', 512, 128, P)).toBe(128);
    expect(autoMicroBatch('tensorflow', 10_000, 128, P)).toBe(128);
    expect(autoMicroBatch('wasm', 128, 64, P)).toBe(64);
    for (const [Lq, B] of [
      [512, 128],
      [100, 200],
      [10_000, 128],
      [20_000, 3],
      [333, 97],
    ]) {
      const mb = autoMicroBatch('wasm', Lq, B, P);
      const passes = Math.ceil(B / mb);
      expect(mb).toBeGreaterThanOrEqual(1);
      expect(mb * Lq <= P || mb === 1).toBe(true);
      // no fewer passes would fit
      expect((passes - 1) * Math.max(1, Math.floor(P / Lq))).toBeLessThan(B);
      // equal passes: the last one at most one pass's worth shorter
      expect(B - (passes - 1) * mb).toBeGreaterThan(0);
    }
    expect(autoMicroBatch('wasm', 512, 128, P)).toBe(16);
    expect(autoMicroBatch('wasm', 100, 200, P)).toBe(67);
    expect(() => autoMicroBatch('wasm', 0, 128, P)).toThrow(/length must be an integer >= 1, got 0/);
    expect(() => autoMicroBatch('wasm', 512, 128, 0)).toThrow(
      /positionsPerPass must be an integer >= 1, got 0/,
    );
  });

  it('never splits a model that declares no pass limit (the LegT predictor trains 128 x 10^4 positions whole)', () => {
    expect(autoMicroBatch('wasm', 10_000, 128)).toBe(128);
  });

  it('the S4D and transformer models declare the limit, the LegT predictor does not', () => {
    const s4d = diagonalSsm({ width: 4, state: 2, layers: 1, seed: 1 });
    const tr = hybridTransformer({ width: 4, heads: 1, window: 4, seed: 1 });
    const legt = trainablePredictor(legtPredictorFixture(4, 1e-3), { setting: 'IV' });
    expect(s4d.wasmPositionsPerPass).toBe(P);
    expect(tr.wasmPositionsPerPass).toBe(P);
    expect(legt.wasmPositionsPerPass).toBeUndefined();
    for (const m of [s4d, tr, legt]) m.dispose();
  });
});
