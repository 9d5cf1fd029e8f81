import { describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { chooseMode, predictNext, predictNextBatch } from '../../src/ssm/predictNext.ts';
import { fftPredict, isKernelCached } from '../../src/ssm/fftPredict.ts';
import { scan } from '../../src/ssm/scan.ts';
import { legtPredictor, linearExtrapolator, randomPredictor, randomSequence, relErr } from './fixtures.ts';
import { SSM_BATCH_FFT_REL, SSM_ROLLOUT_CONST, SSM_SCAN_FFT_REL, SSM_STRUCTURED_REL } from '../tolerances.ts';

describe('predictNext', () => {
  it('with teacherRatio = 1 equals the plain scan in every mode', () => {
    const p = randomPredictor(10, 4);
    const u = randomSequence(300, 5);
    const ref = scan(p, [u])[0];
    expect(Array.from(predictNext(p, u, { mode: 'scan' }))).toEqual(Array.from(ref));
    expect(relErr(ref, predictNext(p, u, { mode: 'fft' }))).toBeLessThan(SSM_SCAN_FFT_REL);
    expect(relErr(ref, predictNext(p, u))).toBeLessThan(SSM_SCAN_FFT_REL);
    expect(relErr(ref, predictNext(p, Array.from(u), { teacherRatio: 1 }))).toBeLessThan(SSM_SCAN_FFT_REL);
  });

  it('rolls out after ceil(teacherRatio L) true samples; a predictor exact for constants keeps a constant', () => {
    const p = linearExtrapolator();
    const c = new Float64Array(50).fill(3.5);
    for (const ratio of [0.05, 0.5, 0.99]) {
      const out = predictNext(p, c, { teacherRatio: ratio });
      expect(Array.from(out.subarray(1))).toEqual(Array.from(c.subarray(1)));
    }
    // the rollout sees only the prefix: changing u after it changes nothing
    const u = randomSequence(40, 3);
    const v = Float64Array.from(u);
    v.fill(9, 12);
    const q = randomPredictor(4, 2, 0.7);
    expect(Array.from(predictNext(q, u, { teacherRatio: 0.3 }))).toEqual(
      Array.from(predictNext(q, v, { teacherRatio: 0.3 })),
    );
    expect(Array.from(predictNext(q, u, { teacherRatio: 0.3 }))).toEqual(
      Array.from(scan(q, [u], { teacherSteps: 12 })[0]),
    );
  });

  it('batches sequences of different lengths like one-by-one calls', () => {
    const p = randomPredictor(8, 6);
    const us = [randomSequence(50, 1), randomSequence(80, 2), randomSequence(50, 3), randomSequence(1, 4)];
    for (const mode of ['scan', 'fft', 'auto'] as const) {
      const batch = predictNextBatch(p, us, { mode });
      us.forEach((u, b) =>
        expect(relErr(predictNext(p, u, { mode }), batch[b]), `${mode} ${b}`).toBeLessThan(SSM_BATCH_FFT_REL),
      );
    }
    const rolled = predictNextBatch(p, us, { teacherRatio: 0.5 });
    us.forEach((u, b) =>
      expect(Array.from(rolled[b])).toEqual(Array.from(predictNext(p, u, { teacherRatio: 0.5 }))),
    );
  });

  it('auto picks the scan for rollouts, LegS, short or tiny cases, else the FFT, charging half an uncached kernel', () => {
    const p = randomPredictor(64, 1);
    // dense N = 64: an uncached kernel (P M steps) charged at half, plus the convolution, beats one scan of L steps
    expect(chooseMode(p, 1, 100_000, 1)).toBe('fft');
    expect(chooseMode(p, 10, 100_000, 1)).toBe('fft');
    expect(chooseMode(p, 10, 100_000, 0.5)).toBe('scan');
    expect(chooseMode(randomPredictor(2, 1), 1, 1000, 1)).toBe('scan');
    // a cached kernel only lowers the FFT's cost: dense N = 12, one sequence of 1000 scans ~130 us vs ~70 us of
    // convolution once the kernel is cached
    const q = randomPredictor(12, 3);
    expect(isKernelCached(q, 1000)).toBe(false);
    fftPredict(q, [randomSequence(1000, 1)]);
    expect(isKernelCached(q, 1000)).toBe(true);
    expect(chooseMode(q, 1, 1000, 1)).toBe('fft');
    const legs = prophecy(hippo('legs', 4), { dt: 1e-3 });
    expect(chooseMode(legs, 10, 100_000, 1)).toBe('scan');
  });

  it('predictNext once per sequence equals the batched FFT and computes the kernel only on the first call', () => {
    const p = legtPredictor(48, 1e-4);
    const us = [1, 2, 3, 4].map((s) => randomSequence(3000, s));
    const first = predictNext(p, us[0]);
    expect(isKernelCached(p, 3000)).toBe(true);
    const rest = us.slice(1).map((u) => predictNext(p, u));
    const ref = scan(p, us);
    [first, ...rest].forEach((o, b) => expect(relErr(ref[b], o)).toBeLessThan(SSM_SCAN_FFT_REL));
  });

  it('rejects bad input naming the argument and index', () => {
    const p = randomPredictor(3, 1);
    expect(() => predictNext(p, [1, NaN, 2])).toThrow(/predictNext: u\[1\] must be a finite number, got NaN/);
    expect(() => predictNext(p, [1, 2, Infinity])).toThrow(/u\[2\] must be a finite number, got Infinity/);
    expect(() => predictNext(p, [1, null as unknown as number])).toThrow(
      /u\[1\] must be a finite number, got null/,
    );
    expect(() => predictNext(p, 'abc' as unknown as number[])).toThrow(TypeError);
    expect(() => predictNext(p, [1, 2], { teacherRatio: 1.5 })).toThrow(
      /teacherRatio must lie in \[0, 1\], got 1.5/,
    );
    expect(() => predictNext(p, [1, 2], { teacherRatio: -0.1 })).toThrow(RangeError);
    expect(() => predictNext(p, [1, 2], { mode: 'fast' as 'fft' })).toThrow(
      /mode must be one of auto, scan, fft/,
    );
    expect(() => predictNext(p, [1, 2], { mode: 'fft', teacherRatio: 0.5 })).toThrow(
      /mode 'fft' needs teacherRatio = 1/,
    );
    const legs = prophecy(hippo('legs', 3), { dt: 1e-3 });
    expect(() => predictNext(legs, [1, 2], { mode: 'fft' })).toThrow(/time-varying/);
    expect(() => predictNextBatch(p, [[1], [2, NaN]])).toThrow(/us\[1\]\[1\] must be a finite number/);
    expect(predictNext(p, []).length).toBe(0);
  });
});

describe('predictNext with the real prophecy predictor', () => {
  it('agrees with the independent fixture LegT predictor and uses its O(N) structure', () => {
    const p = prophecy(hippo('legt', 40, { theta: 1 }), { dt: 1e-3 });
    expect(p.legtFactor).toBeDefined();
    const u = randomSequence(400, 12);
    const ref = scan(legtPredictor(40, 1e-3), [u], { structured: false })[0];
    expect(relErr(ref, predictNext(p, u, { mode: 'scan' }))).toBeLessThan(SSM_STRUCTURED_REL);
    expect(relErr(ref, predictNext(p, u, { mode: 'fft' }))).toBeLessThan(SSM_SCAN_FFT_REL);
    const q = prophecy(hippo('legt', 40), { dt: 1e-3, authorsFirstStep: true });
    expect(relErr(scan(q, [u])[0], fftPredict(q, [u])[0])).toBeLessThan(SSM_SCAN_FFT_REL);
  });

  it('keeps a constant under LegS teacher forcing and rollout (prophecy LegS, N = 1 and 3)', () => {
    // (N even hits D/(2(k+1)) = 1 - 1 ulp at k = N^2/2 - 1, where legsOutputStep's trapezoid is singular; and for
    // N >= 4 the rollout's closed loop amplifies rounding exponentially: both are properties of the predictor)
    for (const N of [1, 3]) {
      const p = prophecy(hippo('legs', N), { dt: 1e-3 });
      const u = new Float64Array(300).fill(-0.4);
      for (const v of predictNext(p, u)) expect(Math.abs(v + 0.4)).toBeLessThan(1e-14);
      for (const v of predictNext(p, u, { teacherRatio: 0 }))
        expect(Math.abs(v + 0.4)).toBeLessThan(SSM_ROLLOUT_CONST);
    }
  });

  it('paper sanity check: LegT N = 17, dt = 1e-4, u = sin(6 pi t) + 0.5 beats copy-last by >= 100x', () => {
    const dt = 1e-4;
    const L = 10_000;
    const u = Float64Array.from({ length: L }, (_, k) => Math.sin(6 * Math.PI * k * dt) + 0.5);
    const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt });
    const out = predictNext(p, u);
    let mse = 0;
    let copy = 0;
    let n = 0;
    for (let k = L / 2; k < L - 1; k++) {
      mse += (out[k] - u[k + 1]) ** 2;
      copy += (u[k] - u[k + 1]) ** 2;
      n++;
    }
    mse /= n;
    copy /= n;
    expect(copy / mse).toBeGreaterThanOrEqual(100);
    // the scan and the FFT agree on it too
    expect(relErr(predictNext(p, u, { mode: 'scan' }), predictNext(p, u, { mode: 'fft' }))).toBeLessThan(
      SSM_SCAN_FFT_REL,
    );
  });
});
