import { describe, expect, it } from 'vitest';
import { legtBilinearFactor } from '../../src/construction/legtBilinearFactor.ts';
import { prophecy } from '../../src/construction/prophecy.ts';
import { higherOrderPredictor } from '../../src/higher-order/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { asPredictor } from '../../src/ssm/asPredictor.ts';
import { requirePredictor } from '../../src/ssm/requirePredictor.ts';

describe('the LegT structure carried on predictors (legtFactor)', () => {
  it('is set by prophecy for time-invariant LegT with the bilinear discretization, whatever N, and only then', () => {
    for (const N of [1, 5, 40, 64, 130]) {
      for (const theta of [1, 2.5]) {
        const dt = Math.min(1e-3, (0.5 * theta) / (N * N));
        const p = prophecy(hippo('legt', N, { theta }), { dt });
        expect(p.legtFactor, `N ${N} theta ${theta}`).toEqual(legtBilinearFactor(N, theta, dt));
        // it is the factor of the predictor's own Abar, Bbar (requirePredictor's probe)
        expect(() => requirePredictor('t', p)).not.toThrow();
      }
    }
    expect(prophecy(hippo('legt', 8), { dt: 1e-3, discretization: { gbt: 0.5 } }).legtFactor).toBeDefined();
    for (const discretization of ['zoh', 'forward', 'backward', { gbt: 0.3 }] as const) {
      expect(prophecy(hippo('legt', 8), { dt: 1e-3, discretization }).legtFactor).toBeUndefined();
    }
    for (const measure of ['lmu', 'fout', 'lagt', 'legs'] as const) {
      expect(prophecy(hippo(measure, 9), { dt: 1e-3 }).legtFactor, measure).toBeUndefined();
    }
  });

  it('is set by higherOrderPredictor for LegT (its state is the bilinear one) and never for adapted systems', () => {
    const q = higherOrderPredictor(hippo('legt', 12), { dt: 1e-3, order: 2 });
    expect(q.legtFactor).toEqual(legtBilinearFactor(12, 1, 1e-3));
    expect(() => requirePredictor('t', q)).not.toThrow();
    expect(higherOrderPredictor(hippo('lmu', 12), { dt: 1e-3 }).legtFactor).toBeUndefined();
    const p = prophecy(hippo('legt', 6), { dt: 1e-3 });
    const adapted = asPredictor('t', { Abar: p.Abar, Bbar: p.Bbar, Cbar: p.Cbar, Dbar: p.Dbar });
    expect(adapted.legtFactor).toBeUndefined();
  });
});
