import { describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/prophecy.ts';
import { hippo } from '../../src/hippo/hippo.ts';
import { predictorFromSpec } from '../../src/sweep/index.ts';
import { predictorSpecKey } from '../../src/sweep/predictorSpec.ts';

describe('predictorFromSpec', () => {
  it('builds prophecy(hippo(measure, N, { theta }), { dt, ... }) and caches it per spec', () => {
    const p = predictorFromSpec({ measure: 'legt', N: 6, theta: 0.5, dt: 1e-3 });
    const q = prophecy(hippo('legt', 6, { theta: 0.5 }), { dt: 1e-3 });
    expect(p.Abar.data).toEqual(q.Abar.data);
    expect(p.Cbar).toEqual(q.Cbar);
    expect(p.Dbar).toBe(q.Dbar);
    expect(predictorFromSpec({ measure: 'legt', N: 6, theta: 0.5, dt: 1e-3 })).toBe(p);
    expect(predictorFromSpec({ measure: 'legt', N: 6, dt: 1e-3 })).not.toBe(p);
  });

  it('fills defaults in the key, so equal predictors share one entry', () => {
    expect(predictorSpecKey({ measure: 'fout', N: 5, dt: 1e-3 })).toBe(
      predictorSpecKey({
        measure: 'fout',
        N: 5,
        dt: 1e-3,
        theta: 1,
        discretization: 'bilinear',
        output: 'trapezoid',
      }),
    );
    expect(predictorSpecKey({ measure: 'fout', N: 5, dt: 1e-3, discretization: { gbt: 0.5 } })).not.toBe(
      predictorSpecKey({ measure: 'fout', N: 5, dt: 1e-3 }),
    );
  });

  it('passes on the construction errors (even N for FouT, D dt / 2 >= 1)', () => {
    expect(() => predictorFromSpec({ measure: 'fout', N: 4, dt: 1e-3 })).toThrow(RangeError);
    expect(() => predictorFromSpec({ measure: 'legt', N: 50, dt: 1e-3 })).toThrow(RangeError);
    expect(() => predictorFromSpec(null as never)).toThrow(TypeError);
  });
});
