import { describe, expect, it } from 'vitest';
import { analyticPredictor, trainAnalytic } from '../../src/fit/analyticPredictor.ts';
import { sequenceSet } from '../../src/fit/sequenceSet.ts';
import { ANALYTIC_FD_REL, EPS32, TRAIN_F32_FACTOR } from '../tolerances.ts';
import { forwardScale, legtPredictorFixture, offOptimum, sineSignals } from './legtFixture.ts';
import { interruptedAndWhole } from './resumeRun.ts';

const NAMES = ['Abar', 'Bbar', 'Cbar', 'Dbar'] as const;

describe('analyticPredictor gradients', () => {
  const N = 6;
  const L = 90;
  const p = offOptimum(legtPredictorFixture(N, 1 / L), 0.05);
  const set = sequenceSet(sineSignals(5, L, 2));
  const idx = Int32Array.of(4, 1, 3); // odd batch

  for (const path of ['kernel', 'states'] as const) {
    it(`${path} path: the float64 gradients of the L1 loss match central differences`, () => {
      const setting = path === 'kernel' ? 'IV' : 'I';
      const precision = path === 'kernel' ? 'float64' : 'float32';
      const m = analyticPredictor(p, { setting, precision, path });
      const { loss, grads } = m.lossAndGradients(set, idx);
      expect(loss).toBeGreaterThan(0);
      expect(Object.keys(grads).sort()).toEqual([...m.trainable].sort());
      // float32 parameters (states path) get a step that float32 can represent
      const h = precision === 'float64' ? 1e-6 : 1e-4;
      for (const name of m.trainable as (typeof NAMES)[number][]) {
        const x = m.params[name];
        const scale = Math.max(...grads[name].map(Math.abs));
        expect(scale).toBeGreaterThan(0);
        for (let i = 0; i < x.length; i++) {
          const x0 = x[i];
          x[i] = x0 + h;
          const xu = x[i]; // as stored (float32 rounds)
          const up = m.lossAndGradients(set, idx).loss;
          x[i] = x0 - h;
          const xd = x[i];
          const down = m.lossAndGradients(set, idx).loss;
          x[i] = x0;
          const fd = (up - down) / (xu - xd);
          expect(Math.abs(fd - grads[name][i])).toBeLessThan(ANALYTIC_FD_REL * scale);
        }
      }
    });
  }
});

describe('analyticPredictor model', () => {
  const N = 8;
  const L = 120;
  const p = legtPredictorFixture(N, 1 / L);
  const train = sequenceSet(sineSignals(12, L, 5));
  const test = sequenceSet(sineSignals(4, L, 6));

  it('kernel and states paths agree for setting I; float64 keeps float64 parameters', () => {
    const a = analyticPredictor(p, { setting: 'I', path: 'states' });
    const b = analyticPredictor(p, { setting: 'I', path: 'kernel' });
    const c = analyticPredictor(p, { setting: 'I', precision: 'float64' });
    expect(a.path).toBe('states');
    expect(c.path).toBe('kernel');
    expect(c.params.Cbar).toBeInstanceOf(Float64Array);
    expect(a.params.Cbar).toBeInstanceOf(Float32Array);
    const tol = TRAIN_F32_FACTOR * Math.log2(L) * EPS32 * forwardScale(p, L, 1);
    const ya = a.predict(test, Int32Array.of(3));
    const yb = b.predict(test, Int32Array.of(3));
    for (let i = 0; i < ya.length; i++) expect(Math.abs(ya[i] - yb[i])).toBeLessThan(tol);
  });

  it('an interrupted run resumed from its checkpoint ends exactly as an uninterrupted one', async () => {
    const opts = { epochs: 6, batchSize: 5, evalEvery: 2, seed: 4, learningRate: 1e-4 };
    const { whole, full, part, savedEpoch, second, resumed, store } = await interruptedAndWhole(
      () => analyticPredictor(p, { setting: 'IV' }),
      trainAnalytic,
      train,
      opts,
    );
    expect(part.completed).toBe(false);
    expect(savedEpoch).toBe(2);
    expect(Object.keys(store.value!.params).sort()).toEqual([...NAMES].sort());
    expect(resumed.completed).toBe(true);
    expect(resumed.steps).toBe(full.steps);
    for (const n of NAMES) expect(Array.from(second.params[n])).toEqual(Array.from(whole.params[n]));
    expect(resumed.epochLoss).toEqual(full.epochLoss);
    await expect(
      trainAnalytic(analyticPredictor(p, { setting: 'I' }), train, { ...opts, checkpoint: store }),
    ).rejects.toThrow(TypeError);
  });

  it('rejects bad options', () => {
    expect(() => analyticPredictor(p, { setting: 'V' as never })).toThrow(RangeError);
    expect(() => analyticPredictor(p, { setting: 'IV', path: 'states' })).toThrow(/fixed/);
    expect(() => analyticPredictor(p, { path: 'states', precision: 'float64' })).toThrow(/float32/);
    expect(() => analyticPredictor(p, { precision: 'float16' as never })).toThrow(RangeError);
    expect(() => analyticPredictor(p, { path: 'scan' as never })).toThrow(RangeError);
    expect(() => analyticPredictor(p, { initStd: 0 })).toThrow(RangeError);
    expect(() => analyticPredictor({ ...p, Cbar: p.Cbar.subarray(1) })).toThrow(TypeError);
    const m = analyticPredictor(p);
    expect(() => m.predict(test, Int32Array.of(4))).toThrow(/outside/);
    expect(() => m.lossAndGradients(test, Int32Array.of())).toThrow(RangeError);
  });
});
