import type * as TF from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { discretize } from '../../../src/discretize/index.ts';
import type { DiscretizationMethod } from '../../../src/discretize/types.ts';
import { hippo, type MeasureName } from '../../../src/hippo/index.ts';
import { dlsim, ss } from '../../../src/lti/index.ts';
import { selectBackend, tf } from '../../../src/train/backend.ts';
import { chunkedStates } from '../../../src/train/chunkedStates.ts';
import { HippoMemory, hippoMemory } from '../../../src/train/keras/index.ts';
import { EPS32, KERAS_STATES_F32, TRAIN_GRAD_REL } from '../../tolerances.ts';
import { maxAbs, mixedRows, saveAndLoad, sequenceTensor } from './kerasFixtures.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
});

/** The float64 core's discrete operator and its states x_{k+1} (rows k of an [L, N] matrix) by dlsim. */
function coreMemory(measure: MeasureName, N: number, theta: number, dt: number, disc: DiscretizationMethod) {
  const op = hippo(measure, N, { theta });
  const { Abar, Bbar } = discretize(op.A, op.B, dt, disc);
  // y_k = Abar x_k + Bbar u_k = x_{k+1}
  const sys = ss(
    Abar,
    Bbar,
    Abar,
    Array.from(Bbar, (b) => [b]),
    { dt },
  );
  const states = (u: ArrayLike<number>): Float64Array => dlsim(sys, u).y.data;
  /** sum_j |(Abar^j Bbar)_n| for j < L: the impulse response's l1 norm per state */
  const l1 = (L: number): Float64Array => {
    const impulse = new Float64Array(L);
    impulse[0] = 1;
    const V = states(impulse);
    const s = new Float64Array(N);
    for (let k = 0; k < L; k++) for (let n = 0; n < N; n++) s[n] += Math.abs(V[k * N + n]);
    return s;
  };
  return { Abar, Bbar, states, l1 };
}

describe('chunkedStates', () => {
  it('equals the float64 recurrence for every chunk size, L a multiple of it or not', () => {
    const N = 3;
    const L = 37;
    const A = [0.6, 0.2, -0.1, -0.3, 0.5, 0.2, 0.1, 0.1, 0.7];
    const Bv = [1, -0.5, 0.25];
    const u = [0, 1].map((b) => Array.from({ length: L }, (_, k) => Math.sin(0.3 * k + b) + 0.2));
    const ref = u.map((row) => {
      let x = [0, 0, 0];
      return row.map((uk) => {
        x = [0, 1, 2].map((i) => Bv[i] * uk + A[3 * i] * x[0] + A[3 * i + 1] * x[1] + A[3 * i + 2] * x[2]);
        return x;
      });
    });
    const l1 = [0, 1, 2].map((n) => {
      let x = [0, 0, 0];
      let s = 0;
      for (let k = 0; k < L; k++) {
        x = [0, 1, 2].map((i) =>
          k === 0 ? Bv[i] : A[3 * i] * x[0] + A[3 * i + 1] * x[1] + A[3 * i + 2] * x[2],
        );
        s += Math.abs(x[n]);
      }
      return s;
    });
    for (const chunk of [1, 5, 16, 37, 64]) {
      const X = chunkedStates(tf.tensor2d(u), tf.tensor2d(A, [N, N]), tf.tensor1d(Bv), chunk).arraySync();
      expect([X.length, X[0].length, X[0][0].length]).toEqual([2, L, N]);
      for (let b = 0; b < 2; b++) {
        for (let k = 0; k < L; k++) {
          for (let n = 0; n < N; n++) {
            const tol = KERAS_STATES_F32 * Math.sqrt(L) * EPS32 * l1[n] * maxAbs(u);
            expect(Math.abs(X[b][k][n] - ref[b][k][n])).toBeLessThan(tol);
          }
        }
      }
    }
    expect(() => chunkedStates(tf.tensor2d(u), tf.tensor2d(A, [N, N]), tf.tensor1d(Bv), 0)).toThrow(
      RangeError,
    );
  });
});

describe('HippoMemory forward against the float64 core', () => {
  const cases: [MeasureName, number, number, number, DiscretizationMethod][] = [
    ['legt', 32, 1000, 1, 'bilinear'], // the paper's N, dt = 1/L
    ['lmu', 16, 500, 0.5, 'zoh'],
    ['fout', 15, 400, 1, { gbt: 0.7 }],
  ];
  for (const [measure, N, L, theta, disc] of cases) {
    it(`${measure} N = ${N}, L = ${L}: states of 2 channels within ${KERAS_STATES_F32} sqrt(L) eps32 S_n`, () => {
      const dt = 1 / L;
      const rows = mixedRows(4, L, 11); // B = 2 sequences of H = 2 channels
      const layer = new HippoMemory({ measure, N, theta, dt, discretization: disc, flatten: false });
      const X = (layer.apply(sequenceTensor(rows, 2)) as TF.Tensor).arraySync() as number[][][][];
      expect([X.length, X[0].length, X[0][0].length, X[0][0][0].length]).toEqual([2, L, 2, N]);
      const core = coreMemory(measure, N, theta, dt, disc);
      const l1 = core.l1(L);
      const mu = maxAbs(rows);
      let worst = 0;
      for (let b = 0; b < 2; b++) {
        for (let h = 0; h < 2; h++) {
          const ref = core.states(rows[2 * b + h]);
          for (let k = 0; k < L; k++) {
            for (let n = 0; n < N; n++) {
              const rel = Math.abs(X[b][k][h][n] - ref[k * N + n]) / (l1[n] * mu);
              worst = Math.max(worst, rel);
            }
          }
        }
      }
      expect(worst).toBeLessThan(KERAS_STATES_F32 * Math.sqrt(L) * EPS32);
      expect(worst).toBeGreaterThan(0); // float32 really ran
    });
  }

  it('flatten lays channel h out in columns h N .. h N + N - 1; the frozen weights are the core discretization', () => {
    const rows = mixedRows(3, 30, 2);
    const u = sequenceTensor(rows, 3);
    const a = (new HippoMemory({ N: 5, dt: 0.05 }).apply(u) as TF.Tensor).arraySync() as number[][][];
    const layer = new HippoMemory({ N: 5, dt: 0.05, flatten: false });
    const b = (layer.apply(u) as TF.Tensor).arraySync() as number[][][][];
    expect(a[0][29].length).toBe(15);
    expect(a[0][29].slice(10, 15)).toEqual(b[0][29][2]);
    expect(a[0][7].slice(5, 10)).toEqual(b[0][7][1]);
    expect(layer.trainableWeights).toHaveLength(0);
    const core = coreMemory('legt', 5, 1, 0.05, 'bilinear');
    const [Aw, Bw] = layer.getWeights().map((w) => w.dataSync());
    expect(Array.from(Aw)).toEqual(Array.from(Float32Array.from(core.Abar.data)));
    expect(Array.from(Bw)).toEqual(Array.from(Float32Array.from(core.Bbar)));
    expect(layer.computeOutputShape([null, 30, 3])).toEqual([null, 30, 3, 5]);
  });
});

