import FFT from 'fft.js';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/systems/random.ts';
import { dopri5 } from '../../src/systems/ode/dopri5.ts';
import { whiteSignal } from '../../src/systems/signals/whiteSignal.ts';
import { filteredNoise } from '../../src/systems/signals/filteredNoise.ts';
import { inverseDft } from '../../src/systems/signals/inverseDft.ts';
import { vdpPaper } from '../../src/systems/signals/vdpPaper.ts';
import { legendre } from '../../src/systems/signals/legendre.ts';
import { multiSine } from '../../src/systems/signals/multiSine.ts';
import { linearFunction } from '../../src/systems/signals/linearFunction.ts';
import { mixed, MIXED_COMPONENTS } from '../../src/systems/signals/mixed.ts';
import { bernoulli } from '../../src/systems/signals/bernoulli.ts';
import { brownian } from '../../src/systems/signals/brownian.ts';
import { gbm } from '../../src/systems/signals/gbm.ts';
import { logisticMap } from '../../src/systems/signals/logisticMap.ts';
import { scaleSignal } from '../../src/systems/scaleSignal.ts';
import { DOPRI_ERR_PER_RTOL, SAMPLING_SIGMAS, TIGHT, WHITE_OUT_OF_BAND } from '../tolerances.ts';
import { linspace, maxAbs, maxAbsDiff, meanStd } from './helpers.ts';

/** Power spectrum |X_k|^2, k = 0..L/2, of a real signal of power-of-two length, with fft.js. */
function powerSpectrum(x: Float64Array): Float64Array {
  const L = x.length;
  const f = new FFT(L);
  const out = f.createComplexArray();
  f.realTransform(out, Array.from(x));
  const p = new Float64Array(L / 2 + 1);
  for (let k = 0; k <= L / 2; k++) p[k] = out[2 * k] ** 2 + out[2 * k + 1] ** 2;
  return p;
}

describe('inverseDft', () => {
  it('matches the direct sum for 5-smooth lengths and others (Bluestein: primes 7, 997, and 1001 = 7 11 13)', () => {
    for (const L of [2, 7, 16, 100, 997, 1000, 1001]) {
      const r = createRandom(L);
      const re = r.fillNormal(new Float64Array(L));
      const im = r.fillNormal(new Float64Array(L));
      const y = inverseDft(re, im);
      for (const n of [0, 1, Math.floor(L / 3), L - 1]) {
        let sr = 0;
        let si = 0;
        for (let k = 0; k < L; k++) {
          const a = (2 * Math.PI * ((k * n) % L)) / L;
          sr += re[k] * Math.cos(a) - im[k] * Math.sin(a);
          si += re[k] * Math.sin(a) + im[k] * Math.cos(a);
        }
        expect(Math.abs(y.re[n] - sr) + Math.abs(y.im[n] - si)).toBeLessThan(1e-10);
      }
    }
    expect(() => inverseDft(new Float64Array(3), new Float64Array(2))).toThrow(TypeError);
  });
});

