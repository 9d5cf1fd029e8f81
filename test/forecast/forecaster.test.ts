import { describe, expect, it } from 'vitest';
import {
  channelScales,
  forecastWith,
  inContextForecaster,
  ngrcForecaster,
  polynomialFeatures,
  delayMemory,
  scoreForecast,
  FORECAST_METHODS,
} from '../../src/forecast/index.ts';
import { holdoutChoice } from '../../src/forecast/holdout.ts';
import { prophecy, stabilizeClosedLoop } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { bankOf, forecastChannels } from '../../src/multichannel/index.ts';
import { generate, systems } from '../../src/systems/index.ts';
import { FORECAST_LINEAR_EXACT, TIGHT } from '../tolerances.ts';

/** max_j,c |forecast - truth| / max |truth| over the horizon */
function relErr(forecast: Float64Array[], truth: Float64Array[]): number {
  let e = 0;
  let m = 0;
  truth.forEach((c, i) =>
    c.forEach((v, j) => {
      e = Math.max(e, Math.abs(forecast[i][j] - v));
      m = Math.max(m, Math.abs(v));
    }),
  );
  return e / m;
}

describe('inContextForecaster and its NG-RC twin', () => {
  const T = 2000;
  const K = 500;
  // the damped oscillator x'' = -x - 0.2 x' (a linear system that does not decay away within the context)
  const linear = [1, 2].map((seed) => generate('mass-spring', { length: T + K, seed }).values);

  it('forecast a linear system exactly (the increment is linear in the current values)', () => {
    for (const g of linear) {
      const context = g.map((c) => c.slice(0, T));
      const truth = g.map((c) => c.slice(T));
      for (const r of [
        inContextForecaster([context], K, { dt: 0.01 })[0],
        inContextForecaster([context], K, { dt: 0.01, regularization: 'gcv' })[0],
        ngrcForecaster([context], K)[0],
      ]) {
        expect(r.diverged).toBeNull();
        expect(relErr(r.forecast, truth)).toBeLessThan(FORECAST_LINEAR_EXACT);
      }
    }
  });

  it('are batched: each trajectory is fitted on its own context, as if alone', () => {
    const contexts = linear.map((g) => g.map((c) => c.slice(0, 600)));
    const batch = inContextForecaster(contexts, 20, { dt: 0.01, theta: 0.08 });
    contexts.forEach((context, b) => {
      const alone = inContextForecaster([context], 20, { dt: 0.01, theta: 0.08 })[0];
      expect(Array.from(batch[b].forecast[1])).toEqual(Array.from(alone.forecast[1]));
      expect(batch[b].rho).toEqual(alone.rho);
    });
    expect(batch[0].features).toBe(1 + 8 + 2 + 21); // H = 2: 2 x 4 states, 2 values, q = 6 -> 21 monomials
    expect(batch[0].selection.method).toBe('holdout');
  });

  it('forecast Lorenz beyond one Lyapunov time from 20 time units of context', () => {
    const dt = systems.lorenz.dt;
    for (const stream of [0, 1]) {
      const g = generate('lorenz', { length: 2600, seed: 3, stream, transient: 50 }).values;
      const context = g.map((c) => c.slice(0, 2000));
      const truth = g.map((c) => c.slice(2000));
      for (const r of [inContextForecaster([context], 600, { dt })[0], ngrcForecaster([context], 600)[0]]) {
        const s = scoreForecast(truth, r.forecast, {
          dt,
          scale: channelScales(context),
          lyapunov: systems.lorenz.lyapunov,
        });
        expect(s.lyapunovTimes).toBeGreaterThan(1);
      }
    }
  });

  it('guard the range: a forecast leaving the context range is passed over, the best ranked kept if all do', () => {
    // exponential growth: the true continuation leaves the context's range, so every choice is rejected and the
    // best-ranked one is kept, exactly as without the guard
    const u = Float64Array.from({ length: 400 }, (_, k) => Math.exp(0.004 * k));
    const opts = { delays: 2, stride: 1, quadratic: false, grid: [1e-12, 1e-3] } as const;
    const free = ngrcForecaster([[u]], 300, { ...opts, guard: Infinity })[0];
    const guarded = ngrcForecaster([[u]], 300, { ...opts, guard: 0 })[0];
    expect(guarded.selection.rejected).toBe(2);
    expect(free.selection.rejected).toBe(0);
    expect(Array.from(guarded.forecast[0])).toEqual(Array.from(free.forecast[0]));
    expect(guarded.forecast[0][299]).toBeGreaterThan(Math.max(...u)); // it did leave the range
    // a decaying oscillator stays in range: nothing rejected
    const context = linear[0].map((c) => c.slice(0, 1000));
    expect(inContextForecaster([context], 300, { dt: 0.01, guard: 0 })[0].selection.rejected).toBe(0);
    expect(() => ngrcForecaster([[u]], 5, { guard: -1 })).toThrow(/guard must be >= 0/);
  });

  it('reject bad options and contexts too short for the memory', () => {
    const context = linear[0].map((c) => c.slice(0, 200));
    expect(() => inContextForecaster([context], 5, {} as { dt: number })).toThrow(/dt must be a number/);
    expect(() => inContextForecaster([context], 5, { dt: 0.01, theta: [] })).toThrow(/theta/);
    expect(() => inContextForecaster([context], 0, { dt: 0.01 })).toThrow(/horizon/);
    expect(() =>
      inContextForecaster([context], 5, { dt: 0.01, regularization: 'loo' as unknown as number }),
    ).toThrow(/regularization must be 'holdout', 'gcv' or a number >= 0/);
    expect(() =>
      inContextForecaster([context.map((c) => c.slice(0, 40))], 5, { dt: 0.01, theta: 0.16 }),
    ).toThrow(/warm-up of 32/);
    expect(() => ngrcForecaster([[context[0], context[1].slice(1)]], 5)).toThrow(/channel 1 has 199/);
    expect(() => ngrcForecaster([[Float64Array.of(1, NaN, 2)]], 5)).toThrow(/finite/);
    expect(() => ngrcForecaster([context], 5, { stride: [] })).toThrow(/stride/);
  });
});