describe('HippoMemory gradient and serialization', () => {
  it('the input gradient of sum(W X) equals the float64 adjoint sum_{k >= i} W[k] . Abar^(k-i) Bbar', () => {
    const N = 6;
    const L = 40;
    const rows = mixedRows(4, L, 5);
    const u = sequenceTensor(rows, 2); // [2, L, 2]
    const Wdata = Float32Array.from({ length: 2 * L * 2 * N }, (_, i) => Math.cos(0.37 * i));
    const W = tf.tensor4d(Wdata, [2, L, 2, N]);
    const layer = new HippoMemory({ N, dt: 1 / L, flatten: false });
    const g = tf
      .grad((x: TF.Tensor) => (layer.apply(x) as TF.Tensor).mul(W).sum())(u)
      .arraySync() as number[][][];
    const core = coreMemory('legt', N, 1, 1 / L, 'bilinear');
    const impulse = new Float64Array(L);
    impulse[0] = 1;
    const V = core.states(impulse); // row j = Abar^j Bbar
    let scale = 0;
    const ref: number[][][] = [];
    for (let b = 0; b < 2; b++) {
      ref.push([]);
      for (let i = 0; i < L; i++) {
        ref[b].push([]);
        for (let h = 0; h < 2; h++) {
          let s = 0;
          for (let k = i; k < L; k++) {
            for (let n = 0; n < N; n++) s += Wdata[((b * L + k) * 2 + h) * N + n] * V[(k - i) * N + n];
          }
          ref[b][i].push(s);
          scale = Math.max(scale, Math.abs(s));
        }
      }
    }
    expect(scale).toBeGreaterThan(0.1);
    for (let b = 0; b < 2; b++)
      for (let i = 0; i < L; i++)
        for (let h = 0; h < 2; h++)
          expect(Math.abs(g[b][i][h] - ref[b][i][h])).toBeLessThan(TRAIN_GRAD_REL * scale);
  });

  it('a model holding it saves and loads with the same outputs and config', async () => {
    const model = tf.sequential({
      layers: [
        hippoMemory({
          measure: 'lmu',
          N: 8,
          theta: 0.5,
          dt: 0.02,
          discretization: 'zoh',
          chunk: 7,
          inputShape: [null, 1],
        }),
        tf.layers.dense({ units: 1 }),
      ],
    });
    const u = sequenceTensor(mixedRows(2, 50, 1));
    const before = (model.predict(u) as TF.Tensor).dataSync();
    const loaded = await saveAndLoad(model);
    const after = (loaded.predict(u) as TF.Tensor).dataSync();
    expect(Array.from(after)).toEqual(Array.from(before));
    const layer = loaded.layers[0] as HippoMemory;
    expect(layer).toBeInstanceOf(HippoMemory);
    expect([
      layer.measure,
      layer.N,
      layer.theta,
      layer.dt,
      layer.discretization,
      layer.chunk,
      layer.flatten,
    ]).toEqual(['lmu', 8, 0.5, 0.02, 'zoh', 7, true]);
  });

  it('refuses bad arguments with errors naming them', () => {
    expect(() => new HippoMemory({ measure: 'legs', N: 4, dt: 0.1 })).toThrow(/time-varying/);
    expect(() => new HippoMemory({ N: 0, dt: 0.1 })).toThrow(/HippoMemory: N/);
    expect(() => new HippoMemory({ N: 4, dt: 0 })).toThrow(/HippoMemory: dt/);
    expect(() => new HippoMemory({ N: 4, dt: 0.1, discretization: 'rk4' as never })).toThrow(RangeError);
    expect(() => new HippoMemory({ N: 4, dt: 0.1, flatten: 1 as never })).toThrow(TypeError);
    expect(() => new HippoMemory({ N: 4, dt: 0.1, chunk: 0 })).toThrow(/chunk/);
    expect(() => new HippoMemory({ measure: 'fout', N: 4, dt: 0.1 })).toThrow(/odd/);
    expect(() => new HippoMemory({ N: 4, dt: 0.1 }).apply(tf.ones([2, 3]))).toThrow(/channels/);
  });
});
