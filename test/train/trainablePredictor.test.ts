import type * as TF from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend, tf } from '../../src/train/backend.ts';
import { causalConv } from '../../src/train/causalConv.ts';
import { causalConvChannels } from '../../src/train/causalConvChannels.ts';
import { causalConvFftSize, fftCausalConv, inputSpectrum } from '../../src/train/fftCausalConv.ts';
import { predictorKernel } from '../../src/train/predictorKernel.ts';
import { sequenceSet } from '../../src/fit/sequenceSet.ts';
import { predictorDistances } from '../../src/fit/predictorParams.ts';
import { trainablePredictor } from '../../src/train/trainablePredictor.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { EPS32, TRAIN_F32_FACTOR, TRAIN_GRAD_REL } from '../tolerances.ts';
import { forwardScale, legtPredictorFixture, scanPredict, sineSignals } from '../fit/legtFixture.ts';

beforeAll(async () => {
  await selectBackend({ backend: 'cpu' });
});

describe('trainablePredictor forward at the construction', () => {
  // N = 32 with dt = 1/L = 1e-3 (D dt / 2 = 0.512 < 1): the paper's N, a context short enough for a unit test
  const N = 32;
  const L = 1000;
  const p = legtPredictorFixture(N, 1 / L);
  const signals = sineSignals(3, L, 7);
  const set = sequenceSet(signals, { lossFrom: 0 });

  for (const setting of ['I', 'II', 'III', 'IV'] as const) {
    it(`setting ${setting}: float32 forward matches the float64 scan within 4 log2(L) eps32 S`, () => {
      // III starts from Gaussian Cbar, Dbar: compare it with the scan of exactly those parameters
      const model = trainablePredictor(p, { setting, seed: 3 });
      const q = setting === 'III' ? { ...p, Cbar: model.read().Cbar, Dbar: model.read().Dbar } : p;
      const out = model.predict(set, Int32Array.of(0, 1, 2));
      const got = out.arraySync();
      out.dispose();
      expect(model.path).toBe(setting === 'IV' ? 'kernel' : 'states');
      for (let s = 0; s < 3; s++) {
        const ref = scanPredict(q, signals[s]);
        const tol = TRAIN_F32_FACTOR * Math.log2(L) * EPS32 * forwardScale(q, L, Math.max(...signals[s]));
        let worst = 0;
        for (let k = 0; k < L - 1; k++) worst = Math.max(worst, Math.abs(got[s][k] - ref[k]));
        expect(worst).toBeLessThan(tol);
      }
      model.dispose();
    });
  }

  it('the core construction (prophecy + predictNext, float64) agrees with the tfjs forward, settings II and IV', () => {
    const core = prophecy(hippo('legt', N, { theta: 1 }), { dt: 1 / L });
    for (const setting of ['II', 'IV'] as const) {
      const model = trainablePredictor(core, { setting });
      const got = model.predict(set, Int32Array.of(1)).dataSync();
      const ref = predictNext(core, signals[1]);
      const tol = TRAIN_F32_FACTOR * Math.log2(L) * EPS32 * forwardScale(core, L, Math.max(...signals[1]));
      for (let k = 0; k < L - 1; k++) expect(Math.abs(got[k] - ref[k])).toBeLessThan(tol);
      model.dispose();
    }
  });

  it('the FFT and Toeplitz convolutions of the kernel path agree (setting IV)', () => {
    const a = trainablePredictor(p, { setting: 'IV', conv: 'toeplitz', block: 300 });
    const b = trainablePredictor(p, { setting: 'IV' });
    const half = sequenceSet(signals);
    const ya = a.predict(half, Int32Array.of(0, 1, 2)).dataSync();
    const yb = b.predict(half, Int32Array.of(0, 1, 2)).dataSync();
    const tol = TRAIN_F32_FACTOR * Math.log2(L) * EPS32 * forwardScale(p, L, 1);
    for (let k = 0; k < ya.length; k++) expect(Math.abs(ya[k] - yb[k])).toBeLessThan(2 * tol);
    expect(() => trainablePredictor(p, { setting: 'IV', conv: 'dft' as never })).toThrow(RangeError);
    a.dispose();
    b.dispose();
  });

  it('kernel path forced for setting I equals the states path', () => {
    const a = trainablePredictor(p, { setting: 'I', path: 'kernel' });
    const b = trainablePredictor(p, { setting: 'I' });
    const half = sequenceSet(signals);
    const ya = a.predict(half, Int32Array.of(2)).dataSync();
    const yb = b.predict(half, Int32Array.of(2)).dataSync();
    const tol = TRAIN_F32_FACTOR * Math.log2(L) * EPS32 * forwardScale(p, L, 1);
    for (let k = 0; k < ya.length; k++) expect(Math.abs(ya[k] - yb[k])).toBeLessThan(2 * tol);
    a.dispose();
    b.dispose();
  });
});