describe('holdoutChoice', () => {
  it('keeps the exact small ridge on a clean recurrence and a larger one when the small one fails out of sample', () => {
    const u = Float64Array.from({ length: 400 }, (_, k) => Math.sin(0.05 * k) + 0.5 * Math.sin(0.13 * k));
    const map = polynomialFeatures(delayMemory(1, { delays: 4 }), { quadratic: false });
    const clean = holdoutChoice(map, [u], [1e-12, 1e-6, 1e-2]);
    expect(clean.rho).toBe(1e-12); // AR(4) is exact for two sines: all valid, the smallest error wins
    expect(clean.score).toBe(clean.runLength);
    // noise: the unregularised 40-delay fit overfits; the hold-out prefers shrinkage
    let seed = 7;
    const noisy = u.map((v) => {
      seed = (seed * 16807) % 2147483647;
      return v + 0.05 * (seed / 2147483647 - 0.5);
    });
    const big = polynomialFeatures(delayMemory(1, { delays: 40 }), { quadratic: false });
    const c = holdoutChoice(big, [noisy], [0, 1e-3, 1e-1]);
    expect(c.rho).toBeGreaterThan(0);
    expect(() => holdoutChoice(map, [u], [])).toThrow(/non-empty/);
    expect(() => holdoutChoice(map, [u], [1], { fraction: 0.95 })).toThrow(/fraction/);
  });
});

