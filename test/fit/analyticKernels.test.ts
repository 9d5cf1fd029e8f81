import { afterEach, describe, expect, it } from 'vitest';
import { identity } from '../../src/linalg/matrix.ts';
import {
  convolutionL1Gradient,
  convolutionPredict,
  convolutionWindow,
  inputSpectra,
} from '../../src/fit/convolutionL1Gradient.ts';
import {
  blockKernel,
  blockKernelGradients,
  kernelBlocks,
  kernelBlockSize,
} from '../../src/fit/kernelBlocks.ts';
import { sequenceSet, type SequenceSet } from '../../src/fit/sequenceSet.ts';
import { statesL1Gradient, statesPredict } from '../../src/fit/statesL1Gradient.ts';
import { sharedStatesStore, statesStore } from '../../src/fit/statesStore.ts';
import { setTrainWasmEnabled, trainWasmAvailable } from '../../src/fit/wasm/trainWasm.ts';
import {
  ANALYTIC_CONV_F32_REL,
  ANALYTIC_KERNEL_REL,
  ANALYTIC_STATES_F32_REL,
  TIGHT,
  TRAIN_CONV_REL,
} from '../tolerances.ts';
import { legtPredictorFixture, sineSignals } from './legtFixture.ts';
import { kernelFromPowers, kernelGradients, predictorPowers } from './naiveKernelAdjoint.ts';

afterEach(() => {
  setTrainWasmEnabled(true);
});

const maxRel = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let d = 0;
  let s = 0;
  for (let i = 0; i < b.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    s = Math.max(s, Math.abs(b[i]));
  }
  return d / s;
};

/** The direct sums: predictions, L1 loss and its gradient with respect to K and Dbar. */
function direct(set: SequenceSet, idx: Int32Array, K: Float64Array, D: number) {
  const { from, to, length: L } = set;
  const R = to - from;
  const B = idx.length;
  const y = new Float64Array(B * R);
  const dK = new Float64Array(to);
  let loss = 0;
  let dD = 0;
  idx.forEach((s, b) => {
    const u = set.inputs64.subarray(s * L, (s + 1) * L);
    for (let k = from; k < to; k++) {
      let v = D * u[k];
      for (let j = 0; j <= k; j++) v += K[j] * u[k - j];
      y[b * R + k - from] = v;
      const r = v - u[k + 1];
      loss += Math.abs(r);
      const g = Math.sign(r) / (B * R);
      dD += g * u[k];
      for (let j = 0; j <= k; j++) dK[j] += g * u[k - j];
    }
  });
  return { y, loss: loss / (B * R), dK, dD };
}