describe('paper settings', () => {
  const p = legtPredictorFixture(6, 1 / 50);
  it('train exactly the parameters the paper lists', () => {
    const trained = {
      I: ['Cbar', 'Dbar'],
      II: [],
      III: ['Cbar', 'Dbar'],
      IV: ['Abar', 'Bbar', 'Cbar', 'Dbar'],
    };
    for (const [s, names] of Object.entries(trained)) {
      const m = trainablePredictor(p, { setting: s as 'I' });
      expect([...m.trainable]).toEqual(names);
      m.dispose();
    }
  });

  it('III draws Gaussian Cbar, Dbar from its seed; the others start at the construction', () => {
    const a = trainablePredictor(p, { setting: 'III', seed: 5 }).read();
    const b = trainablePredictor(p, { setting: 'III', seed: 5 }).read();
    const c = trainablePredictor(p, { setting: 'III', seed: 6 }).read();
    expect(Array.from(a.Cbar)).toEqual(Array.from(b.Cbar));
    expect(Array.from(a.Cbar)).not.toEqual(Array.from(c.Cbar));
    expect(predictorDistances(a, p).Cbar).toBeGreaterThan(0.1);
    expect(predictorDistances(a, p).Abar).toBeLessThan(1e-6); // the construction rounded to float32
    const iv = trainablePredictor(p, { setting: 'IV' }).read();
    const d = predictorDistances(iv, p);
    expect(Math.max(d.Abar, d.Bbar, d.Cbar, d.Dbar)).toBeLessThan(1e-6); // float32 rounding of the construction only
  });

  it('rejects unknown settings, states with IV, bad shapes', () => {
    expect(() => trainablePredictor(p, { setting: 'V' as never })).toThrow(RangeError);
    expect(() => trainablePredictor(p, { setting: 'IV', path: 'states' })).toThrow(/setting IV trains them/);
    expect(() => trainablePredictor({ ...p, Cbar: new Float64Array(3) })).toThrow(TypeError);
  });
});

describe('setting IV gradient', () => {
  // tfjs gradients of a smooth functional sum_k w_k out_k against float64 central differences of the scan
  const N = 4;
  const L = 40;
  const p = legtPredictorFixture(N, 1 / L);
  const sig = sineSignals(3, L, 3); // odd batch: the FFT path pairs rows, the last one alone
  const set = sequenceSet(sig);
  const R = set.to - set.from;
  const w = Array.from({ length: 3 * R }, (_, i) => Math.cos(0.37 * i));
  const objective = (q: typeof p): number => {
    let s = 0;
    for (let b = 0; b < 3; b++) {
      const o = scanPredict(q, sig[b]);
      for (let k = set.from; k < set.to; k++) s += w[b * R + k - set.from] * o[k];
    }
    return s;
  };
  const h = 1e-6;
  const perturbed = (name: 'Abar' | 'Bbar' | 'Cbar' | 'Dbar', i: number, d: number): typeof p => {
    if (name === 'Dbar') return { ...p, Dbar: p.Dbar + d };
    if (name === 'Abar') {
      const data = Float64Array.from(p.Abar.data);
      data[i] += d;
      return { ...p, Abar: { ...p.Abar, data } };
    }
    const v = Float64Array.from(p[name]);
    v[i] += d;
    return { ...p, [name]: v };
  };

  for (const conv of ['fft', 'toeplitz'] as const) {
    it(`${conv} convolution: d/dAbar, d/dBbar, d/dCbar, d/dDbar match finite differences`, () => {
      const model = trainablePredictor(p, { setting: 'IV', conv, block: 7 });
      const names = ['Abar', 'Bbar', 'Cbar', 'Dbar'] as const;
      const vars = names.map((n) => model.params[n]);
      const wT = tf.tensor2d(w, [3, R]);
      const { value, grads } = tf.variableGrads(
        () =>
          model
            .predict(set, Int32Array.of(0, 1, 2))
            .mul(wT)
            .sum() as TF.Scalar,
        vars,
      );
      expect(Math.abs(value.dataSync()[0] - objective(p))).toBeLessThan(1e-4 * Math.abs(objective(p)));
      names.forEach((name, v) => {
        const g = grads[vars[v].name].dataSync();
        const fd = Array.from(
          g,
          (_, i) => (objective(perturbed(name, i, h)) - objective(perturbed(name, i, -h))) / (2 * h),
        );
        const scale = Math.max(...fd.map(Math.abs));
        expect(scale).toBeGreaterThan(0.1);
        for (let i = 0; i < g.length; i++)
          expect(Math.abs(g[i] - fd[i])).toBeLessThan(TRAIN_GRAD_REL * scale);
      });
      tf.dispose([value, wT, ...Object.values(grads)]);
      model.dispose();
    });
  }
});

