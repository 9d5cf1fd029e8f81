import { describe, expect, it } from 'vitest';
import { fftPredict, fftSizeFor, isKernelCached } from '../../src/ssm/fftPredict.ts';
import { stageRadices } from '../../src/ssm/fft/plan.ts';
import { scan } from '../../src/ssm/scan.ts';
import { legtPredictor, legsPredictor, randomPredictor, randomSequence, relErr } from './fixtures.ts';
import { SSM_SCAN_FFT_REL } from '../tolerances.ts';

describe('fftPredict', () => {
  it('sizes the FFT to a real transform of n >= 2L - 1, n/2 even and 5-smooth, within 2x (fastRealFftSize)', () => {
    for (const L of [0, 1, 2, 3, 4, 5, 99, 1000, 1024, 1025, 4900, 10_000, 100_000]) {
      const n = fftSizeFor(L);
      expect(n % 4, `L ${L}`).toBe(0);
      expect(n, `L ${L}`).toBeGreaterThanOrEqual(Math.max(4, 2 * L - 1));
      expect(n, `L ${L}`).toBeLessThanOrEqual(Math.max(4, 4 * L));
      expect(stageRadices(n / 2), `L ${L}`).not.toBeNull();
    }
    // the modelled cost picks 2^12 5 for L = 10^4, where the next power of two is 32768
    expect([1000, 10_000].map(fftSizeFor)).toEqual([2048, 20_480]);
  });

  it('equals the scan (relative to max |uhat|) for several N and L, including L = 1, 2 and non-powers of two', () => {
    for (const N of [1, 4, 17, 40]) {
      const p = N === 17 ? legtPredictor(17, 1e-3) : randomPredictor(N, N, 0.98);
      for (const L of [1, 2, 3, 7, 100, 513, 1000]) {
        const u = randomSequence(L, 31 * N + L);
        expect(relErr(scan(p, [u])[0], fftPredict(p, [u])[0]), `N ${N} L ${L}`).toBeLessThan(
          SSM_SCAN_FFT_REL,
        );
      }
    }
  });

  it('equals the scan on the LegT predictor with a long memory (N = 64, dt = 1e-4, L = 5000)', () => {
    const p = legtPredictor(64, 1e-4);
    const u = Float64Array.from({ length: 5000 }, (_, k) => Math.sin(6 * Math.PI * k * 1e-4) + 0.5);
    expect(relErr(scan(p, [u])[0], fftPredict(p, [u])[0])).toBeLessThan(SSM_SCAN_FFT_REL);
  });

  it('equals the scan when lengths sharing one 5-smooth FFT size reuse or extend the cached kernel spectrum', () => {
    // L = 4900 and 5000 both use n = 10240: the 4900-tap spectrum cannot serve 5000, the 5000-tap one serves 4900
    const p = legtPredictor(17, 1e-4);
    for (const L of [4900, 5000, 4900]) {
      const u = randomSequence(L, L);
      expect(relErr(scan(p, [u])[0], fftPredict(p, [u])[0]), `L ${L}`).toBeLessThan(SSM_SCAN_FFT_REL);
    }
  });

  it('gives the one-by-one results bit for bit when batched (odd and even batch sizes) and for strided input', () => {
    const p = randomPredictor(6, 3);
    for (const B of [2, 5]) {
      const us = Array.from({ length: B }, (_, b) => randomSequence(77, b));
      const batched = fftPredict(p, us);
      us.forEach((u, b) => expect(fftPredict(p, [u])[0]).toEqual(batched[b]));
      const data = new Float64Array(B * 77);
      us.forEach((u, b) => data.set(u, b * 77));
      const strided = fftPredict(p, { data, batch: B, length: 77 });
      expect(Array.from(strided.data.subarray(77, 154))).toEqual(Array.from(batched[1]));
    }
  });

  it('caches the kernel per predictor object, reusing it for shorter and equal lengths', () => {
    const p = randomPredictor(5, 21);
    expect(isKernelCached(p, 100)).toBe(false);
    const u = randomSequence(100, 1);
    const a = fftPredict(p, [u])[0];
    expect(isKernelCached(p, 100)).toBe(true);
    expect(isKernelCached(p, 60)).toBe(true);
    expect(Array.from(fftPredict(p, [u])[0])).toEqual(Array.from(a));
    // a longer sequence extends the kernel; results still equal the scan
    const v = randomSequence(1200, 2);
    expect(relErr(scan(p, [v])[0], fftPredict(p, [v])[0])).toBeLessThan(SSM_SCAN_FFT_REL);
    expect(isKernelCached(p, 1200)).toBe(true);
    expect(relErr(scan(p, [u])[0], fftPredict(p, [u])[0])).toBeLessThan(SSM_SCAN_FFT_REL);
    expect(isKernelCached(randomPredictor(5, 21), 100)).toBe(false);
  });

  it('equals the scan for long sequences split into many blocks, single and batched (odd and even B)', () => {
    const p = legtPredictor(40, 1e-4);
    for (const L of [2047, 5000, 10_000]) {
      const us = [1, 2, 3].map((s) => randomSequence(L, 7 * L + s));
      const ref = scan(p, us);
      const one = us.map((u) => fftPredict(p, [u])[0]);
      const all = fftPredict(p, us);
      us.forEach((_, b) => {
        expect(relErr(ref[b], one[b]), `L ${L} b ${b} single`).toBeLessThan(SSM_SCAN_FFT_REL);
        expect(relErr(ref[b], all[b]), `L ${L} b ${b} batched`).toBeLessThan(SSM_SCAN_FFT_REL);
      });
    }
  });

  it("applies the authors' first-step quirk like the scan", () => {
    const p = legtPredictor(9, 1e-2, 1, true);
    const u = randomSequence(50, 8);
    expect(relErr(scan(p, [u])[0], fftPredict(p, [u])[0])).toBeLessThan(SSM_SCAN_FFT_REL);
  });

  it('refuses time-varying predictors and bad input', () => {
    expect(() => fftPredict(legsPredictor(3, 1e-3), [[1, 2]])).toThrow(/time-varying/);
    expect(() => fftPredict(randomPredictor(2, 1), [[1, Infinity]])).toThrow(
      /input\[0\]\[1\] must be a finite/,
    );
    expect(fftPredict(randomPredictor(2, 1), [])).toEqual([]);
  });
});