describe('convolutionL1Gradient / convolutionPredict', () => {
  // odd batch (the last sequence alone in its transform), offset window, a repeated row
  const set = sequenceSet(sineSignals(5, 61, 9), { lossFrom: 0.4 });
  const idx = Int32Array.of(4, 0, 2, 2, 1);
  const K = Float64Array.from({ length: set.to }, (_, j) => 0.3 * Math.exp(-0.05 * j) * Math.cos(0.4 * j));
  const D = 0.7;
  const ref = direct(set, idx, K, D);

  for (const wasm of [true, false]) {
    it(`equal the direct sums (${wasm ? 'WebAssembly' : 'JavaScript'} path)`, () => {
      setTrainWasmEnabled(wasm);
      const store = inputSpectra(set);
      expect(store.wasm !== null).toBe(wasm && trainWasmAvailable());
      const r = convolutionL1Gradient(store, idx, K, D);
      expect(Math.abs(r.loss - ref.loss)).toBeLessThan(TRAIN_CONV_REL * ref.loss);
      expect(Math.abs(r.dD - ref.dD)).toBeLessThan(TRAIN_CONV_REL * Math.abs(ref.dD));
      expect(maxRel(r.dK, ref.dK)).toBeLessThan(TRAIN_CONV_REL);
      expect(maxRel(convolutionPredict(store, idx, K, D), ref.y)).toBeLessThan(TRAIN_CONV_REL);
    });
  }

  it('a float32 store (WebAssembly: four sequences per float32 transform) agrees to float32 rounding', () => {
    for (const B of [5, 4, 3, 2, 1]) {
      const rows = idx.subarray(0, B);
      const r64 = direct(set, rows, K, D);
      const store = inputSpectra(set, undefined, 'float32');
      expect(store.precision).toBe(trainWasmAvailable() ? 'float32' : 'float64');
      const r = convolutionL1Gradient(store, rows, K, D);
      expect(Math.abs(r.loss - r64.loss)).toBeLessThan(ANALYTIC_CONV_F32_REL * r64.loss);
      expect(Math.abs(r.dD - r64.dD)).toBeLessThan(ANALYTIC_CONV_F32_REL * Math.abs(r64.dD));
      expect(maxRel(r.dK, r64.dK)).toBeLessThan(ANALYTIC_CONV_F32_REL);
      expect(maxRel(convolutionPredict(store, rows, K, D), r64.y)).toBeLessThan(ANALYTIC_CONV_F32_REL);
    }
    expect(() => inputSpectra(set, undefined, 'float16' as never)).toThrow(RangeError);
  });

  it('a store of selected rows gives the same results for the same sequences', () => {
    const full = convolutionL1Gradient(inputSpectra(set), Int32Array.of(3, 1), K, D);
    const part = convolutionL1Gradient(inputSpectra(set, Int32Array.of(1, 3)), Int32Array.of(1, 0), K, D);
    expect(Math.abs(part.loss - full.loss)).toBeLessThan(TIGHT);
    expect(maxRel(part.dK, full.dK)).toBeLessThan(TRAIN_CONV_REL);
  });

  it('the window size avoids wrap-around into [from, to) and rejects bad input', () => {
    const w = convolutionWindow(5000, 9999);
    expect(w.n).toBeGreaterThanOrEqual(2 * 9999 - 5000 - 1);
    expect(w.n).toBeLessThan(2 * 9999);
    expect(() => convolutionWindow(3, 3)).toThrow(RangeError);
    const store = inputSpectra(set);
    expect(() => convolutionL1Gradient(store, Int32Array.of(), K, D)).toThrow(RangeError);
    expect(() => convolutionL1Gradient(store, Int32Array.of(5), K, D)).toThrow(/outside/);
    expect(() => convolutionPredict(store, Int32Array.of(0), K.subarray(1), D)).toThrow(/taps/);
    expect(() => inputSpectra(set, Int32Array.of(-1))).toThrow(RangeError);
  });
});

describe('kernelBlocks: the two-ended kernel and its adjoint gradients', () => {
  const p = legtPredictorFixture(6, 1 / 200);
  it('match the one-power-at-a-time kernel and the plain adjoint recurrence for every block size', () => {
    for (const T of [1, 2, 3, 17, 200]) {
      const V = predictorPowers(p.Abar.data, p.Bbar, T);
      const K0 = kernelFromPowers(V, p.Cbar);
      const G = Float64Array.from({ length: T }, (_, j) => Math.sin(1.3 * j + 0.2));
      const g0 = kernelGradients(p.Abar.data, p.Cbar, V, G);
      for (const M of [1, 2, 8, 64, kernelBlockSize(T, 6)]) {
        const kb = kernelBlocks(p.Abar.data, p.Bbar, T, M);
        const { K, Cb } = blockKernel(kb, p.Cbar);
        expect(maxRel(K, K0)).toBeLessThan(ANALYTIC_KERNEL_REL);
        const g = blockKernelGradients(kb, Cb, G);
        expect(maxRel(g.dC, g0.dC)).toBeLessThan(ANALYTIC_KERNEL_REL);
        expect(maxRel(g.dB!, g0.dB!)).toBeLessThan(ANALYTIC_KERNEL_REL);
        if (T > 1) expect(maxRel(g.dA!, g0.dA!)).toBeLessThan(ANALYTIC_KERNEL_REL);
        else expect(g.dA!.every((v) => v === 0)).toBe(true);
        expect(blockKernelGradients(kb, Cb, G, false).dA).toBeUndefined();
      }
    }
  });

  it('the plain adjoint recurrence matches finite differences of the kernel (N = 3, T = 9)', () => {
    const q = legtPredictorFixture(3, 0.1);
    const T = 9;
    const G = Float64Array.from({ length: T }, (_, j) => Math.cos(0.7 * j));
    const f = (A: Float64Array, B: Float64Array, C: Float64Array): number =>
      kernelFromPowers(predictorPowers(A, B, T), C).reduce((s, k, j) => s + G[j] * k, 0);
    const A = Float64Array.from(q.Abar.data);
    const g = kernelGradients(A, q.Cbar, predictorPowers(A, q.Bbar, T), G);
    const h = 1e-6;
    const fd = (x: Float64Array, i: number, call: () => number): number => {
      const x0 = x[i];
      x[i] = x0 + h;
      const up = call();
      x[i] = x0 - h;
      const down = call();
      x[i] = x0;
      return (up - down) / (2 * h);
    };
    const B = Float64Array.from(q.Bbar);
    const C = Float64Array.from(q.Cbar);
    for (let i = 0; i < 9; i++) expect(Math.abs(fd(A, i, () => f(A, B, C)) - g.dA![i])).toBeLessThan(1e-8);
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(fd(B, i, () => f(A, B, C)) - g.dB![i])).toBeLessThan(1e-8);
      expect(Math.abs(fd(C, i, () => f(A, B, C)) - g.dC[i])).toBeLessThan(1e-8);
    }
  });

  it('rejects bad shapes and block sizes', () => {
    expect(() => kernelBlocks(p.Abar.data, p.Bbar, 0)).toThrow(RangeError);
    expect(() => kernelBlocks(p.Abar.data, p.Bbar, 10, 3)).toThrow(/power of two/);
    expect(() => kernelBlocks(p.Bbar, p.Bbar, 10)).toThrow(/N\^2/);
    const kb = kernelBlocks(p.Abar.data, p.Bbar, 10);
    expect(() => blockKernel(kb, p.Bbar.subarray(1))).toThrow(RangeError);
    expect(() => blockKernelGradients(kb, blockKernel(kb, p.Cbar).Cb, new Float64Array(9))).toThrow(
      RangeError,
    );
  });
});

