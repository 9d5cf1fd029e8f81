import type * as TF from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cont2discrete, dlsim, ss } from '../../../src/lti/index.ts';
import { s4dInit } from '../../../src/s4/index.ts';
import { selectBackend, tf } from '../../../src/train/backend.ts';
import { S4DLayer, s4dLayer } from '../../../src/train/keras/index.ts';
import { EPS32, KERAS_S4D_F32, TRAIN_GRAD_REL } from '../../tolerances.ts';
import { maxAbs, mixedRows, sequenceTensor, trainSaveLoad } from './kerasFixtures.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
});

/** An S4D layer's weights as float64 numbers, per channel. */
interface S4dParams {
  logDt: number[];
  logNegAre: number[][];
  Aim: number[][];
  Cre: number[][];
  Cim: number[][];
  D: number[];
}

function weightsOf(layer: S4DLayer): S4dParams {
  const [logDt, logNegAre, Aim, Cre, Cim, D] = layer.getWeights().map((w) => w.arraySync());
  return { logDt, logNegAre, Aim, Cre, Cim, D } as S4dParams;
}

/**
 * The float64 core's S4D channel h: the complex modes as real 2 x 2 blocks [[Re A, -Im A], [Im A, Re A]] with
 * B = [1, 0] and output 2 Re(C z) = 2 (Re C Re z - Im C Im z), cont2discrete 'zoh' with dt_h, and dlsim. S4's
 * x_k = Abar x_{k-1} + Bbar u_k is dlsim's state after u_k, so y_k = C x_{k+1} + D u_k.
 */
function coreChannel(p: S4dParams, h: number, u: ArrayLike<number>): Float64Array {
  const P = p.Aim[h].length;
  const A = Array.from({ length: 2 * P }, () => new Array<number>(2 * P).fill(0));
  const B = new Array<number>(2 * P).fill(0);
  const C = new Array<number>(2 * P).fill(0);
  for (let n = 0; n < P; n++) {
    const ar = -Math.exp(p.logNegAre[h][n]);
    const ai = p.Aim[h][n];
    A[2 * n][2 * n] = ar;
    A[2 * n][2 * n + 1] = -ai;
    A[2 * n + 1][2 * n] = ai;
    A[2 * n + 1][2 * n + 1] = ar;
    B[2 * n] = 1;
    C[2 * n] = 2 * p.Cre[h][n];
    C[2 * n + 1] = -2 * p.Cim[h][n];
  }
  const sysd = cont2discrete(ss(A, B, C, 0), Math.exp(p.logDt[h]), 'zoh');
  const { x, xNext } = dlsim(sysd, u);
  const L = u.length;
  const y = new Float64Array(L);
  for (let k = 0; k < L; k++) {
    const xk = k + 1 < L ? x!.data.subarray((k + 1) * 2 * P, (k + 2) * 2 * P) : xNext;
    let s = p.D[h] * u[k];
    for (let i = 0; i < 2 * P; i++) s += C[i] * xk[i];
    y[k] = s;
  }
  return y;
}

/**
 * The float32 error scale of channel h: max|u| (|D| + sum_l sum_n |2 C_n Bbar_n| |Abar_n|^l (1 + |dt A_n| l)). Each
 * kernel term is exp(l dt A_n) with the exponent rounded relatively, an absolute phase error of eps32 |dt A_n| l.
 */
function scaleOf(p: S4dParams, h: number, L: number, mu: number): number {
  const dt = Math.exp(p.logDt[h]);
  let s = Math.abs(p.D[h]);
  p.Aim[h].forEach((ai, n) => {
    const ar = -Math.exp(p.logNegAre[h][n]);
    // |Bbar_n| = |exp(dt A_n) - 1| / |A_n|
    const er = Math.exp(dt * ar);
    const bbar = Math.hypot(er * Math.cos(dt * ai) - 1, er * Math.sin(dt * ai)) / Math.hypot(ar, ai);
    const c = 2 * Math.hypot(p.Cre[h][n], p.Cim[h][n]) * bbar;
    const dA = dt * Math.hypot(ar, ai);
    for (let l = 0; l < L; l++) s += c * er ** l * (1 + dA * l);
  });
  return mu * s;
}