describe('forecastWith', () => {
  const dt = 0.01;
  const g = generate('van-der-pol', { length: 1300, seed: 2, transient: 20 }).values;
  const context = g.map((c) => c.slice(0, 1000));

  it('runs every method; legt is the multichannel construction run free, legt-stable its stabilised loop', () => {
    for (const m of FORECAST_METHODS) {
      const [r] = forecastWith(m, [context], 300, { dt });
      expect(r.forecast.length).toBe(2);
      expect(r.forecast[0].length).toBe(300);
    }
    const p = prophecy(hippo('legt', 4, { theta: 32 * dt }), { dt });
    const twin = forecastChannels(bankOf([p, p]), context, 300); // the multichannel path
    const [legt] = forecastWith('legt', [context], 300, { dt });
    for (let c = 0; c < 2; c++)
      for (let j = 0; j < 300; j += 37) expect(legt.forecast[c][j]).toBe(twin[c][j]);
    const s = stabilizeClosedLoop(p);
    const [stable] = forecastWith('legt-stable', [context], 300, { dt });
    expect(stable.model.gamma).toBe(s.gamma);
    const stableTwin = forecastChannels(bankOf([s, s]), context, 300);
    expect(Math.abs(stable.forecast[1][299] - stableTwin[1][299])).toBeLessThan(TIGHT);
    const [copy] = forecastWith('copy-last', [context], 3, { dt });
    expect(Array.from(copy.forecast[0])).toEqual([context[0][999], context[0][999], context[0][999]]);
  });

  it("'ar' fits AR(p) per channel on the context: exact for a sum of two sines at p = 4", () => {
    const u = Float64Array.from({ length: 700 }, (_, k) => Math.sin(0.3 * k) + 0.5 * Math.cos(0.7 * k));
    const [r] = forecastWith('ar', [[u.slice(0, 500)]], 200, { dt: 1 });
    expect(relErr(r.forecast, [u.slice(500)])).toBeLessThan(FORECAST_LINEAR_EXACT);
    expect(() => forecastWith('ar', [[u]], 5, { dt: 1, order: 0 })).toThrow(/order/);
    expect(() => forecastWith('lstm' as 'ar', [[u]], 5, { dt: 1 })).toThrow(/hippo-ridge, ngrc, ar/);
    expect(() => forecastWith('legt', [[u]], 5, { dt: 1, theta: [1, 2] })).toThrow(/one window/);
  });
});

describe('scoreForecast', () => {
  it('valid steps, Lyapunov times and the NRMSE over the first h steps from the standardised error', () => {
    const truth = [
      Float64Array.from({ length: 200 }, (_, k) => Math.sin(k / 7)),
      new Float64Array(200).fill(3),
    ];
    // channel 0 off by 0.2 from step 50, channel 1 exact: e = sqrt((0.2 / 0.5)^2 / 2) = 0.283 <= 0.4 from 50;
    // off by 0.8 from step 120: e = sqrt(1.6^2 / 2) = 1.13 > 0.4
    const forecast = [truth[0].map((x, k) => x + (k >= 120 ? 0.8 : k >= 50 ? 0.2 : 0)), truth[1].slice()];
    const s = scoreForecast(truth, forecast, {
      dt: 0.5,
      scale: [0.5, 1],
      lyapunov: 0.1,
      horizons: [50, 100, 500],
    });
    expect(s.validSteps).toBe(120);
    expect(s.validTime).toBe(60);
    expect(Math.abs(s.lyapunovTimes! - 6)).toBeLessThan(TIGHT);
    expect(s.exceeded).toBe(true);
    expect(s.nrmse.map((n) => n.steps)).toEqual([50, 100]); // 500 > horizon: left out
    expect(s.nrmse[0].value).toBe(0);
    expect(Math.abs(s.nrmse[1].value - Math.sqrt(0.08 / 2))).toBeLessThan(TIGHT); // half the steps at e^2 = 0.08
    // a diverged forecast is invalid from its first non-finite sample
    const diverged = [forecast[0].map((x, k) => (k >= 30 ? NaN : x)), truth[1]];
    const d = scoreForecast(truth, diverged, { dt: 0.5, scale: [0.5, 1], horizons: [10, 100] });
    expect([d.validSteps, d.exceeded, d.lyapunovTimes]).toEqual([30, true, null]);
    expect(d.nrmse[1].value).toBe(Infinity);
    expect(Array.from(channelScales([Float64Array.of(1, 3, 1, 3), truth[1]]))).toEqual([1, 0]);
    expect(() => scoreForecast(truth, [forecast[0]], { dt: 1, scale: [1, 1] })).toThrow(TypeError);
  });
});