describe('statesL1Gradient / statesPredict', () => {
  const N = 8;
  const p = legtPredictorFixture(N, 1 / 80);
  const set = sequenceSet(sineSignals(5, 80, 4));
  const idx = Int32Array.of(3, 1, 4);
  // off the construction, so that no residual is near zero (its sign is then the same in float32 and float64)
  const C = Float64Array.from(p.Cbar, (c, i) => c * (1 + 0.05 * Math.cos(i)));
  const D = p.Dbar + 0.01;
  const K = kernelFromPowers(predictorPowers(p.Abar.data, p.Bbar, set.to), C);
  const ref = direct(set, idx, K, D);
  // dC by the direct correlation: sum_k g[k] x_{k+1} = sum_j dK_j v_j
  const dCref = new Float64Array(N);
  const V = predictorPowers(p.Abar.data, p.Bbar, set.to);
  for (let j = 0; j < set.to; j++) for (let i = 0; i < N; i++) dCref[i] += ref.dK[j] * V[j * N + i];

  for (const wasm of [true, false]) {
    it(`equal the convolution form of the same predictor (${wasm ? 'WebAssembly float32' : 'JavaScript'} path)`, () => {
      setTrainWasmEnabled(wasm);
      const store = statesStore(set, p.Abar, p.Bbar);
      expect(store.wasm !== null).toBe(wasm && trainWasmAvailable());
      const r = statesL1Gradient(store, idx, C, D);
      expect(Math.abs(r.loss - ref.loss)).toBeLessThan(ANALYTIC_STATES_F32_REL * ref.loss);
      expect(Math.abs(r.dD - ref.dD)).toBeLessThan(ANALYTIC_STATES_F32_REL * Math.abs(ref.dD));
      expect(maxRel(r.dC, dCref)).toBeLessThan(ANALYTIC_STATES_F32_REL);
      const y = statesPredict(store, idx, C, D);
      const scale = Math.max(...C.map(Math.abs)) * N;
      for (let i = 0; i < y.length; i++)
        expect(Math.abs(y[i] - ref.y[i])).toBeLessThan(ANALYTIC_STATES_F32_REL * scale);
    });
  }

  it('the shared store is computed once per (set, Abar, Bbar) and refused above the byte limit', () => {
    const a = sharedStatesStore(set, p.Abar, p.Bbar);
    expect(sharedStatesStore(set, p.Abar, p.Bbar)).toBe(a);
    expect(sharedStatesStore(set, identity(N), p.Bbar)).not.toBe(a);
    expect(sharedStatesStore(set, p.Abar, p.Bbar, 100)).toBeNull();
    const store = statesStore(set, p.Abar, p.Bbar);
    expect(() => statesL1Gradient(store, idx, C.subarray(1), D)).toThrow(RangeError);
    expect(() => statesPredict(store, Int32Array.of(5), C, D)).toThrow(/outside/);
    expect(() => statesStore(set, p.Abar, p.Bbar, Int32Array.of(9))).toThrow(RangeError);
  });
});