describe('kernel and causal convolutions', () => {
  it('fftCausalConv equals the direct sum (odd batch, offset window) and its K-gradient the direct correlation', () => {
    const L = 21;
    const from = 6;
    const to = 20;
    const u = Array.from({ length: 3 }, (_, b) =>
      Array.from({ length: L }, (_, i) => Math.sin(i + 2 * b) + i / 9),
    );
    const K = tf.tensor1d(Array.from({ length: L }, (_, j) => Math.cos(0.7 * j) / (j + 1)));
    const Kd = K.arraySync();
    const spectra = u.map((row) => inputSpectrum(row, to));
    expect(spectra[0].length).toBe(2 * causalConvFftSize(to));
    expect(causalConvFftSize(to)).toBe(64);
    const g = Array.from({ length: 3 * (to - from) }, (_, i) => Math.sin(1.3 * i));
    const gT = tf.tensor2d(g, [3, to - from]);
    const y = fftCausalConv(spectra, K, from, to).arraySync();
    for (let b = 0; b < 3; b++) {
      for (let k = from; k < to; k++) {
        let ref = 0;
        for (let i = 0; i <= k; i++) ref += Kd[k - i] * u[b][i];
        expect(Math.abs(y[b][k - from] - ref)).toBeLessThan(1e-5 * (1 + Math.abs(ref)));
      }
    }
    const dK = tf
      .grad((k: TF.Tensor) =>
        fftCausalConv(spectra, k as TF.Tensor1D, from, to)
          .mul(gT)
          .sum(),
      )(K)
      .arraySync() as number[];
    expect(dK.length).toBe(L);
    for (let j = 0; j < L; j++) {
      let ref = 0;
      for (let b = 0; b < 3; b++)
        for (let k = Math.max(from, j); k < to; k++) ref += g[b * (to - from) + k - from] * u[b][k - j];
      expect(Math.abs(dK[j] - ref)).toBeLessThan(1e-5 * (1 + Math.abs(ref)));
    }
    expect(() => fftCausalConv(spectra, K, 5, 5)).toThrow(RangeError);
    expect(() => fftCausalConv([inputSpectrum(u[0], 8)], K, 0, to)).toThrow(/length/);
  });

  it('predictorKernel equals Cbar Abar^j Bbar (non-power-of-two length)', () => {
    const p = legtPredictorFixture(5, 1 / 40);
    const K = predictorKernel(
      tf.tensor2d(Float32Array.from(p.Abar.data), [5, 5]),
      tf.tensor1d(Float32Array.from(p.Bbar)),
      tf.tensor1d(Float32Array.from(p.Cbar)),
      37,
    ).dataSync();
    const impulse = new Float64Array(37);
    impulse[0] = 1;
    const h = scanPredict(p, impulse);
    h[0] -= p.Dbar;
    expect(K.length).toBe(37);
    for (let j = 0; j < 37; j++)
      expect(Math.abs(K[j] - h[j])).toBeLessThan(1e-5 * Math.max(...h.map(Math.abs)));
  });

  it('causalConv equals the direct sum for every block size and offset', () => {
    const L = 23;
    const u = Array.from({ length: 2 }, (_, b) =>
      Array.from({ length: L }, (_, i) => Math.sin(i + b) + i / 10),
    );
    const K = Array.from({ length: L }, (_, j) => Math.cos(0.7 * j) / (j + 1));
    for (const [from, to, block] of [
      [0, L, 1024],
      [0, L, 1],
      [5, 20, 4],
      [11, 12, 3],
      [0, 1, 7],
    ]) {
      const y = causalConv(tf.tensor2d(u), tf.tensor1d(K), { from, to, block }).arraySync();
      for (let b = 0; b < 2; b++) {
        for (let k = from; k < to; k++) {
          let ref = 0;
          for (let i = 0; i <= k; i++) ref += K[k - i] * u[b][i];
          expect(Math.abs(y[b][k - from] - ref)).toBeLessThan(1e-5 * (1 + Math.abs(ref)));
        }
      }
    }
    expect(() => causalConv(tf.tensor2d(u), tf.tensor1d(K), { from: 3, to: 3 })).toThrow(RangeError);
  });

  it('causalConvChannels equals the direct per-channel sum', () => {
    const H = 3;
    const L = 9;
    const x = Array.from({ length: H }, (_, h) => [Array.from({ length: L }, (_, i) => Math.sin(h + 2 * i))]);
    const K = Array.from({ length: H }, (_, h) => Array.from({ length: L }, (_, j) => (h + 1) * 0.5 ** j));
    const y = causalConvChannels(tf.tensor3d(x), tf.tensor2d(K)).arraySync();
    for (let h = 0; h < H; h++) {
      for (let k = 0; k < L; k++) {
        let ref = 0;
        for (let i = 0; i <= k; i++) ref += K[h][k - i] * x[h][0][i];
        expect(Math.abs(y[h][0][k] - ref)).toBeLessThan(1e-5);
      }
    }
  });
});
