import { describe, expect, it } from 'vitest';
import { predictorSystem, prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { dlsim } from '../../src/lti/dlsim.ts';
import { dimpulse } from '../../src/lti/responses.ts';
import { kernel, predictNext } from '../../src/ssm/index.ts';
import { PREDICTOR_SYSTEM_REL } from '../tolerances.ts';
import { maxRelDiff as maxRel } from '../helpers/numeric.ts';

const u = Float64Array.from({ length: 3000 }, (_, k) => Math.sin(k / 37) + 0.3 * Math.cos(k / 11));

describe('predictorSystem', () => {
  const cases = [
    ['legt', 17, { theta: 1 }, 'bilinear'],
    ['legt', 40, { theta: 1 }, 'zoh'],
    ['lmu', 12, { theta: 1 }, 'bilinear'],
    ['fout', 11, { theta: 1 }, 'bilinear'],
    ['lagt', 8, { theta: 1 }, 'backward'],
  ] as const;
  for (const [measure, N, opts, discretization] of cases) {
    it(`${measure} N = ${N} ${discretization}: dlsim of (Abar, Bbar, Cbar Abar, Cbar Bbar + Dbar) equals predictNext (scan and fft)`, () => {
      const p = prophecy(hippo(measure, N, opts), { dt: 1e-3, discretization });
      const sys = predictorSystem(p);
      expect(sys.dt).toBe(1e-3);
      const y = dlsim(sys, u, { states: false }).y.data;
      expect(maxRel(y, predictNext(p, u, { mode: 'scan' }))).toBeLessThan(PREDICTOR_SYSTEM_REL);
      expect(maxRel(y, predictNext(p, u, { mode: 'fft' }))).toBeLessThan(PREDICTOR_SYSTEM_REL);
    });
  }

  it("the impulse response is the predictor's kernel with Dbar added at lag 0: h_0 = K_0 + Dbar, h_j = K_j", () => {
    const p = prophecy(hippo('legt', 9), { dt: 1e-3 });
    const h = dimpulse(predictorSystem(p), { n: 50 }).y[0].data;
    const K = kernel(p, 50);
    const KD = K.map((v, j) => (j === 0 ? v + p.Dbar : v));
    expect(maxRel(h, KD)).toBeLessThan(PREDICTOR_SYSTEM_REL);
  });

  it('refuses LegS (time-varying) and the authors first-step quirk', () => {
    expect(() => predictorSystem(prophecy(hippo('legs', 4), { dt: 1e-3 }))).toThrow(/time-varying \(legs\)/);
    expect(() => predictorSystem(prophecy(hippo('legt', 4), { dt: 1e-3, authorsFirstStep: true }))).toThrow(
      /authorsFirstStep/,
    );
    expect(() => predictorSystem(null as never)).toThrow(/p must be a DiscretePredictor/);
  });
});
