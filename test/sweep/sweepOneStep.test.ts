import { describe, expect, it } from 'vitest';
import { copyLast } from '../../src/baselines/copyLast.ts';
import { oneStepError } from '../../src/metrics/oneStepError.ts';
import { perPositionError } from '../../src/metrics/perPositionError.ts';
import type { AveragingWindow } from '../../src/metrics/resolveWindow.ts';
import { predictNext } from '../../src/ssm/predictNext.ts';
import { predictorFromSpec, sweepKernels, sweepOneStep } from '../../src/sweep/index.ts';
import type { PredictorSpec } from '../../src/sweep/index.ts';
import { generate } from '../../src/systems/generate.ts';
import { SWEEP_VS_SCAN_REL } from '../tolerances.ts';

const L = 800;
const specs: PredictorSpec[] = [
  { measure: 'legt', N: 1, dt: 1 / L },
  { measure: 'legt', N: 9, dt: 1 / L },
  { measure: 'legt', N: 24, dt: 1 / L },
  { measure: 'fout', N: 7, dt: 1 / L },
  { measure: 'lagt', N: 6, theta: 0.05, dt: 1 / L },
  { measure: 'legt', N: 12, theta: 0.2, dt: 1 / L, authorsFirstStep: true },
];
const predictors = specs.map(predictorFromSpec);
// 5 functions (odd: the last FFT pair is half empty), two systems
const functions = [0, 1, 2].map(
  (i) => generate('white-signal', { gamma: 8, length: L, seed: 3, stream: i }).values[0],
);
functions.push(
  ...[0, 1].map((i) => generate('filtered-noise', { alpha: 0.05, length: L, seed: 3, stream: i }).values[0]),
);
const windows: AveragingWindow[] = ['second-half', 'whole', { from: 17, to: 40 }];
const kernels = sweepKernels(predictors, L);

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('sweepOneStep', () => {
  const r = sweepOneStep(functions, kernels, { windows, perPosition: true });
  const M = functions.length;
  const W = windows.length;

  it('equals predictNext (scan) + oneStepError, function by function, for every predictor and window', () => {
    let worst = 0;
    predictors.forEach((p, a) => {
      functions.forEach((u, m) => {
        const out = predictNext(p, u, { mode: 'scan' });
        windows.forEach((window, w) => {
          const ref = oneStepError(out, u, { window });
          worst = Math.max(worst, rel(r.errors[(a * W + w) * M + m], ref));
        });
      });
    });
    expect(worst).toBeLessThan(SWEEP_VS_SCAN_REL);
  });

  it("is predictNext's FFT path: the same errors bit for bit (but for the authors' first step, formed apart)", () => {
    predictors.forEach((p, a) => {
      if (p.authorsFirstStep) return;
      functions.forEach((u, m) => {
        const out = predictNext(p, u, { mode: 'fft' });
        windows.forEach((window, w) => {
          expect(r.errors[(a * W + w) * M + m], `${a} ${m} ${w}`).toBe(oneStepError(out, u, { window }));
        });
      });
    });
  });

  it('computes the copy-last baseline in the same pass', () => {
    functions.forEach((u, m) => {
      windows.forEach((window, w) => {
        expect(rel(r.copyLast[w * M + m], oneStepError(copyLast(u), u, { window }))).toBeLessThan(1e-14);
      });
    });
  });

  it('accumulates per-position sums equal to the sum over functions of perPositionError', () => {
    const a = 2;
    const sum = new Float64Array(L - 1);
    const sq = new Float64Array(L - 1);
    for (const u of functions) {
      const e = perPositionError(predictNext(predictors[a], u, { mode: 'scan' }), u);
      for (let k = 0; k < L - 1; k++) {
        sum[k] += e[k];
        sq[k] += e[k] * e[k];
      }
    }
    const got = r.perPositionSum!.subarray(a * (L - 1), (a + 1) * (L - 1));
    const gotSq = r.perPositionSumSq!.subarray(a * (L - 1), (a + 1) * (L - 1));
    const scale = Math.max(...sum);
    for (let k = 0; k < L - 1; k++) {
      expect(Math.abs(got[k] - sum[k])).toBeLessThan(SWEEP_VS_SCAN_REL * scale);
      expect(Math.abs(gotSq[k] - sq[k])).toBeLessThan(SWEEP_VS_SCAN_REL * scale * scale);
    }
    // the copy-last row P
    const P = predictors.length;
    const cl = perPositionError(copyLast(functions[0]), functions[0]);
    let s = 0;
    for (const u of functions) s += perPositionError(copyLast(u), u)[10];
    expect(r.perPositionSum![P * (L - 1) + 10]).toBeCloseTo(s, 15);
    expect(cl.length).toBe(L - 1);
  });

  it('gives bit-identical results for any chunk size', () => {
    for (const chunkSize of [1, 2, 3, 4, 6]) {
      const c = sweepOneStep(functions, kernels, { windows, perPosition: true, chunkSize });
      expect(c.errors).toEqual(r.errors);
      expect(c.copyLast).toEqual(r.copyLast);
      expect(c.perPositionSum).toEqual(r.perPositionSum);
      expect(c.perPositionSumSq).toEqual(r.perPositionSumSq);
    }
  });

  it('gives bit-identical per-function errors however the batch is split (worker split)', () => {
    for (const at of [1, 2]) {
      const a = sweepOneStep(functions.slice(0, at), kernels, { windows });
      const b = sweepOneStep(functions.slice(at), kernels, { windows });
      for (let p = 0; p < predictors.length; p++) {
        for (let w = 0; w < W; w++) {
          for (let m = 0; m < M; m++) {
            const part =
              m < at ? a.errors[(p * W + w) * at + m] : b.errors[(p * W + w) * (M - at) + (m - at)];
            expect(part).toBe(r.errors[(p * W + w) * M + m]);
          }
        }
      }
    }
  });

  it('gives the same result after structured cloning of the kernels (worker transport)', () => {
    const c = sweepOneStep(functions, structuredClone(kernels), { windows });
    expect(c.errors).toEqual(r.errors);
  });

  it('defaults to the second-half and whole windows and handles an empty batch', () => {
    const d = sweepOneStep(functions.slice(0, 1), kernels);
    expect(d.windows).toEqual([
      { from: Math.floor((L - 1) / 2), to: L - 1 },
      { from: 0, to: L - 1 },
    ]);
    expect(d.perPositionSum).toBeUndefined();
    const e = sweepOneStep([], kernels);
    expect(e.errors.length).toBe(0);
  });

  it('refuses bad input with clear errors', () => {
    expect(() => sweepOneStep([new Float64Array(L - 1)], kernels)).toThrow(TypeError);
    expect(() => sweepOneStep([new Float64Array(L - 1)], kernels)).toThrow(
      /functions\[0\] must have length L = 800/,
    );
    const bad = Float64Array.from(functions[0]);
    bad[5] = NaN;
    expect(() => sweepOneStep([functions[1], bad], kernels)).toThrow(/functions\[1\]\[5\]/);
    expect(() => sweepOneStep(functions, kernels, { chunkSize: 0 })).toThrow(
      /chunkSize must be an integer >= 1/,
    );
    expect(() => sweepOneStep(functions, kernels, { windows: [{ from: 5, to: 5 }] })).toThrow(RangeError);
    expect(() => sweepOneStep(functions, { ...kernels, Dbar: new Float64Array(1) })).toThrow(/kernels.Dbar/);
    expect(() =>
      sweepOneStep(functions, { ...kernels, spectra: kernels.spectra.map((x) => x.subarray(8)) }),
    ).toThrow(/kernels.spectra\[0\] must be a Float64Array of length/);
    expect(() => sweepOneStep('x' as never, kernels)).toThrow(TypeError);
  });
});
