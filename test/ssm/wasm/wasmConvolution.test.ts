import { afterEach, describe, expect, it } from 'vitest';
import { fftPredictUnchecked } from '../../../src/ssm/fftPredict.ts';
import { kernel } from '../../../src/ssm/kernel.ts';
import { structuredFactorFor } from '../../../src/ssm/stepper.ts';
import {
  causalConvolveInto,
  complexFft,
  convolutionSpectrum,
  fastRealFftSize,
  realFftPlan,
} from '../../../src/ssm/realFft.ts';
import {
  causalConvolveWasmInto,
  complexFftWasm,
  legtKernelWasm,
  setWasmConvolutionEnabled,
  wasmConvolutionAvailable,
} from '../../../src/ssm/wasm/wasmConvolution.ts';
import { scan } from '../../../src/ssm/scan.ts';
import { REAL_FFT_REL, SSM_SCAN_FFT_REL, SSM_STRUCTURED_REL, WASM_JS_FFT_REL } from '../../tolerances.ts';
import { legtPredictor, naiveDft, randomPredictor, randomSequence, relErr } from '../fixtures.ts';

/** direct causal sum out_t = sum_{j<=t, j<K.length} K_j u_{t-j} + dbar u_t */
function directConvolution(K: Float64Array, u: Float64Array, L: number, dbar: number): Float64Array {
  const out = new Float64Array(L);
  for (let t = 0; t < L; t++) {
    let s = dbar * u[t];
    for (let j = 0; j <= t && j < K.length; j++) s += K[j] * u[t - j];
    out[t] = s;
  }
  return out;
}

function maxRel(a: ArrayLike<number>, b: ArrayLike<number>, count = b.length): number {
  let d = 0;
  let s = 0;
  for (let i = 0; i < count; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    s = Math.max(s, Math.abs(b[i]));
  }
  return d / s;
}

function wasmFft(z: Float64Array, m: number, halfIn = false, halfOut = false): Float64Array {
  const r = complexFftWasm(z, m, halfIn, halfOut);
  if (!r) throw new Error('WebAssembly path unavailable');
  return r;
}

/** every radix alone and as the last stage (odd last radices included), powers of two, 5-smooth mixes */
const SIZES = [
  1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25, 27, 30, 32, 45, 60, 64, 75, 81, 96, 100, 120, 125, 128, 243,
  250, 256, 360, 500, 512, 625, 640, 1000, 1024, 1080,
];

afterEach(() => {
  setWasmConvolutionEnabled(true);
});

