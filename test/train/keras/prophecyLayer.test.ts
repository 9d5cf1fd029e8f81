import type * as TF from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prophecy } from '../../../src/construction/index.ts';
import { hippo } from '../../../src/hippo/index.ts';
import { predictNext } from '../../../src/ssm/index.ts';
import { selectBackend, tf } from '../../../src/train/backend.ts';
import { ProphecyLayer, prophecyLayer } from '../../../src/train/keras/index.ts';
import type { PredictorParams } from '../../../src/fit/predictorParams.ts';
import { trainablePredictor } from '../../../src/train/trainablePredictor.ts';
import { EPS32, TRAIN_F32_FACTOR, TRAIN_GRAD_REL } from '../../tolerances.ts';
import { forwardScale } from '../../fit/legtFixture.ts';
import { maxAbs, mixedRows, sequenceTensor, trainSaveLoad } from './kerasFixtures.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
});

const names = (layer: TF.layers.Layer): string[] =>
  layer.trainableWeights.map((w) => w.originalName.split('/').pop()!);

describe('ProphecyLayer forward against the float64 core (prophecy + predictNext)', () => {
  // the paper's N = 32 with dt = 1/L, on two Mixed functions in each of two channels
  const N = 32;
  const L = 1000;
  const core = prophecy(hippo('legt', N), { dt: 1 / L });
  const rows = mixedRows(4, L, 21);

  const runs = [
    ['I', 'states'],
    ['II', 'states'],
    ['III', 'states'],
    ['IV', 'states'],
    ['II', 'kernel'],
  ] as const;
  for (const [setting, path] of runs) {
    it(`setting ${setting}, ${path} path: out[k] matches predictNext within 4 log2(L) eps32 S`, () => {
      const layer = new ProphecyLayer({ N, dt: 1 / L, setting, seed: 4, path });
      const out = (layer.apply(sequenceTensor(rows, 2)) as TF.Tensor).arraySync() as number[][][];
      // setting III starts from a Gaussian readout: the reference is the core run with exactly those Cbar, Dbar
      const q: PredictorParams = setting === 'III' ? { ...core, ...pick(layer.toPredictor()) } : core;
      const tol = TRAIN_F32_FACTOR * Math.log2(L) * EPS32 * forwardScale(q, L, maxAbs(rows));
      let worst = 0;
      for (let b = 0; b < 2; b++) {
        for (let h = 0; h < 2; h++) {
          const ref = predictNext(q, rows[2 * b + h]);
          for (let k = 0; k < L; k++) worst = Math.max(worst, Math.abs(out[b][k][h] - ref[k]));
        }
      }
      expect(worst).toBeLessThan(tol);
      expect(worst).toBeGreaterThan(0);
    });
  }

  it('fout-authors takes its own forward-Euler output rule; toPredictor runs in the core scan', () => {
    const layer = prophecyLayer({ measure: 'fout-authors', N: 9, dt: 1e-3 });
    expect(layer.outputRule).toBe('forward-euler');
    const small = mixedRows(1, 200, 3);
    const out = (layer.apply(sequenceTensor(small)) as TF.Tensor).dataSync();
    const ref = predictNext(prophecy(hippo('fout-authors', 9), { dt: 1e-3 }), small[0]);
    const viaLayer = predictNext(layer.toPredictor(), small[0]);
    const core = prophecy(hippo('fout-authors', 9), { dt: 1e-3 });
    const tol = TRAIN_F32_FACTOR * Math.log2(200) * EPS32 * forwardScale(core, 200, maxAbs(small));
    for (let k = 0; k < 200; k++) {
      expect(Math.abs(out[k] - ref[k])).toBeLessThan(tol);
      expect(Math.abs(viaLayer[k] - ref[k])).toBeLessThan(tol); // the float32-rounded weights run in float64
    }
  });
});

function pick(p: PredictorParams): { Cbar: Float64Array; Dbar: number } {
  return { Cbar: p.Cbar, Dbar: p.Dbar };
}

