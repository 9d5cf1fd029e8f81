import { beforeAll, describe, expect, it } from 'vitest';
import type * as TF from '@tensorflow/tfjs';
import { arrayAdamState, arrayAdamStep } from '../../src/fit/adamArrays.ts';
import { analyticPredictor, isAnalyticPredictor } from '../../src/fit/analyticPredictor.ts';
import { memoryCheckpointStore } from '../../src/fit/checkpointStore.ts';
import { sequenceSet } from '../../src/fit/sequenceSet.ts';
import type { TrainCheckpoint } from '../../src/fit/trainLoop.ts';
import { adamState, adamStep } from '../../src/train/adam.ts';
import { selectBackend, tf } from '../../src/train/backend.ts';
import { evaluateModel, trainModel } from '../../src/train/trainModel.ts';
import { trainablePredictor } from '../../src/train/trainablePredictor.ts';
import { ANALYTIC_TFJS_GRAD_REL, ANALYTIC_TFJS_LOSS_REL, EPS32, TRAIN_F32_FACTOR } from '../tolerances.ts';
import { forwardScale, legtPredictorFixture, offOptimum, sineSignals } from '../fit/legtFixture.ts';

// the analytic trainer (src/fit) against the tfjs one: same initial values, gradients, Adam steps, loss trajectories
// and checkpoint format

beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
});

describe('analyticPredictor gradients against tfjs', () => {
  const N = 6;
  const L = 90;
  const p = offOptimum(legtPredictorFixture(N, 1 / L), 0.05);
  const set = sequenceSet(sineSignals(5, L, 2));
  const idx = Int32Array.of(4, 1, 3); // odd batch

  it('float32 gradients equal the tfjs gradients of the same loss (settings I and IV)', () => {
    for (const setting of ['I', 'IV'] as const) {
      const ours = analyticPredictor(p, { setting });
      const theirs = trainablePredictor(p, { setting });
      const { loss, grads } = ours.lossAndGradients(set, idx);
      const R = set.to - set.from;
      const t = new Float32Array(idx.length * R);
      idx.forEach((s, r) => t.set(set.targets.subarray(s * R, (s + 1) * R), r * R));
      const target = tf.tensor2d(t, [idx.length, R]);
      const vars = theirs.trainable.map((n) => theirs.params[n]);
      const res = tf.variableGrads(
        () => theirs.predict(set, idx).sub(target).abs().mean() as TF.Scalar,
        vars,
      );
      expect(Math.abs(res.value.dataSync()[0] - loss)).toBeLessThan(ANALYTIC_TFJS_LOSS_REL * loss);
      theirs.trainable.forEach((n, v) => {
        const g = res.grads[vars[v].name].dataSync();
        const scale = Math.max(...g.map(Math.abs));
        for (let i = 0; i < g.length; i++)
          expect(Math.abs(g[i] - grads[n][i])).toBeLessThan(ANALYTIC_TFJS_GRAD_REL * scale);
      });
      tf.dispose([target, res.value, ...Object.values(res.grads)]);
      theirs.dispose();
    }
  });
});