describe('S4DLayer forward against the float64 core (real 2 x 2 blocks, cont2discrete zoh, dlsim)', () => {
  for (const init of ['lin', 'inv'] as const) {
    it(`${init}: two channels within ${KERAS_S4D_F32} eps32 S_h`, () => {
      const L = 300;
      const rows = mixedRows(4, L, 7); // B = 2, H = 2
      const layer = new S4DLayer({ N: 8, init, seed: 3 });
      const y = (layer.apply(sequenceTensor(rows, 2)) as TF.Tensor).arraySync() as number[][][];
      const p = weightsOf(layer);
      let worst = 0;
      for (let b = 0; b < 2; b++) {
        for (let h = 0; h < 2; h++) {
          const ref = coreChannel(p, h, rows[2 * b + h]);
          const S = scaleOf(p, h, L, maxAbs(rows));
          for (let k = 0; k < L; k++) worst = Math.max(worst, Math.abs(y[b][k][h] - ref[k]) / S);
        }
      }
      expect(worst).toBeLessThan(KERAS_S4D_F32 * EPS32);
      expect(worst).toBeGreaterThan(0);
    });
  }

  it('initialises A from s4dInit (N = 2 x modes), dt log-uniform in [dtMin, dtMax], seeded', () => {
    const layer = new S4DLayer({ N: 6, init: 'inv', dtMin: 0.01, dtMax: 0.02, seed: 5 });
    layer.build([null, null, 3]);
    const p = weightsOf(layer);
    const ref = s4dInit('inv', 6);
    for (let h = 0; h < 3; h++) {
      expect(p.Aim[h]).toEqual(Array.from(Float32Array.from(ref.im)));
      for (let n = 0; n < 3; n++) expect(-Math.exp(p.logNegAre[h][n])).toBeCloseTo(-0.5, 6);
      expect(Math.exp(p.logDt[h])).toBeGreaterThanOrEqual(0.01 * (1 - 1e-6));
      expect(Math.exp(p.logDt[h])).toBeLessThanOrEqual(0.02 * (1 + 1e-6));
    }
    const again = new S4DLayer({ N: 6, init: 'inv', dtMin: 0.01, dtMax: 0.02, seed: 5 });
    again.build([null, null, 3]);
    expect(weightsOf(again)).toEqual(p);
    const frozenA = new S4DLayer({ N: 6, trainA: false });
    frozenA.build([null, null, 1]);
    expect(frozenA.trainableWeights.map((w) => w.originalName.split('/').pop())).toEqual([
      'logDt',
      'Cre',
      'Cim',
      'D',
    ]);
  });
});

describe('S4DLayer gradients and serialization', () => {
  it('d/d(logDt, logNegAre, Aim, Cre, Cim, D) match float64 central differences of the core', () => {
    const L = 30;
    const rows = mixedRows(2, L, 4); // B = 1, H = 2
    const layer = new S4DLayer({ N: 4, init: 'lin', dtMin: 0.05, dtMax: 0.2, seed: 2 });
    const u = sequenceTensor(rows, 2);
    const w = Float32Array.from({ length: 2 * L }, (_, i) => Math.cos(0.37 * i));
    const wT = tf.tensor3d(w, [1, L, 2]);
    layer.build(u.shape);
    const vars = layer.trainableWeights.map((v) => v.read() as TF.Variable);
    const { grads } = tf.variableGrads(() => (layer.apply(u) as TF.Tensor).mul(wT).sum() as TF.Scalar, vars);
    const p = weightsOf(layer);
    const objective = (q: S4dParams): number => {
      let s = 0;
      for (let h = 0; h < 2; h++) coreChannel(q, h, rows[h]).forEach((y, k) => (s += w[k * 2 + h] * y));
      return s;
    };
    const hstep = 1e-6;
    const keys = ['logDt', 'logNegAre', 'Aim', 'Cre', 'Cim', 'D'] as const;
    keys.forEach((key, v) => {
      const g = grads[vars[v].name].dataSync();
      const fd = Array.from(g, (_, i) => {
        const at = (d: number): number => {
          const q = structuredClone(p);
          const arr = q[key] as number[] | number[][];
          if (Array.isArray(arr[0])) (arr as number[][])[Math.floor(i / 2)][i % 2] += d;
          else (arr as number[])[i] += d;
          return objective(q);
        };
        return (at(hstep) - at(-hstep)) / (2 * hstep);
      });
      const scale = Math.max(...fd.map(Math.abs));
      expect(scale).toBeGreaterThan(0.01);
      for (let i = 0; i < g.length; i++) expect(Math.abs(g[i] - fd[i])).toBeLessThan(TRAIN_GRAD_REL * scale);
    });
  });

  it('a trained model saves and loads with the same outputs and config', async () => {
    const L = 40;
    const rows = mixedRows(4, L + 1, 6);
    const x = sequenceTensor(rows.map((r) => r.subarray(0, L)));
    const y = sequenceTensor(rows.map((r) => r.subarray(1)));
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ units: 3, inputShape: [L, 1] }),
        s4dLayer({ N: 4, init: 'inv', trainA: false, seed: 1 }),
        tf.layers.dense({ units: 1 }),
      ],
    });
    const loaded = await trainSaveLoad(model, x, y);
    const back = loaded.layers[1] as S4DLayer;
    expect(back).toBeInstanceOf(S4DLayer);
    expect([back.N, back.init, back.trainA, back.dtMin, back.dtMax]).toEqual([4, 'inv', false, 1e-3, 1e-1]);
  });

  it('refuses bad arguments with errors naming them', () => {
    expect(() => new S4DLayer({ N: 5 })).toThrow(/S4DLayer: N must be even/);
    expect(() => new S4DLayer({ N: 0 })).toThrow(/S4DLayer: N/);
    expect(() => new S4DLayer({ init: 'legs' as never })).toThrow(/init/);
    expect(() => new S4DLayer({ dtMin: 0.2, dtMax: 0.1 })).toThrow(/dtMin/);
    expect(() => new S4DLayer({ trainA: 'yes' as never })).toThrow(TypeError);
    expect(() => new S4DLayer({ N: 4 }).kernel(8)).toThrow(/not built/);
  });
});