describe('ProphecyLayer settings', () => {
  const p = prophecy(hippo('legt', 6), { dt: 1 / 50 });

  it('trains the parameters each setting lists, with setting III drawn as trainablePredictor draws it', () => {
    const expected = {
      I: ['Cbar', 'Dbar'],
      II: [],
      III: ['Cbar', 'Dbar'],
      IV: ['Abar', 'Bbar', 'Cbar', 'Dbar'],
    };
    for (const [setting, trained] of Object.entries(expected)) {
      const layer = new ProphecyLayer({ N: 6, dt: 1 / 50, setting: setting as 'I' });
      layer.build([null, null, 1]);
      expect(names(layer)).toEqual(trained);
      expect(layer.getWeights()).toHaveLength(4);
    }
    const layer = new ProphecyLayer({ N: 6, dt: 1 / 50, setting: 'III', seed: 9, initStd: 0.5 });
    layer.build([null, null, 1]);
    const reference = trainablePredictor(p, { setting: 'III', seed: 9, initStd: 0.5 });
    const mine = layer.toPredictor();
    expect(Array.from(mine.Cbar)).toEqual(Array.from(reference.read().Cbar));
    expect(mine.Dbar).toBe(reference.read().Dbar);
    expect(Array.from(mine.Abar.data)).toEqual(Array.from(Float32Array.from(p.Abar.data)));
    reference.dispose();
  });

  it('fit moves only the trained parameters (settings I and IV)', async () => {
    const rows = mixedRows(4, 60, 2);
    const x = sequenceTensor(rows.map((r) => r.subarray(0, 59)));
    const y = sequenceTensor(rows.map((r) => r.subarray(1, 60)));
    for (const setting of ['I', 'IV'] as const) {
      const layer = new ProphecyLayer({ N: 6, dt: 1 / 50, setting, inputShape: [59, 1] });
      const model = tf.sequential({ layers: [layer] });
      const start = layer.toPredictor();
      model.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError' });
      await model.fit(x, y, { epochs: 2, batchSize: 4, verbose: 0 });
      const end = layer.toPredictor();
      const moved = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
        Array.from(a).some((v, i) => v !== b[i]);
      expect(moved(end.Cbar, start.Cbar)).toBe(true);
      expect(end.Dbar).not.toBe(start.Dbar);
      expect(moved(end.Abar.data, start.Abar.data)).toBe(setting === 'IV');
      expect(moved(end.Bbar, start.Bbar)).toBe(setting === 'IV');
    }
  });
});

