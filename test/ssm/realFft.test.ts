import { describe, expect, it } from 'vitest';
import {
  causalConvolveInto,
  complexFft,
  complexFftPlan,
  convolutionSpectrum,
  fastRealFftSize,
  inverseRealFft,
  realFft,
  realFftPlan,
} from '../../src/ssm/realFft.ts';
import { REAL_FFT_REL } from '../tolerances.ts';
import { naiveDft, randomSequence } from './fixtures.ts';

function maxRel(a: ArrayLike<number>, b: ArrayLike<number>, count = b.length): number {
  let d = 0;
  let s = 0;
  for (let i = 0; i < count; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    s = Math.max(s, Math.abs(b[i]));
  }
  return d / s;
}

/** the sizes: every radix alone, pure powers of two (radix 8 with 4 4 / 4 / 2 tails), 5-smooth mixes */
const COMPLEX_SIZES = [
  1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25, 27, 30, 32, 45, 60, 64, 75, 81, 96, 100, 120, 125, 128, 243,
  250, 256, 360, 500, 512, 625, 640, 1000, 1024, 1080,
];

describe('complexFft (mixed-radix Stockham)', () => {
  it('equals the naive DFT for 5-smooth sizes', () => {
    for (const m of COMPLEX_SIZES) {
      const z = randomSequence(2 * m, 7000 + m);
      expect(maxRel(complexFft(z, m), naiveDft(z, m)), `m ${m}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('maps a unit impulse at j to the pure tone exp(-2 pi i j k / m) and leaves its input untouched', () => {
    const m = 40;
    const z = new Float64Array(2 * m);
    z[2 * 3] = 1;
    const Z = complexFft(z, m);
    for (let k = 0; k < m; k++) {
      expect(Z[2 * k]).toBeCloseTo(Math.cos((-2 * Math.PI * 3 * k) / m), 13);
      expect(Z[2 * k + 1]).toBeCloseTo(Math.sin((-2 * Math.PI * 3 * k) / m), 13);
    }
    expect(z[6]).toBe(1);
  });

  it('rejects sizes with a prime factor above 5 and bad lengths', () => {
    expect(() => complexFftPlan(14)).toThrow(RangeError);
    expect(() => complexFftPlan(0)).toThrow(/complexFftPlan: m/);
    expect(() => complexFft(new Float64Array(6), 4)).toThrow(/complexFft: input must have length 2m = 8/);
  });
});

describe('realFft / inverseRealFft', () => {
  it('equal the naive DFT of the zero-padded real signal, and invert each other', () => {
    for (const n of [4, 8, 12, 20, 24, 40, 60, 100, 120, 200, 360, 500, 1000, 1500, 2000, 2048]) {
      const plan = realFftPlan(n);
      const x = randomSequence(n - 3, 100 + n);
      const X = realFft(plan, x);
      const xc = new Float64Array(2 * n);
      x.forEach((v, i) => (xc[2 * i] = v));
      expect(maxRel(X, naiveDft(xc, n), n + 2), `n ${n}`).toBeLessThan(REAL_FFT_REL);
      const back = inverseRealFft(plan, X);
      const padded = new Float64Array(n);
      padded.set(x);
      expect(maxRel(back, padded), `n ${n}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('rejects sizes that are not a multiple of 4 with n/2 5-smooth, and inputs of the wrong length', () => {
    expect(() => realFftPlan(6)).toThrow(RangeError);
    expect(() => realFftPlan(28)).toThrow(/realFftPlan: n must be/);
    expect(() => realFft(realFftPlan(8), new Float64Array(9))).toThrow(/length <= n = 8/);
    expect(() => inverseRealFft(realFftPlan(8), new Float64Array(8))).toThrow(/length 2 \(n\/2 \+ 1\) = 10/);
  });
});

describe('fastRealFftSize', () => {
  it('returns a multiple of 4 >= the needed length with n/2 5-smooth, within 2x, memoized', () => {
    for (const need of [1, 2, 3, 7, 99, 1999, 19_999, 100_001, 199_999]) {
      const n = fastRealFftSize(need);
      expect(n % 4).toBe(0);
      expect(n).toBeGreaterThanOrEqual(need);
      expect(n).toBeLessThanOrEqual(2 * need + 4);
      expect(() => realFftPlan(n)).not.toThrow();
    }
    // 20480 = 2 * 2^11 * 5 beats 20000 = 2 * 2^4 * 5^4 (three radix-5 stages fewer) and 32768
    expect(fastRealFftSize(19_999)).toBe(20_480);
  });
});

describe('causalConvolveInto', () => {
  it('equals the direct causal sum plus dbar u for full and short kernels, odd and even L, at an offset', () => {
    for (const [L, taps] of [
      [1, 1],
      [2, 2],
      [3, 3],
      [7, 7],
      [64, 64],
      [99, 99],
      [100, 30],
      [250, 250],
      [1000, 1000],
      [1001, 400],
    ]) {
      const plan = realFftPlan(fastRealFftSize(Math.max(L + taps - 1, 2 * L)));
      const K = randomSequence(taps, 5 * L + taps);
      const u = randomSequence(L, 3 * L + 1);
      const dbar = 0.37;
      const out = new Float64Array(L + 2).fill(123);
      causalConvolveInto(plan, convolutionSpectrum(plan, K), u, L, out, 1, dbar);
      const ref = new Float64Array(L);
      for (let t = 0; t < L; t++) {
        let s = dbar * u[t];
        for (let j = 0; j <= Math.min(t, taps - 1); j++) s += K[j] * u[t - j];
        ref[t] = s;
      }
      expect(maxRel(out.subarray(1, L + 1), ref), `L ${L}, taps ${taps}`).toBeLessThan(REAL_FFT_REL);
      // only [offset, offset + L) is written
      expect(out[0]).toBe(123);
      expect(out[L + 1]).toBe(123);
    }
  });

  it('is exact at L = n/2 for every stage layout (first stage pruned radix 8 or odd, last stage 8, 4 or 2)', () => {
    // m = 24 [3 8], 30 [3 5 2], 320 [8 5 8], 750 [3 5 5 5 2], 1000 [5 5 5 8], 1024 [8 8 4 4], 1536 [8 8 3 8]
    for (const n of [48, 60, 640, 1500, 2000, 2048, 3072]) {
      const plan = realFftPlan(n);
      const L = n / 2;
      const K = randomSequence(L, n);
      const u = randomSequence(L, n + 1);
      const out = new Float64Array(L);
      causalConvolveInto(plan, convolutionSpectrum(plan, K), u, L, out, 0, 0);
      const ref = new Float64Array(L);
      for (let t = 0; t < L; t++) {
        let s = 0;
        for (let j = 0; j <= t; j++) s += K[j] * u[t - j];
        ref[t] = s;
      }
      expect(maxRel(out, ref), `n ${n}`).toBeLessThan(REAL_FFT_REL);
    }
  });

  it('reuses its work buffers: a second call with other data is unaffected by the first', () => {
    const L = 300;
    const plan = realFftPlan(fastRealFftSize(2 * L - 1));
    const C = convolutionSpectrum(plan, randomSequence(L, 1));
    const u1 = randomSequence(L, 2);
    const u2 = randomSequence(L, 3);
    const a = new Float64Array(L);
    const b = new Float64Array(L);
    causalConvolveInto(plan, C, u2, L, a, 0, 0);
    causalConvolveInto(plan, C, u1, L, b, 0, 0);
    causalConvolveInto(plan, C, u2, L, b, 0, 0);
    expect(b).toEqual(a);
  });
});