describe('analyticPredictor against trainablePredictor', () => {
  const N = 8;
  const L = 120;
  const p = legtPredictorFixture(N, 1 / L);
  const train = sequenceSet(sineSignals(12, L, 5));
  const test = sequenceSet(sineSignals(4, L, 6));

  it('initialises like trainablePredictor per setting and predicts like it (float32 tolerance)', () => {
    for (const setting of ['I', 'II', 'III', 'IV'] as const) {
      const ours = analyticPredictor(p, { setting, seed: 7 });
      const theirs = trainablePredictor(p, { setting, seed: 7 });
      expect(ours.name).toBe(theirs.name);
      expect([...ours.trainable]).toEqual([...theirs.trainable]);
      const a = ours.read();
      const b = theirs.read();
      expect(Array.from(a.Cbar)).toEqual(Array.from(b.Cbar));
      expect(a.Dbar).toBe(b.Dbar);
      expect(Array.from(a.Abar.data)).toEqual(Array.from(b.Abar.data));
      const scale = forwardScale(setting === 'III' ? { ...p, Cbar: a.Cbar, Dbar: a.Dbar } : p, L, 1);
      const tol = TRAIN_F32_FACTOR * Math.log2(L) * EPS32 * scale;
      const ya = ours.predict(test, Int32Array.of(0, 1, 2));
      const t = theirs.predict(test, Int32Array.of(0, 1, 2));
      const yb = t.dataSync();
      t.dispose();
      for (let i = 0; i < ya.length; i++) expect(Math.abs(ya[i] - yb[i])).toBeLessThan(tol);
      const ea = evaluateModel(ours, test, 3);
      const eb = evaluateModel(theirs, test, 3);
      expect(Math.abs(ea.l1 - eb.l1)).toBeLessThan(tol);
      expect(isAnalyticPredictor(ours) && !isAnalyticPredictor(theirs)).toBe(true);
      theirs.dispose();
    }
  });

  it('a few epochs of Adam follow the tfjs trainer: same batches, loss trajectories within float32 tolerance', async () => {
    for (const setting of ['I', 'III', 'IV'] as const) {
      const opts = { epochs: 4, batchSize: 5, seed: 3, learningRate: setting === 'IV' ? 1e-4 : 2e-3 };
      const ours = analyticPredictor(p, { setting, seed: 1 });
      const theirs = trainablePredictor(p, { setting, seed: 1 });
      const ra = await trainModel(ours, train, { ...opts, evalSets: { test } });
      const rb = await trainModel(theirs, train, { ...opts, evalSets: { test } });
      expect(ra.steps).toBe(rb.steps);
      ra.epochLoss.forEach((l, e) =>
        expect(Math.abs(l - rb.epochLoss[e])).toBeLessThan(ANALYTIC_TFJS_LOSS_REL * rb.epochLoss[e]),
      );
      const last = ra.evals[ra.evals.length - 1];
      const lastB = rb.evals[rb.evals.length - 1];
      expect(Math.abs(last.errors.test - lastB.errors.test)).toBeLessThan(
        ANALYTIC_TFJS_LOSS_REL * lastB.errors.test,
      );
      theirs.dispose();
    }
  });

  it('resumes a checkpoint written by the tfjs trainer (same names and shapes)', async () => {
    const opts = { epochs: 2, batchSize: 6, seed: 2, learningRate: 1e-3 };
    const store = memoryCheckpointStore<TrainCheckpoint>();
    const tfjs = trainablePredictor(p, { setting: 'III', seed: 5 });
    await trainModel(tfjs, train, { ...opts, checkpoint: store });
    const saved = tfjs.read();
    tfjs.dispose();
    const ours = analyticPredictor(p, { setting: 'III', seed: 5 });
    const r = await trainModel(ours, train, { ...opts, epochs: 3, checkpoint: store });
    expect(r.epochs).toBe(3);
    expect(r.steps).toBe(3 * 2);
    expect(r.evals.map((e) => e.epoch)).toEqual([0, 2, 3]);
    // started from the tfjs parameters: one epoch of Adam at lr 1e-3 moves each entry by at most 2 lr
    const now = ours.read();
    now.Cbar.forEach((c, i) => expect(Math.abs(c - saved.Cbar[i])).toBeLessThan(2 * 2e-3));
  });
});

describe('arrayAdamStep', () => {
  it('takes the same steps as the tfjs adamStep (float32 parameters and moments)', () => {
    const w0 = [0.5, -1.25, 3, 1e-3];
    const ours = { w: Float32Array.from(w0) };
    const theirs = { w: tf.variable(tf.tensor1d(w0)) };
    const sa = arrayAdamState(ours, ['w']);
    const sb = adamState(theirs, ['w']);
    for (let t = 0; t < 5; t++) {
      const g = w0.map((_, i) => Math.cos(3 * t + i) * 10 ** (i - 2));
      arrayAdamStep(ours, { w: g }, sa, { learningRate: 0.05 });
      const gt = tf.tensor1d(g);
      adamStep(theirs, { w: gt }, sb, { learningRate: 0.05 });
      gt.dispose();
    }
    const b = theirs.w.dataSync();
    ours.w.forEach((v, i) =>
      expect(Math.abs(v - b[i])).toBeLessThan(8 * EPS32 * Math.max(1, Math.abs(b[i]))),
    );
    expect(() => arrayAdamStep(ours, {}, sa)).toThrow(TypeError);
    expect(() => arrayAdamState(ours, ['x'])).toThrow(RangeError);
    theirs.w.dispose();
  });
});