describe('ProphecyLayer gradients and serialization', () => {
  // tf gradients of sum_{b,k,h} w out against float64 central differences of the core's predictNext
  const N = 4;
  const L = 40;
  const dt = 1 / L;
  const rows = mixedRows(2, L, 8);
  const w = Float32Array.from({ length: 2 * L }, (_, i) => Math.cos(0.37 * i));
  const objective = (q: PredictorParams): number => {
    let s = 0;
    rows.forEach((row, b) => predictNext(q, row).forEach((o, k) => (s += w[k * 2 + b] * o)));
    return s;
  };

  for (const path of ['states', 'kernel'] as const) {
    it(`setting IV, ${path} path: d/dAbar, d/dBbar, d/dCbar, d/dDbar, d/du match finite differences`, () => {
      const layer = new ProphecyLayer({ N, dt, setting: 'IV', path, block: 7, chunk: 6 });
      const u = sequenceTensor(rows, 2); // one sequence, two channels
      const wT = tf.tensor3d(w, [1, L, 2]);
      layer.build(u.shape);
      const vars = layer.trainableWeights.map((v) => v.read() as TF.Variable);
      const { grads } = tf.variableGrads(
        () => (layer.apply(u) as TF.Tensor).mul(wT).sum() as TF.Scalar,
        vars,
      );
      const p = layer.toPredictor(); // the float32 weights, read as float64: the point the gradient is taken at
      const h = 1e-6;
      const shifted = (name: string, i: number, d: number): PredictorParams => {
        if (name === 'Dbar') return { ...p, Dbar: p.Dbar + d };
        if (name === 'Abar') {
          const data = Float64Array.from(p.Abar.data);
          data[i] += d;
          return { ...p, Abar: { ...p.Abar, data } };
        }
        const v = Float64Array.from(p[name as 'Bbar' | 'Cbar']);
        v[i] += d;
        return { ...p, [name]: v };
      };
      ['Abar', 'Bbar', 'Cbar', 'Dbar'].forEach((name, v) => {
        const g = grads[vars[v].name].dataSync();
        const fd = Array.from(
          g,
          (_, i) => (objective(shifted(name, i, h)) - objective(shifted(name, i, -h))) / (2 * h),
        );
        const scale = Math.max(...fd.map(Math.abs));
        expect(scale).toBeGreaterThan(0.1);
        for (let i = 0; i < g.length; i++)
          expect(Math.abs(g[i] - fd[i])).toBeLessThan(TRAIN_GRAD_REL * scale);
      });
      // input gradient: d/du_i = sum_{k >= i} w_k K_{k-i} + w_i Dbar, K the float64 impulse response of the weights
      const gu = tf
        .grad((x: TF.Tensor) => (layer.apply(x) as TF.Tensor).mul(wT).sum())(u)
        .dataSync();
      const impulse = new Float64Array(L);
      impulse[0] = 1;
      const resp = predictNext(p, impulse); // resp[j] = K_j (+ Dbar at j = 0)
      const adjoint = Array.from({ length: 2 * L }, (_, idx) => {
        const i = Math.floor(idx / 2);
        const c = idx % 2;
        let s = 0;
        for (let k = i; k < L; k++) s += w[k * 2 + c] * resp[k - i];
        return s;
      });
      const scale = Math.max(...adjoint.map(Math.abs));
      for (let i = 0; i < 2 * L; i++)
        expect(Math.abs(gu[i] - adjoint[i])).toBeLessThan(TRAIN_GRAD_REL * scale);
    });
  }

  it('a trained model saves and loads with the same outputs, setting and parameters', async () => {
    const layer = prophecyLayer({ N, dt, setting: 'IV', inputShape: [L - 1, 1] });
    const start = prophecy(hippo('legt', N), { dt });
    const x = sequenceTensor(rows.map((r) => r.subarray(0, L - 1)));
    const y = sequenceTensor(rows.map((r) => r.subarray(1)));
    const loaded = await trainSaveLoad(tf.sequential({ layers: [layer] }), x, y);
    expect(Math.abs(layer.toPredictor().Abar.data[0] - start.Abar.data[0])).toBeGreaterThan(1e-4); // trained
    const back = loaded.layers[0] as ProphecyLayer;
    expect(back).toBeInstanceOf(ProphecyLayer);
    expect([back.setting, back.N, back.dt, back.outputRule]).toEqual(['IV', N, dt, 'trapezoid']);
    expect(names(back)).toEqual(['Abar', 'Bbar', 'Cbar', 'Dbar']);
    expect(Array.from(back.toPredictor().Abar.data)).toEqual(Array.from(layer.toPredictor().Abar.data));
  });

  it('refuses bad arguments with errors naming them', () => {
    expect(() => new ProphecyLayer({ N: 32, dt: 0.1 })).toThrow(/D dt\/2|trapezoid/);
    expect(() => new ProphecyLayer({ N: 4, dt: 0.1, setting: 'V' as never })).toThrow(/setting/);
    expect(() => new ProphecyLayer({ N: 4, dt: 0.1, initStd: 0 })).toThrow(/initStd/);
    expect(() => new ProphecyLayer({ N: 4, dt: 0.1, block: 0 })).toThrow(/block/);
    expect(() => new ProphecyLayer({ N: 4, dt: 0.1, chunk: 1.5 })).toThrow(/chunk/);
    expect(() => new ProphecyLayer({ N: 4, dt: 0.1, path: 'fft' as never })).toThrow(/path/);
    expect(() => new ProphecyLayer({ measure: 'legs', N: 4, dt: 0.1 })).toThrow(/time-varying/);
    expect(
      () => new ProphecyLayer({ measure: 'fout-authors', N: 5, dt: 0.1, outputRule: 'trapezoid' }),
    ).toThrow(RangeError);
    expect(() => new ProphecyLayer({ N: 4, dt: 0.1 }).toPredictor()).toThrow(/not built/);
  });
});