describe('whiteSignal', () => {
  it('has no spectral energy above the cutoff, energy below it, and exactly the requested rms', () => {
    for (const gamma of [1, 2, 5]) {
      // power-of-two length so that the check uses fft.js's forward transform directly: period 8.192 s
      const x = whiteSignal({ length: 8192, dt: 1e-3, gamma, rms: 0.5 }, createRandom(gamma));
      const p = powerSpectrum(x);
      const period = 8.192;
      let inBand = 0;
      let outBand = 0;
      for (let k = 0; k < p.length; k++) {
        if (k / period <= gamma) inBand += p[k];
        else outBand += p[k];
      }
      expect(outBand / inBand).toBeLessThan(WHITE_OUT_OF_BAND);
      expect(p[0] / inBand).toBeLessThan(WHITE_OUT_OF_BAND); // zero mean
      let ss = 0;
      for (const v of x) ss += v * v;
      expect(Math.abs(Math.sqrt(ss / x.length) - 0.5)).toBeLessThan(TIGHT);
      expect(Math.floor(gamma * period)).toBeGreaterThan(0);
    }
  });

  it('paper setting (L = 10^4 = 2^4 5^4, dt = 1e-3, direct 5-smooth path): DFT bins above the cutoff vanish', () => {
    const L = 10000;
    const gamma = 2;
    const x = whiteSignal({ gamma }, createRandom(9));
    const cos = new Float64Array(L);
    const sin = new Float64Array(L);
    for (let n = 0; n < L; n++) {
      cos[n] = Math.cos((2 * Math.PI * n) / L);
      sin[n] = Math.sin((2 * Math.PI * n) / L);
    }
    const power = (k: number): number => {
      let re = 0;
      let im = 0;
      for (let n = 0; n < L; n++) {
        const j = (k * n) % L;
        re += x[n] * cos[j];
        im -= x[n] * sin[j];
      }
      return re * re + im * im;
    };
    // cutoff gamma * period = 20 bins; check every bin of the lower band and a spread of bins above
    let inBand = 0;
    for (let k = 1; k <= 20; k++) inBand += power(k);
    let outBand = 0;
    for (const k of [0, 21, 22, 25, 40, 100, 1000, 4999, 5000]) outBand += power(k);
    expect(outBand / inBand).toBeLessThan(WHITE_OUT_OF_BAND);
    expect(x.length).toBe(L);
  });

  it('has a flat expected spectrum: the bins of the band carry equal energy on average', () => {
    // 200 signals, gamma = 5 on a 1.024 s period: 5 bins, each |c_k|^2 ~ 2 Exp(1) before rms scaling.
    const bins = new Float64Array(6);
    const M = 200;
    for (let i = 0; i < M; i++) {
      const p = powerSpectrum(whiteSignal({ length: 1024, dt: 1e-3, gamma: 5 }, createRandom(1, i)));
      for (let k = 1; k <= 5; k++) bins[k] += p[k] / M;
    }
    const mean = (bins[1] + bins[2] + bins[3] + bins[4] + bins[5]) / 5;
    // each bin's share is about 1/5 with relative std ~ 1/sqrt(M) (a chi-square with 2 degrees of freedom)
    for (let k = 1; k <= 5; k++)
      expect(Math.abs(bins[k] / mean - 1)).toBeLessThan(SAMPLING_SIGMAS / Math.sqrt(M));
  });

  it('rejects a cutoff below the lowest frequency (naming the length first, then the cutoff) and bad sizes', () => {
    expect(() => whiteSignal({ length: 100, dt: 1e-3, gamma: 5 }, createRandom(0))).toThrow(
      /^whiteSignal: length = 100 is too short for gamma = 5 Hz at dt = 0.001: .* length >= 200 \(or gamma >= 10 Hz, or a larger dt\)$/,
    );
    // the length the message suggests is the shortest that works
    expect(whiteSignal({ length: 200, dt: 1e-3, gamma: 5 }, createRandom(0))).toHaveLength(200);
    expect(() => whiteSignal({ length: 199, dt: 1e-3, gamma: 5 }, createRandom(0))).toThrow(/length >= 200/);
    expect(() => whiteSignal({ length: 5 }, createRandom(0))).toThrow(
      /^whiteSignal: length = 5 is too short.*length >= 1000 /,
    );
    expect(() => whiteSignal({ length: 2, gamma: 1e6 }, createRandom(0))).toThrow(/length must be >= 3/);
    expect(() => whiteSignal({ length: 2 ** 25 + 1 }, createRandom(0))).toThrow(
      /length must be <= 33554432 \(the longest period its inverse FFT transforms\), got 33554433/,
    );
    expect(() => whiteSignal({ length: 1 }, createRandom(0))).toThrow(/length must be an integer >= 2/);
    expect(() => whiteSignal({ dt: -1 }, createRandom(0))).toThrow(/dt must be > 0/);
  });
});