describe('WebAssembly SIMD FFT and convolution', () => {
  it('is available on Node >= 20 (WebAssembly with SIMD)', () => {
    expect(wasmConvolutionAvailable()).toBe(true);
  });

  it('complex transform equals the naive DFT for 5-smooth sizes', () => {
    for (const m of SIZES) {
      const z = randomSequence(2 * m, 9100 + m);
      expect(maxRel(wasmFft(z, m), naiveDft(z, m)), `m ${m}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('complex transform equals the JS transform for large sizes, in full and pruned (half in / half out)', () => {
    for (const m of [2048, 3072, 4096, 5120, 6000, 10_240, 16_384, 32_768, 38_880]) {
      const z = randomSequence(2 * m, 9300 + m);
      expect(maxRel(wasmFft(z, m), complexFft(z, m)), `m ${m}`).toBeLessThan(WASM_JS_FFT_REL);
      // upper half zero: first radix-8 stage pruned; only the lower half of the output compared when halfOut
      const zh = z.slice();
      zh.fill(0, m);
      const ref = complexFft(zh, m);
      expect(maxRel(wasmFft(zh, m, true, false), ref), `halfIn m ${m}`).toBeLessThan(WASM_JS_FFT_REL);
      expect(maxRel(wasmFft(zh, m, true, true), ref, m), `half m ${m}`).toBeLessThan(WASM_JS_FFT_REL);
    }
  });

  it('causal convolution equals the direct sum for every L up to 130 and assorted L to 3000', () => {
    const Ls = [...Array.from({ length: 130 }, (_, i) => i + 1), 257, 500, 999, 1000, 1024, 1500, 2047, 3000];
    for (const L of Ls) {
      const n = fastRealFftSize(2 * L - 1);
      const plan = realFftPlan(n);
      const K = randomSequence(L, 9500 + L);
      const u = randomSequence(L, 9700 + L);
      const out = new Float64Array(L);
      expect(causalConvolveWasmInto(plan, convolutionSpectrum(plan, K), u, L, out, 0, 0.3)).toBe(true);
      expect(maxRel(out, directConvolution(K, u, L, 0.3)), `L ${L} n ${n}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('keeps the zero padding and kernel right when L and the kernel change on one plan; honours offsets', () => {
    const plan = realFftPlan(2048);
    const K1 = randomSequence(400, 1);
    const K2 = randomSequence(400, 2);
    const C1 = convolutionSpectrum(plan, K1);
    const C2 = convolutionSpectrum(plan, K2);
    // longer L first, then shorter (stale input beyond L must be cleared), switching kernels in between
    const long = randomSequence(1200, 3);
    for (const [L, K, C] of [
      [1000, K1, C1],
      [300, K2, C2],
      [1000, K2, C2],
      [7, K1, C1],
      [1000, K1, C1],
    ] as const) {
      const out = new Float64Array(L + 5);
      out.fill(42);
      expect(causalConvolveWasmInto(plan, C, long, L, out, 5, -1.5)).toBe(true);
      expect(Array.from(out.subarray(0, 5))).toEqual([42, 42, 42, 42, 42]);
      expect(maxRel(out.subarray(5), directConvolution(K, long, L, -1.5)), `L ${L}`).toBeLessThan(
        REAL_FFT_REL,
      );
    }
    // and a size switch back and forth
    for (const L of [50, 1000, 50]) {
      const p = realFftPlan(fastRealFftSize(2 * L - 1));
      const K = randomSequence(L, 4 + L);
      const out = new Float64Array(L);
      causalConvolveWasmInto(p, convolutionSpectrum(p, K), long, L, out, 0, 0);
      expect(maxRel(out, directConvolution(K, long, L, 0)), `switch L ${L}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('equals the JS convolution at L = 10^4 (n = 20480) and its input is not modified', () => {
    const L = 10_000;
    const plan = realFftPlan(fastRealFftSize(2 * L - 1));
    const K = Float64Array.from({ length: L }, (_, j) => Math.exp(-j / 300) * Math.cos(j / 17));
    const u = randomSequence(L, 77);
    const copy = u.slice();
    const C = convolutionSpectrum(plan, K);
    const a = new Float64Array(L);
    const b = new Float64Array(L);
    causalConvolveInto(plan, C, u, L, a, 0, 0.25);
    causalConvolveWasmInto(plan, C, u, L, b, 0, 0.25);
    expect(maxRel(b, a)).toBeLessThan(WASM_JS_FFT_REL);
    expect(u).toEqual(copy);
  });

  it('falls back to the JS path when disabled; the FFT path agrees both ways and with the scan', () => {
    setWasmConvolutionEnabled(false);
    expect(wasmConvolutionAvailable()).toBe(false);
    expect(complexFftWasm(new Float64Array(8), 4)).toBeNull();
    const plan = realFftPlan(16);
    expect(
      causalConvolveWasmInto(
        plan,
        convolutionSpectrum(plan, Float64Array.of(1)),
        new Float64Array(4),
        4,
        new Float64Array(4),
        0,
        0,
      ),
    ).toBe(false);
    for (const p of [legtPredictor(17, 1e-3), randomPredictor(5, 11, 0.97)]) {
      const us = [randomSequence(3001, 5), randomSequence(3001, 6)];
      setWasmConvolutionEnabled(false);
      const js = fftPredictUnchecked(p, us, 3001, 'test');
      setWasmConvolutionEnabled(true);
      const wa = fftPredictUnchecked(p, us, 3001, 'test');
      expect(maxRel(wa, js)).toBeLessThan(WASM_JS_FFT_REL);
      const ref = scan(p, us);
      expect(relErr(ref[0], wa.subarray(0, 3001))).toBeLessThan(SSM_SCAN_FFT_REL);
      expect(relErr(ref[1], wa.subarray(3001))).toBeLessThan(SSM_SCAN_FFT_REL);
    }
  });

  it('two-sided LegT kernel (wasm and its JS fallback) equals the dense one-sided kernel, every L parity', () => {
    for (const [N, dt, L] of [
      [48, 1e-3, 2000],
      [17, 1e-4, 1],
      [17, 1e-4, 2],
      [17, 1e-4, 3],
      [5, 1e-2, 101],
      [64, 1e-4, 1000],
    ] as const) {
      const p = legtPredictor(N, dt);
      const f = structuredFactorFor(p);
      expect(f, `N ${N}`).not.toBeNull();
      // the dense Abar chain: independent of the structured factor
      const ref = kernel(p, L, { structured: false });
      const wa = legtKernelWasm(f!, p.Bbar, p.Cbar, L);
      expect(wa).not.toBeNull();
      expect(relErr(ref, wa!), `wasm N ${N} L ${L}`).toBeLessThan(SSM_STRUCTURED_REL);
      expect(relErr(ref, kernel(p, L, { structured: true })), `wasm via kernel N ${N} L ${L}`).toBeLessThan(
        SSM_STRUCTURED_REL,
      );
      setWasmConvolutionEnabled(false);
      expect(legtKernelWasm(f!, p.Bbar, p.Cbar, L)).toBeNull();
      expect(relErr(ref, kernel(p, L, { structured: true })), `JS N ${N} L ${L}`).toBeLessThan(
        SSM_STRUCTURED_REL,
      );
      setWasmConvolutionEnabled(true);
    }
  });
});
