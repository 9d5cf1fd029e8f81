import { describe, expect, it } from 'vitest';
import { generate } from '../../src/systems/generate.ts';
import { createRandom } from '../../src/systems/random.ts';
import { alphaSynapseZoh } from '../../src/systems/signals/alphaSynapse.ts';
import { filteredNoise } from '../../src/systems/signals/filteredNoise.ts';
import { ALPHA_ZOH_VS_CONTINUOUS, SAMPLING_SIGMAS, TIGHT } from '../tolerances.ts';
import { maxAbsDiff, meanStd } from './helpers.ts';

/** Step response of h(t) = t / alpha^2 exp(-t / alpha): H(t) = 1 - (1 + t / alpha) exp(-t / alpha). */
const stepResponse = (t: number, alpha: number) => 1 - (1 + t / alpha) * Math.exp(-t / alpha);

/** g_m = H(m dt) - H((m - 1) dt): the sampled response to a unit input held over [0, dt) (closed form). */
function heldPulse(m: number, dt: number, alpha: number): number {
  return m === 0 ? 0 : stepResponse(m * dt, alpha) - stepResponse((m - 1) * dt, alpha);
}

/** Var(y_k) of the nengo convention from rest: (1 / dt) sum_{m=1..k} g_m^2. */
function varianceAt(k: number, dt: number, alpha: number): number {
  let s = 0;
  for (let m = 1; m <= k; m++) s += heldPulse(m, dt, alpha) ** 2;
  return s / dt;
}

describe('alphaSynapseZoh', () => {
  it('a unit input held over the first step gives the closed form H(k dt) - H((k - 1) dt); a unit step gives H', () => {
    for (const [dt, alpha] of [
      [1e-3, 0.05],
      [1e-3, 0.3],
      [0.02, 0.05],
    ]) {
      const L = 3000;
      const pulse = new Float64Array(L);
      pulse[0] = 1;
      const y = alphaSynapseZoh(pulse, { dt, alpha });
      expect(y[0]).toBe(0);
      expect(
        maxAbsDiff(
          y,
          Array.from({ length: L }, (_, k) => heldPulse(k, dt, alpha)),
        ),
      ).toBeLessThan(TIGHT);
      const step = alphaSynapseZoh(new Float64Array(L).fill(1), { dt, alpha });
      expect(
        maxAbsDiff(
          step,
          Array.from({ length: L }, (_, k) => stepResponse(k * dt, alpha)),
        ),
      ).toBeLessThan(TIGHT);
    }
  });

  it('equals the direct convolution with the closed-form pulse response on a random input (second path)', () => {
    const dt = 1e-3;
    const alpha = 0.05;
    const r = createRandom(5);
    const w = Float64Array.from({ length: 600 }, () => r.normal());
    const g = Array.from({ length: 600 }, (_, m) => heldPulse(m, dt, alpha));
    const direct = w.map((_, k) => {
      let s = 0;
      for (let j = 0; j < k; j++) s += g[k - j] * w[j];
      return s;
    });
    expect(maxAbsDiff(alphaSynapseZoh(w, { dt, alpha }), direct)).toBeLessThan(TIGHT);
    const copy = w.slice();
    alphaSynapseZoh(w, { dt, alpha });
    expect(Array.from(w)).toEqual(Array.from(copy));
  });

  it('a pulse of unit area tends to the continuous kernel h(t) = t / alpha^2 exp(-t / alpha) at first order in dt', () => {
    const alpha = 0.1;
    const errs = [4e-3, 2e-3, 1e-3].map((dt) => {
      const L = Math.round(1 / dt);
      const w = new Float64Array(L);
      w[0] = 1 / dt;
      const y = alphaSynapseZoh(w, { dt, alpha });
      let e = 0;
      for (let k = 1; k < L; k++) {
        const t = k * dt;
        e = Math.max(e, Math.abs(y[k] - (t / (alpha * alpha)) * Math.exp(-t / alpha)));
      }
      return e;
    });
    // halving dt halves the error (the held pulse is centred dt/2 late)
    expect(errs[0] / errs[1]).toBeGreaterThan(2 - ALPHA_ZOH_VS_CONTINUOUS);
    expect(errs[0] / errs[1]).toBeLessThan(2 + ALPHA_ZOH_VS_CONTINUOUS);
    expect(errs[1] / errs[2]).toBeGreaterThan(2 - ALPHA_ZOH_VS_CONTINUOUS);
  });

  it('rejects bad input naming the argument', () => {
    expect(() => alphaSynapseZoh(Float64Array.of(1), { alpha: 0 })).toThrow(/alpha must be > 0/);
    expect(() => alphaSynapseZoh(Float64Array.of(1), { dt: -1 })).toThrow(/dt must be > 0/);
    expect(() => alphaSynapseZoh(Float64Array.of(1, NaN))).toThrow(/input\[1\]/);
  });
});

describe("filteredNoise, convention 'nengo'", () => {
  it('starts from rest and its variance follows (1 / dt) sum g_m^2: in the transient and stationary (~1 / (4 alpha))', () => {
    const dt = 1e-3;
    const alpha = 0.05;
    const M = 4000;
    const at = [25, 100, 799];
    const samples = at.map(() => new Float64Array(M));
    for (let i = 0; i < M; i++) {
      const y = filteredNoise({ length: 800, dt, alpha, convention: 'nengo' }, createRandom(21, i));
      expect(y[0]).toBe(0);
      at.forEach((k, j) => (samples[j][i] = y[k]));
    }
    at.forEach((k, j) => {
      const { mean, std } = meanStd(samples[j]);
      const theory = varianceAt(k, dt, alpha);
      expect(Math.abs(mean)).toBeLessThan(SAMPLING_SIGMAS * Math.sqrt(theory / M));
      expect(Math.abs((std * std) / theory - 1)).toBeLessThan(SAMPLING_SIGMAS * Math.sqrt(2 / M));
    });
    // the transient is real: at k = 25 (half a time constant) the variance is far below the stationary one
    expect(varianceAt(25, dt, alpha) / varianceAt(799, dt, alpha)).toBeLessThan(0.2);
    // and the stationary value is the continuous 1 / (4 alpha) up to O((dt / alpha)^2) (measured -(dt/alpha)^2 / 12)
    expect(Math.abs(varianceAt(5000, dt, alpha) * 4 * alpha - 1)).toBeLessThan((dt / alpha) ** 2);
  });

  it('generate(filtered-noise, { nengo: 1 }) is that convention on the main stream; the default is unchanged', () => {
    const g = generate('filtered-noise', {
      alpha: 0.3,
      nengo: 1,
      scale: 'none',
      seed: 4,
      stream: 2,
      length: 500,
    });
    const ref = filteredNoise(
      { length: 500, dt: 1e-3, alpha: 0.3, convention: 'nengo' },
      createRandom(4, 2, 0),
    );
    expect(Array.from(g.values[0])).toEqual(Array.from(ref));
    const dflt = generate('filtered-noise', { alpha: 0.3, scale: 'none', seed: 4, length: 500 });
    const stationary = filteredNoise({ length: 500, dt: 1e-3, alpha: 0.3 }, createRandom(4, 0, 0));
    expect(Array.from(dflt.values[0])).toEqual(Array.from(stationary));
    expect(() => generate('filtered-noise', { nengo: 2 })).toThrow(/nengo must be 0 \(stationary\) or 1/);
    expect(() => filteredNoise({ convention: 'scipy' as 'nengo' }, createRandom(0))).toThrow(
      /convention must be one of stationary, nengo/,
    );
  });
});