describe('filteredNoise', () => {
  it('has the alpha kernel autocorrelation (1 + tau/alpha) exp(-tau/alpha) within sampling error', () => {
    const alpha = 0.05;
    const dt = 1e-3;
    const lags = [0, 10, 25, 50, 75, 100, 150, 200];
    const M = 24;
    const L = 20000;
    const est: number[][] = lags.map(() => []);
    for (let i = 0; i < M; i++) {
      const y = filteredNoise({ length: L, dt, alpha }, createRandom(11, i));
      // known mean 0 and variance 1 / (4 alpha): normalise by the theoretical variance
      const v0 = 1 / (4 * alpha);
      lags.forEach((lag, j) => {
        let s = 0;
        for (let k = 0; k + lag < L; k++) s += y[k] * y[k + lag];
        est[j].push(s / (L - lag) / v0);
      });
    }
    lags.forEach((lag, j) => {
      const tau = lag * dt;
      const theory = (1 + tau / alpha) * Math.exp(-tau / alpha);
      const { mean, std } = meanStd(est[j]);
      const se = std / Math.sqrt(M);
      expect(Math.abs(mean - theory)).toBeLessThan(SAMPLING_SIGMAS * se + 1e-3);
    });
  });

  it('is stationary from the first sample (variance 1 / (4 alpha) at k = 0 across functions)', () => {
    const alpha = 0.3;
    const M = 4000;
    const first = new Float64Array(M);
    for (let i = 0; i < M; i++) first[i] = filteredNoise({ length: 1, alpha }, createRandom(3, i))[0];
    const { std } = meanStd(first);
    expect(Math.abs((std * std) / (1 / (4 * alpha)) - 1)).toBeLessThan(SAMPLING_SIGMAS * Math.sqrt(2 / M));
  });
});

describe('vdpPaper', () => {
  it("equals the dopri5 solution of x' = mu (1 - x^2) sin t where that is well conditioned (closed form vs solver)", () => {
    // For mu = 7 the solution comes within 1e-11 of the equilibrium x = 1, which repels from above when
    // sin t < 0: any solver's overshoot past 1 then grows, so the comparison uses mu = 1 on [0, 20] and mu = 7
    // before the first saturation.
    for (const [mu, t1] of [
      [1, 20],
      [7, 1.2],
    ]) {
      const t = linspace(0, t1, 2000);
      const x = vdpPaper(t, { mu });
      const s = dopri5((tt, y, d) => (d[0] = mu * (1 - y[0] * y[0]) * Math.sin(tt)), [0.5], t, {
        rtol: 1e-10,
        atol: 1e-12,
      });
      expect(maxAbsDiff(x, s.y[0])).toBeLessThan(DOPRI_ERR_PER_RTOL * 1e-10);
    }
    const x = vdpPaper(linspace(0, 20, 10000));
    expect(x[0]).toBe(0.5);
    expect(maxAbs(x)).toBeLessThan(1);
    expect(maxAbs(x)).toBeGreaterThan(1 - 1e-10);
    expect(() => vdpPaper(x, { x0: 1 })).toThrow(/x0 must lie in \(-1, 1\)/);
  });
});

