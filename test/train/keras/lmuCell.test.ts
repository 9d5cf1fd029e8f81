import type * as TF from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { discretize } from '../../../src/discretize/index.ts';
import { lmu } from '../../../src/hippo/index.ts';
import { dlsim, ss } from '../../../src/lti/index.ts';
import { selectBackend, tf } from '../../../src/train/backend.ts';
import { HippoMemory, LmuCell, lmuCell } from '../../../src/train/keras/index.ts';
import { EPS32, KERAS_CELL_F32, KERAS_STATES_F32, TRAIN_GRAD_REL } from '../../tolerances.ts';
import { maxAbs, mixedRows, sequenceTensor, trainSaveLoad } from './kerasFixtures.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
});

/** The cell's weights by name (the last segment of the variable name), as float64 row-major arrays. */
function weightsByName(cell: LmuCell): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const w of cell.weights)
    out[w.originalName.split('/').pop()!] = Float64Array.from(w.read().dataSync());
  return out;
}

/** An independent float64 twin of the LMU cell over one sequence x [L][inputDim]: returns h_t, shape [L][units]. */
function twin(cell: LmuCell, W: Record<string, Float64Array>, x: number[][]): number[][] {
  const { units, order: N, memoryD: d } = cell;
  const I = x[0].length;
  const M = d * N;
  let h = new Array<number>(units).fill(0);
  let m = new Array<number>(M).fill(0);
  const out: number[][] = [];
  for (const xt of x) {
    const u = new Array<number>(d).fill(0);
    for (let j = 0; j < d; j++) {
      for (let i = 0; i < I; i++) u[j] += xt[i] * W.inputEncoders[i * d + j];
      if (W.hiddenEncoders) for (let i = 0; i < units; i++) u[j] += h[i] * W.hiddenEncoders[i * d + j];
      if (W.memoryEncoders) for (let i = 0; i < M; i++) u[j] += m[i] * W.memoryEncoders[i * d + j];
    }
    const mNext = new Array<number>(M).fill(0);
    for (let j = 0; j < d; j++) {
      for (let r = 0; r < N; r++) {
        let s = W.Bbar[r] * u[j];
        for (let c = 0; c < N; c++) s += W.Abar[r * N + c] * m[j * N + c];
        mNext[j * N + r] = s;
      }
    }
    const hNext = new Array<number>(units).fill(0);
    for (let k = 0; k < units; k++) {
      let s = W.bias[k];
      for (let i = 0; i < M; i++) s += mNext[i] * W.memoryKernel[i * units + k];
      for (let i = 0; i < units; i++) s += h[i] * W.recurrentKernel[i * units + k];
      if (W.inputKernel) for (let i = 0; i < I; i++) s += xt[i] * W.inputKernel[i * units + k];
      hNext[k] = Math.tanh(s);
    }
    h = hNext;
    m = mNext;
    out.push(h);
  }
  return out;
}

describe('LmuCell memory against the float64 core', () => {
  it('with u_t = x_t and h_t = m_t its memory is the core LMU (zoh, dt = 1) and HippoMemory("lmu")', () => {
    const order = 12;
    const theta = 40;
    const L = 300;
    const rows = mixedRows(2, L, 9);
    const cell = new LmuCell({ units: order, order, theta, hiddenActivation: 'linear' });
    const rnn = tf.layers.rnn({ cell, returnSequences: true });
    rnn.build([null, L, 1]);
    // identity readout: inputEncoders = [[1]], memoryKernel = I, recurrentKernel = 0, bias = 0
    const set: Record<string, TF.Tensor> = {
      inputEncoders: tf.ones([1, 1]),
      memoryKernel: tf.eye(order),
      recurrentKernel: tf.zeros([order, order]),
      bias: tf.zeros([order]),
    };
    for (const w of cell.weights) {
      const key = w.originalName.split('/').pop()!;
      if (key in set) w.write(set[key]);
    }
    const u = sequenceTensor(rows);
    const m = (rnn.apply(u) as TF.Tensor).arraySync() as number[][][];
    const op = lmu(order, { theta });
    const { Abar, Bbar } = discretize(op.A, op.B, 1, 'zoh');
    const sys = ss(
      Abar,
      Bbar,
      Abar,
      Array.from(Bbar, (b) => [b]),
      { dt: 1 },
    ); // y_k = x_{k+1}
    const impulse = new Float64Array(L);
    impulse[0] = 1;
    const V = dlsim(sys, impulse).y.data;
    const l1 = new Float64Array(order);
    for (let k = 0; k < L; k++) for (let n = 0; n < order; n++) l1[n] += Math.abs(V[k * order + n]);
    const mem = (
      new HippoMemory({ measure: 'lmu', N: order, theta, dt: 1, discretization: 'zoh' }).apply(u) as TF.Tensor
    ).arraySync() as number[][][];
    let worst = 0;
    let worstMemory = 0;
    for (let b = 0; b < 2; b++) {
      const ref = dlsim(sys, rows[b]).y.data;
      for (let k = 0; k < L; k++) {
        for (let n = 0; n < order; n++) {
          const S = l1[n] * maxAbs(rows);
          worst = Math.max(worst, Math.abs(m[b][k][n] - ref[k * order + n]) / S);
          worstMemory = Math.max(worstMemory, Math.abs(mem[b][k][n] - ref[k * order + n]) / S);
        }
      }
    }
    expect(worst).toBeLessThan(KERAS_STATES_F32 * Math.sqrt(L) * EPS32);
    expect(worstMemory).toBeLessThan(KERAS_STATES_F32 * Math.sqrt(L) * EPS32);
  });
});

