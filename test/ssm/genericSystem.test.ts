import { describe, expect, it } from 'vitest';
import { predictorSystem, prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { toRows } from '../../src/linalg/matrix.ts';
import { dlsim } from '../../src/lti/dlsim.ts';
import { dimpulse } from '../../src/lti/responses.ts';
import { ss } from '../../src/lti/ss.ts';
import { fftPredict, kernel, predictNext, predictNextBatch, rollout, scan } from '../../src/ssm/index.ts';
import { isKernelCached } from '../../src/ssm/fftPredict.ts';
import { asPredictor } from '../../src/ssm/asPredictor.ts';
import { randomSequence, rng } from './fixtures.ts';
import { maxRelDiff as maxRel } from '../helpers/numeric.ts';
import { PREDICTOR_SYSTEM_REL, SSM_SCAN_FFT_REL, TIGHT } from '../tolerances.ts';

/** A random stable discrete SISO system (spectral radius < 1 by a row-sum bound). */
function randomDiscrete(N: number, seed: number) {
  const r = rng(seed);
  const A = Array.from({ length: N }, () => Array.from({ length: N }, () => (2 * r() - 1) * (0.9 / N)));
  const v = () => Array.from({ length: N }, () => 2 * r() - 1);
  return ss(A, v(), v(), 0.7, { dt: 0.01 });
}

describe('scan, kernel, predictNext on generic discrete SISO systems (standard form y_k = C x_k + D u_k)', () => {
  const sys = randomDiscrete(12, 3);
  const u = randomSequence(500, 4);
  const y = dlsim(sys, u).y.data;

  it('scan, rollout (teacher forcing) and predictNext (scan mode) give the dlsim outputs', () => {
    expect(maxRel(scan(sys, [u])[0], y)).toBeLessThan(TIGHT);
    expect(maxRel(rollout(sys, u, { teacherRatio: 1 }), y)).toBeLessThan(TIGHT);
    expect(maxRel(predictNext(sys, u, { mode: 'scan' }), y)).toBeLessThan(TIGHT);
  });

  it('the FFT path convolves with the Markov parameters h_0 = D, h_j = C A^{j-1} B (= kernel, = dimpulse)', () => {
    const K = kernel(sys, 64);
    expect(maxRel(K, dimpulse(sys, { n: 64 }).y[0].data)).toBeLessThan(TIGHT);
    expect(K[0]).toBe(0.7);
    expect(maxRel(predictNext(sys, u, { mode: 'fft' }), y)).toBeLessThan(SSM_SCAN_FFT_REL);
    expect(maxRel(fftPredict(sys, [u])[0], y)).toBeLessThan(SSM_SCAN_FFT_REL);
    const [a, b] = predictNextBatch(sys, [u, u.subarray(0, 100)], { mode: 'fft' });
    expect(maxRel(b, y.subarray(0, 100))).toBeLessThan(SSM_SCAN_FFT_REL);
    expect(a.length).toBe(500);
  });

  it('accepts a plain { A, B, C, D, dt } object with nested arrays, and an autoregressive rollout runs', () => {
    const plain = {
      A: toRows(sys.A),
      B: Array.from(sys.B.data),
      C: Array.from(sys.C.data),
      D: 0.7,
      dt: 0.01,
    };
    expect(maxRel(predictNext(plain, u), y)).toBeLessThan(SSM_SCAN_FFT_REL);
    const roll = rollout(plain, u, { teacherRatio: 0.5 });
    // the free-running half feeds y back: v_k = out[k - 1] for k >= 250
    const v = Float64Array.from(u);
    const out = new Float64Array(500);
    for (let k = 0; k < 500; k++) {
      if (k >= 250) v[k] = out[k - 1];
      out[k] = dlsim(sys, v.subarray(0, k + 1), { states: false }).y.data[k];
    }
    expect(maxRel(roll, out)).toBeLessThan(TIGHT);
  });

  it('adapts frozen ss values once (the FFT kernel cache carries over); prophecy predictors pass through unchanged', () => {
    const s2 = randomDiscrete(6, 9);
    const p1 = asPredictor('t', s2);
    expect(asPredictor('t', s2)).toBe(p1);
    expect(p1.Abar.rows).toBe(7); // N + 1: the input-augmented state
    predictNext(s2, randomSequence(300, 1), { mode: 'fft' });
    expect(isKernelCached(p1, 300)).toBe(true);
    const p = prophecy(hippo('legt', 8), { dt: 1e-3 });
    expect(asPredictor('t', p)).toBe(p);
  });

  it('predictorSystem(p) runs through predictNext like p itself', () => {
    const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-3 });
    const w = Float64Array.from({ length: 2000 }, (_, k) => Math.sin(k / 30));
    expect(maxRel(predictNext(predictorSystem(p), w), predictNext(p, w))).toBeLessThan(PREDICTOR_SYSTEM_REL);
  });
});

describe('scan, kernel, predictNext on hand-made { Abar, Bbar, Cbar, Dbar } (predictor form)', () => {
  const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
  const u = Float64Array.from({ length: 1500 }, (_, k) => Math.sin(k / 40) + 0.2 * Math.cos(k / 7));

  it("a copy of a predictor's fields (nested arrays allowed) gives the predictor's numbers bit for bit", () => {
    const copy = { Abar: toRows(p.Abar), Bbar: Array.from(p.Bbar), Cbar: Array.from(p.Cbar), Dbar: p.Dbar };
    expect(Array.from(scan(copy, [u])[0])).toEqual(Array.from(scan(p, [u])[0]));
    expect(Array.from(kernel(copy, 100))).toEqual(Array.from(kernel(p, 100)));
    expect(maxRel(predictNext(copy, u, { mode: 'fft' }), predictNext(p, u, { mode: 'scan' }))).toBeLessThan(
      SSM_SCAN_FFT_REL,
    );
    expect(Array.from(rollout(copy, u, { teacherRatio: 0.3 }))).toEqual(
      Array.from(rollout(p, u, { teacherRatio: 0.3 })),
    );
  });

  it('refuses continuous and MIMO systems and malformed matrices, pointing to cont2discrete / dlsim', () => {
    const cont = ss([[-1]], [1], [1]);
    expect(() => scan(cont, [[1, 2]])).toThrow(/scan: predictor must be a discrete system.*cont2discrete/);
    expect(() => predictNext({ A: [[-1]], B: [1], C: [1], D: 0 } as never, [1])).toThrow(/cont2discrete/);
    const mimo = ss([[0.5]], [[1, 2]], [1], [[0, 0]], { dt: 1 });
    expect(() => kernel(mimo, 4)).toThrow(
      /M = 2 inputs and P = 1 outputs; kernel runs single-input single-output systems: use dlsim/,
    );
    expect(() => scan({ Abar: [[0.5]], Bbar: [1, 2], Cbar: [1], Dbar: 0 }, [[1]])).toThrow(
      /predictor.Bbar must be a vector of length N = 1, got shape \[2, 1\]/,
    );
    expect(() => scan({ Abar: [[0.5]], Bbar: [1], Cbar: [1], Dbar: 0, dt: null } as never, [[1]])).toThrow(
      /predictor.dt is null/,
    );
    expect(() => scan({ Abar: [[NaN]], Bbar: [1], Cbar: [1], Dbar: 0 }, [[1]])).toThrow(
      /predictor.Abar\[0\]\[0\] must be finite/,
    );
    expect(() => scan(42 as never, [[1]])).toThrow(
      /predictor must be a DiscretePredictor or a discrete SISO system/,
    );
  });
});
