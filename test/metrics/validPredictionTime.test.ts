import { describe, expect, it } from 'vitest';
import { validPredictionTime } from '../../src/metrics/validPredictionTime.ts';
import { TIGHT } from '../tolerances.ts';

// Truth: 10 full periods of a sine sampled 100 times per period, so its mean is 0 and its population std is
// exactly 1 / sqrt(2) (discrete orthogonality). Rollout: truth + eps e^(lambda t), a perturbation growing at the
// rate lambda, so the standardised error is e(t) = sqrt(2) eps e^(lambda t) and crosses 0.4 at
// t* = ln(0.4 / (sqrt(2) eps)) / lambda, i.e. lambda t* Lyapunov times.
const K = 1000;
const dt = 0.01;
const lambda = 1.5; // crossing at t* ~ 8.4 within the horizon K dt = 10
const eps = 1e-6;
const truth = Float64Array.from({ length: K }, (_, k) => Math.sin((2 * Math.PI * k) / 100));
const rollout = truth.map((x, k) => x + eps * Math.exp(lambda * k * dt));
const tStar = Math.log(0.4 / (Math.SQRT2 * eps)) / lambda;

describe('validPredictionTime', () => {
  it('finds the first crossing of a constructed exponential divergence', () => {
    const r = validPredictionTime([truth], [rollout], { dt, lyapunov: lambda });
    expect(r.index).toBe(Math.ceil(tStar / dt)); // first sample strictly after the crossing time
    expect(r.time).toBeCloseTo(r.index * dt, 12);
    expect(r.exceeded).toBe(true);
    // in Lyapunov times: lambda t* = ln(0.4 / e(0)), within one step
    expect(Math.abs(r.lyapunovTimes! - Math.log(0.4 / (Math.SQRT2 * eps)))).toBeLessThanOrEqual(lambda * dt);
    expect(r.error[0]).toBeCloseTo(Math.SQRT2 * eps, 15);
    expect(r.error[r.index - 1]).toBeLessThanOrEqual(0.4);
    expect(r.error[r.index]).toBeGreaterThan(0.4);
  });

  it('averages standardised channels: rescaling or shifting a channel changes nothing (std mode)', () => {
    const a = validPredictionTime([truth, truth], [rollout, truth], { dt });
    // one diverging channel out of two: e = sqrt(eps^2 e^(2 lambda t) * 2 / 2), crossing at 0.4 * sqrt(2)
    expect(a.index).toBe(Math.ceil(Math.log((0.4 * Math.SQRT2) / (Math.SQRT2 * eps)) / lambda / dt));
    const scaled = validPredictionTime(
      [truth, truth.map((x) => 1e3 * x + 5)],
      [rollout, truth.map((x) => 1e3 * x + 5)],
      {
        dt,
      },
    );
    expect(scaled.index).toBe(a.index);
    for (let k = 0; k < K; k += 97) expect(Math.abs(scaled.error[k] - a.error[k])).toBeLessThan(TIGHT);
  });

  it("'rms' normalises by the truth's rms, so an offset lengthens the valid time", () => {
    const plain = validPredictionTime([truth], [rollout], { dt, normalize: 'rms' });
    // the rms of a zero-mean sine equals its std
    expect(plain.index).toBe(validPredictionTime([truth], [rollout], { dt }).index);
    const off = validPredictionTime([truth.map((x) => x + 10)], [rollout.map((x) => x + 10)], {
      dt,
      normalize: 'rms',
    });
    expect(off.index).toBeGreaterThan(plain.index);
  });

  it('normalises by given per-channel scales (the attractor std from a context) on the exponential divergence', () => {
    // scale = the truth's own std 1/sqrt(2): the same crossing as the default
    const same = validPredictionTime([truth], [rollout], { dt, lyapunov: lambda, scale: [Math.SQRT1_2] });
    expect(same.index).toBe(Math.ceil(tStar / dt));
    // a scale s: e(t) = eps e^(lambda t) / s crosses 0.4 at t = ln(0.4 s / eps) / lambda, so doubling s adds
    // ln(2) / lambda time units, i.e. ln 2 Lyapunov times
    const s = 2 * Math.SQRT1_2;
    const wider = validPredictionTime([truth], [rollout], { dt, lyapunov: lambda, scale: [s] });
    expect(wider.index).toBe(Math.ceil(Math.log((0.4 * s) / eps) / lambda / dt));
    expect(Math.abs(wider.lyapunovTimes! - same.lyapunovTimes! - Math.LN2)).toBeLessThanOrEqual(lambda * dt);
    // it overrides 'rms' and the truth's statistics: an offset truth gives the same time
    const off = validPredictionTime([truth.map((x) => x + 10)], [rollout.map((x) => x + 10)], {
      dt,
      normalize: 'rms',
      scale: [s],
    });
    expect(off.index).toBe(wider.index);
    expect(() => validPredictionTime([truth], [rollout], { dt, scale: [1, 1] })).toThrow(
      'validPredictionTime: scale must have one entry per channel (1), got 2',
    );
    expect(() => validPredictionTime([truth], [rollout], { dt, scale: [0] })).toThrow('scale[0] must be > 0');
  });

  it('returns the horizon as a lower bound when the error never exceeds the threshold', () => {
    const r = validPredictionTime([truth], [truth], { dt, threshold: 0.1 });
    expect(r).toMatchObject({ index: K, time: K * dt, exceeded: false });
    expect(r.lyapunovTimes).toBeUndefined();
  });

  it('rejects bad shapes and options with clear errors', () => {
    expect(() => validPredictionTime([truth], [rollout, rollout], { dt })).toThrow(
      'validPredictionTime: rollout must have as many channels as truth (1), got 2',
    );
    expect(() => validPredictionTime([truth], [rollout.subarray(1)], { dt })).toThrow(TypeError);
    expect(() => validPredictionTime([truth], [rollout], { dt: 0 })).toThrow(
      'validPredictionTime: dt must be > 0, got 0',
    );
    expect(() => validPredictionTime([truth], [rollout], { dt, lyapunov: -1 })).toThrow(
      'lyapunov must be > 0',
    );
    expect(() => validPredictionTime([new Float64Array(5).fill(1)], [new Float64Array(5)], { dt })).toThrow(
      'validPredictionTime: truth[0] is constant',
    );
    expect(() => validPredictionTime([], [], { dt })).toThrow('truth must have at least one channel');
  });
});