describe('LmuCell: the full cell against a float64 twin', () => {
  // all three optional connections, two memories, tanh: the paper's cell
  const args = {
    units: 5,
    order: 4,
    theta: 6,
    memoryD: 2,
    hiddenToMemory: true,
    memoryToMemory: true,
    inputToHidden: true,
    seed: 3,
  };
  const L = 20;
  const x = [0, 1].map((b) =>
    Array.from({ length: L }, (_, t) => [Math.sin(0.4 * t + b), Math.cos(0.3 * t) - 0.2 * b]),
  );
  // created in the tests: tensors made while collecting would initialise tfjs before selectBackend
  const input = (): TF.Tensor3D => tf.tensor3d(x);

  it(`forward: every h_t within ${KERAS_CELL_F32} eps32 of the twin`, () => {
    const cell = new LmuCell(args);
    const h = (
      tf.layers.rnn({ cell, returnSequences: true }).apply(input()) as TF.Tensor
    ).arraySync() as number[][][];
    const W = weightsByName(cell);
    expect(Object.keys(W).sort()).toEqual(
      [
        'Abar',
        'Bbar',
        'bias',
        'hiddenEncoders',
        'inputEncoders',
        'inputKernel',
        'memoryEncoders',
        'memoryKernel',
        'recurrentKernel',
      ].sort(),
    );
    let moved = 0;
    for (let b = 0; b < 2; b++) {
      const ref = twin(cell, W, x[b]);
      for (let t = 0; t < L; t++) {
        for (let k = 0; k < 5; k++) {
          expect(Math.abs(h[b][t][k] - ref[t][k])).toBeLessThan(KERAS_CELL_F32 * EPS32);
          moved = Math.max(moved, Math.abs(ref[t][k]));
        }
      }
    }
    expect(moved).toBeGreaterThan(0.1);
  });

  it('gradients of every trainable weight match float64 central differences of the twin', () => {
    const cell = new LmuCell(args);
    const rnn = tf.layers.rnn({ cell, returnSequences: true });
    rnn.build([null, L, 2]);
    const wT = tf.tensor3d(
      Float32Array.from({ length: 2 * L * 5 }, (_, i) => Math.cos(0.37 * i)),
      [2, L, 5],
    );
    const wData = wT.dataSync();
    const vars = cell.trainableWeights.map((v) => v.read() as TF.Variable);
    const { grads } = tf.variableGrads(
      () => (rnn.apply(input()) as TF.Tensor).mul(wT).sum() as TF.Scalar,
      vars,
    );
    const W = weightsByName(cell);
    const objective = (V: Record<string, Float64Array>): number => {
      let s = 0;
      for (let b = 0; b < 2; b++) {
        twin(cell, V, x[b]).forEach((ht, t) => ht.forEach((v, k) => (s += wData[(b * L + t) * 5 + k] * v)));
      }
      return s;
    };
    const h = 1e-6;
    cell.trainableWeights.forEach((v, i) => {
      const key = v.originalName.split('/').pop()!;
      const g = grads[vars[i].name].dataSync();
      const fd = Array.from(g, (_, j) => {
        const at = (d: number): number => {
          const arr = Float64Array.from(W[key]);
          arr[j] += d;
          return objective({ ...W, [key]: arr });
        };
        return (at(h) - at(-h)) / (2 * h);
      });
      const scale = Math.max(...fd.map(Math.abs));
      expect(scale, key).toBeGreaterThan(1e-3);
      for (let j = 0; j < g.length; j++)
        expect(Math.abs(g[j] - fd[j]), key).toBeLessThan(TRAIN_GRAD_REL * scale);
    });
  });
});

describe('LmuCell serialization and arguments', () => {
  it('a trained tf.layers.rnn model saves and loads with the same outputs and config', async () => {
    const L = 30;
    const rows = mixedRows(4, L + 1, 2);
    const x = sequenceTensor(rows.map((r) => r.subarray(0, L)));
    const y = sequenceTensor(rows.map((r) => r.subarray(1)));
    const model = tf.sequential({
      layers: [
        tf.layers.rnn({
          cell: lmuCell({ units: 6, order: 5, theta: 8, discretization: 'forward', hiddenToMemory: true }),
          returnSequences: true,
          inputShape: [L, 1],
        }),
        tf.layers.dense({ units: 1 }),
      ],
    });
    const loaded = await trainSaveLoad(model, x, y);
    const cell = (loaded.layers[0] as TF.RNN).cell as LmuCell;
    expect(cell).toBeInstanceOf(LmuCell);
    expect([
      cell.units,
      cell.order,
      cell.theta,
      cell.discretization,
      cell.hiddenToMemory,
      cell.stateSize,
    ]).toEqual([6, 5, 8, 'forward', true, [6, 5]]);
  });

  it('refuses bad arguments with errors naming them', () => {
    const ok = { units: 2, order: 3, theta: 4 };
    expect(() => new LmuCell({ ...ok, units: 0 })).toThrow(/LmuCell: units/);
    expect(() => new LmuCell({ ...ok, order: 2.5 })).toThrow(/LmuCell: order/);
    expect(() => new LmuCell({ ...ok, theta: -1 })).toThrow(/LmuCell: theta/);
    expect(() => new LmuCell({ ...ok, memoryD: 0 })).toThrow(/memoryD/);
    expect(() => new LmuCell({ ...ok, discretization: 'euler' as never })).toThrow(RangeError);
    expect(() => new LmuCell({ ...ok, hiddenToMemory: 1 as never })).toThrow(/hiddenToMemory/);
    expect(() => new LmuCell({ ...ok, hiddenActivation: 'gelu' as never })).toThrow(/hiddenActivation/);
  });
});