describe('function classes on [0, 1]', () => {
  const x = linspace(0, 1, 1001);

  it('linearFunction is a + b x with a, b in [-10, 10] from the stream', () => {
    const r = createRandom(4);
    const u = linearFunction(x, createRandom(4));
    const a = 10 * r.uniformIn(-1, 1);
    const b = 10 * r.uniformIn(-1, 1);
    expect(
      maxAbsDiff(
        u,
        Array.from(x, (v) => a + b * v),
      ),
    ).toBeLessThan(TIGHT);
  });

  it('multiSine is the sum of 20 sines divided by its max |.|', () => {
    const u = multiSine(x, createRandom(5));
    const r = createRandom(5);
    const ref = new Float64Array(x.length);
    for (let j = 0; j < 20; j++) {
      const f = r.uniformIn(0.1, 50);
      const c = r.uniformIn(-1, 1);
      expect(f).toBeGreaterThanOrEqual(0.1);
      for (let k = 0; k < x.length; k++) ref[k] += c * Math.sin(f * x[k]);
    }
    const m = maxAbs(ref);
    expect(
      maxAbsDiff(
        u,
        Array.from(ref, (v) => v / m),
      ),
    ).toBeLessThan(TIGHT);
    expect(maxAbs(u)).toBeCloseTo(1, 15);
  });

  it('legendre matches the explicit sum formula of P_n, divided by its max |.|', () => {
    // P_n(s) = 2^-n sum_k (-1)^k C(n, k) C(2n - 2k, n) s^(n - 2k): an independent path to the recurrence.
    const binom = (n: number, k: number): number => {
      let b = 1;
      for (let i = 1; i <= k; i++) b = (b * (n - k + i)) / i;
      return b;
    };
    const P = (n: number, s: number): number => {
      let sum = 0;
      for (let k = 0; 2 * k <= n; k++)
        sum += (-1) ** k * binom(n, k) * binom(2 * n - 2 * k, n) * s ** (n - 2 * k);
      return sum / 2 ** n;
    };
    const u = legendre(x, createRandom(6));
    const r = createRandom(6);
    const c = Array.from({ length: 15 }, () => 1000 * r.uniformIn(-1, 1));
    const ref = Array.from(x, (v) => c.reduce((acc, cn, n) => acc + cn * P(n, 2 * v - 1), 0));
    const m = maxAbs(ref);
    expect(
      maxAbsDiff(
        u,
        ref.map((v) => v / m),
      ),
    ).toBeLessThan(1e-9);
  });

  it('mixed picks components with the given probabilities and generates them from the main stream', () => {
    const only = (i: number): [number, number, number, number] =>
      [0, 1, 2, 3].map((j) => (j === i ? 1 : 0)) as never;
    const opts = (p: number[]) => ({ pMultiSine: p[0], pLinear: p[1], pWhiteSignal: p[2], pLegendre: p[3] });
    expect(mixed(x, createRandom(8), createRandom(9), opts(only(3))).values).toEqual(
      legendre(x, createRandom(8)),
    );
    expect(mixed(x, createRandom(8), createRandom(9), opts(only(0))).values).toEqual(
      multiSine(x, createRandom(8)),
    );
    expect(mixed(x, createRandom(8), createRandom(9), opts(only(1))).values).toEqual(
      linearFunction(x, createRandom(8)),
    );
    const w = mixed(x, createRandom(8), createRandom(9), opts(only(2))).values;
    expect(Math.min(...w)).toBe(0);
    expect(Math.max(...w)).toBe(1);
    // default probabilities 1/3, 0, 1/3, 1/3
    const counts = new Map<string, number>();
    const M = 600;
    for (let i = 0; i < M; i++) {
      const c = mixed(new Float64Array(4), createRandom(1, i), createRandom(2, i)).component;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.get('linear-function') ?? 0).toBe(0);
    for (const c of [MIXED_COMPONENTS[0], MIXED_COMPONENTS[2], MIXED_COMPONENTS[3]]) {
      const sd = Math.sqrt((M * (1 / 3) * (2 / 3)) / 1);
      expect(Math.abs((counts.get(c) ?? 0) - M / 3)).toBeLessThan(SAMPLING_SIGMAS * sd);
    }
    expect(() => mixed(x, createRandom(0), createRandom(0), opts([0, 0, 0, 0]))).toThrow(/must not all be 0/);
    expect(() => mixed(x, createRandom(0), createRandom(0), opts([-1, 1, 0, 0]))).toThrow(/must be >= 0/);
  });
});

