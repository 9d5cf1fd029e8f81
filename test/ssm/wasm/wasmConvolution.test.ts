import { afterEach, describe, expect, it } from 'vitest';
import { complexFft } from '../../../src/ssm/fft/complexFft.ts';
import { causalConvolveInto, convolutionSpectrum } from '../../../src/ssm/fft/convolution.ts';
import { fastRealFftSize } from '../../../src/ssm/fft/fftSize.ts';
import { realFftPlan } from '../../../src/ssm/fft/plan.ts';
import { fftPredictUnchecked } from '../../../src/ssm/fftPredict.ts';
import { kernel } from '../../../src/ssm/kernel.ts';
import { directConvolution, naiveDft } from '../../../src/ssm/reference/index.ts';
import { scan } from '../../../src/ssm/scan.ts';
import { convolveBankInto, setBankInput, spectrumBank } from '../../../src/ssm/transforms.ts';
import {
  causalConvolveWasmInto,
  complexFftWasm,
  legtKernelWasm,
  setWasmConvolutionEnabled,
  wasmConvolutionAvailable,
} from '../../../src/ssm/wasm/index.ts';
import { maxRelDiff as maxRel } from '../../helpers/numeric.ts';
import { REAL_FFT_REL, SSM_SCAN_FFT_REL, SSM_STRUCTURED_REL } from '../../tolerances.ts';
import { FFT_SIZES, legtPredictor, randomPredictor, randomSequence, relErr } from '../fixtures.ts';

function wasmFft(z: Float64Array, m: number, halfIn = false, halfOut = false): Float64Array {
  const r = complexFftWasm(z, m, halfIn, halfOut);
  if (!r) throw new Error('WebAssembly path unavailable');
  return r;
}

afterEach(() => {
  setWasmConvolutionEnabled(true);
});

describe('WebAssembly SIMD FFT and convolution', () => {
  it('is available on Node >= 20 (WebAssembly with SIMD)', () => {
    expect(wasmConvolutionAvailable()).toBe(true);
  });

  it('complex transform equals the naive DFT for 5-smooth sizes', () => {
    for (const m of FFT_SIZES) {
      const z = randomSequence(2 * m, 9100 + m);
      expect(maxRel(wasmFft(z, m), naiveDft(z, m)), `m ${m}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('complex transform equals the JS transform bit for bit (one definition of the butterflies), full and pruned', () => {
    for (const m of [...FFT_SIZES, 2048, 3072, 4096, 5120, 6000, 10_240, 16_384, 32_768, 38_880]) {
      const z = randomSequence(2 * m, 9300 + m);
      expect(wasmFft(z, m), `m ${m}`).toEqual(complexFft(z, m));
      // upper half zero: first radix-8 stage pruned; only the lower half of the output compared when halfOut
      const zh = z.slice();
      zh.fill(0, m);
      const ref = complexFft(zh, m);
      expect(wasmFft(zh, m, true, false), `halfIn m ${m}`).toEqual(ref);
      expect(wasmFft(zh, m, true, true).subarray(0, m), `half m ${m}`).toEqual(ref.subarray(0, m));
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
      expect(
        maxRel(out.subarray(5), directConvolution(K, long.subarray(0, L), L, -1.5)),
        `L ${L}`,
      ).toBeLessThan(REAL_FFT_REL);
    }
    // and a size switch back and forth
    for (const L of [50, 1000, 50]) {
      const p = realFftPlan(fastRealFftSize(2 * L - 1));
      const K = randomSequence(L, 4 + L);
      const out = new Float64Array(L);
      causalConvolveWasmInto(p, convolutionSpectrum(p, K), long, L, out, 0, 0);
      expect(maxRel(out, directConvolution(K, long, L)), `switch L ${L}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('equals the JS convolution bit for bit at L = 10^4 (n = 20480) and its input is not modified', () => {
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
    expect(b).toEqual(a);
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
      expect(wa).toEqual(js);
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
      const f = p.legtFactor;
      expect(f, `N ${N}`).toBeDefined();
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

  it('a bank of packed spectra convolved with several kernels gives the bits of causalConvolve, wasm and JS', () => {
    for (const L of [1, 2, 3, 64, 999, 2500]) {
      const plan = realFftPlan(fastRealFftSize(2 * L - 1));
      const us = [1, 2, 3].map((s) => randomSequence(L, 60 * L + s));
      const Cs = [4, 5].map((s) => convolutionSpectrum(plan, randomSequence(L, 70 * L + s)));
      const direct = (C: Float64Array, u: Float64Array) => {
        const out = new Float64Array(L);
        causalConvolveInto(plan, C, u, L, out, 0, -0.7);
        return out;
      };
      for (const wasm of [true, false]) {
        setWasmConvolutionEnabled(wasm);
        const bank = spectrumBank(plan, us.length);
        expect(bank.wasm !== null, `wasm ${wasm}`).toBe(wasm);
        us.forEach((u, q) => setBankInput(bank, q, u, L));
        for (const C of Cs) {
          us.forEach((u, q) => {
            const out = new Float64Array(L + 1).fill(9);
            convolveBankInto(bank, q, C, u, L, out, 1, -0.7);
            expect(out[0]).toBe(9);
            expect(out.subarray(1), `L ${L} wasm ${wasm}`).toEqual(direct(C, u));
          });
        }
      }
    }
  });

  it('refuses a WebAssembly bank invalidated by a transform of another size', () => {
    const plan = realFftPlan(64);
    const bank = spectrumBank(plan, 1);
    setBankInput(bank, 0, randomSequence(10, 1), 10);
    complexFftWasm(new Float64Array(2 * 20), 20);
    expect(() => setBankInput(bank, 0, randomSequence(10, 1), 10)).toThrow(/bank was invalidated/);
  });
});