describe('other signals of the authors', () => {
  it("bernoulli satisfies y' + cos(5x) y = sin(x) sqrt(y) (central-difference residual)", () => {
    const x = linspace(0, 10, 20001);
    const y = bernoulli(x, { y0: 0.8 });
    const h = x[1] - x[0];
    let res = 0;
    for (let k = 1; k < x.length - 1; k++) {
      const dy = (y[k + 1] - y[k - 1]) / (2 * h);
      res = Math.max(res, Math.abs(dy + Math.cos(5 * x[k]) * y[k] - Math.sin(x[k]) * Math.sqrt(y[k])));
    }
    // central differences: O(h^2 |y'''|) ~ 2.5e-7 * 125 * |y|
    expect(res).toBeLessThan(1e-4);
    expect(y[0]).toBeCloseTo(0.8, 14);
    expect(() => bernoulli(x, { y0: 0 })).toThrow(/y0 must be > 0/);
  });

  it('brownian increments are N(mu dt, sigma^2 dt)', () => {
    const dt = 0.01;
    const L = 40001;
    const w = brownian({ length: L, dt, mu: 2, sigma: 3, x0: 1 }, createRandom(12));
    expect(w[0]).toBe(1);
    const inc = new Float64Array(L - 1);
    for (let k = 1; k < L; k++) inc[k - 1] = w[k] - w[k - 1];
    const { mean, std } = meanStd(inc);
    const s = 3 * Math.sqrt(dt);
    expect(Math.abs(mean - 2 * dt)).toBeLessThan((SAMPLING_SIGMAS * s) / Math.sqrt(L - 1));
    expect(Math.abs(std / s - 1)).toBeLessThan(SAMPLING_SIGMAS * Math.sqrt(0.5 / (L - 1)));
  });

  it('gbm log-increments are N((mu - sigma^2/2) dt, sigma^2 dt)', () => {
    const dt = 0.01;
    const L = 40001;
    const s = gbm({ length: L, dt, mu: 0.5, sigma: 0.4, s0: 2 }, createRandom(13));
    expect(s[0]).toBe(2);
    const inc = new Float64Array(L - 1);
    for (let k = 1; k < L; k++) inc[k - 1] = Math.log(s[k] / s[k - 1]);
    const { mean, std } = meanStd(inc);
    const sd = 0.4 * Math.sqrt(dt);
    expect(Math.abs(mean - (0.5 - 0.08) * dt)).toBeLessThan((SAMPLING_SIGMAS * sd) / Math.sqrt(L - 1));
    expect(Math.abs(std / sd - 1)).toBeLessThan(SAMPLING_SIGMAS * Math.sqrt(0.5 / (L - 1)));
    expect(() => gbm({ s0: 0 }, createRandom(0))).toThrow(/s0 must be > 0/);
  });

  it('logisticMap iterates r x (1 - x)', () => {
    expect(Array.from(logisticMap({ length: 3, r: 2, x0: 0.25 }))).toEqual([0.25, 0.375, 0.46875]);
    const x = logisticMap({ length: 1000, x0: 0.3 });
    for (let k = 1; k < x.length; k++) expect(x[k]).toBe(3.9 * x[k - 1] * (1 - x[k - 1]));
    expect(() => logisticMap({ r: 4.5 })).toThrow(/r must lie in \[0, 4\]/);
  });
});

describe('scaleSignal', () => {
  it('minmax spans [0, 1], standard has mean 0 and std 1, none copies', () => {
    const u = Float64Array.of(3, -1, 4, 1, 5);
    const m = scaleSignal(u, 'minmax');
    expect(Array.from(m)).toEqual([4 / 6, 0, 5 / 6, 2 / 6, 1]);
    const s = scaleSignal(u, 'standard');
    const ms = meanStd(s);
    expect(Math.abs(ms.mean)).toBeLessThan(TIGHT);
    expect(Math.abs(ms.std * Math.sqrt(4 / 5) - 1)).toBeLessThan(TIGHT);
    const n = scaleSignal(u, 'none');
    expect(n).toEqual(u);
    expect(n).not.toBe(u);
    expect(Array.from(scaleSignal(Float64Array.of(2, 2), 'minmax'))).toEqual([0, 0]);
  });
});
