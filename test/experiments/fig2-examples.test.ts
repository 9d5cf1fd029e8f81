import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { outOfBandFraction } from '../../experiments/fig2-examples/compute.ts';
import type { Fig2Result } from '../../experiments/fig2-examples/compute.ts';
import { fig2Claims } from '../../experiments/fig2-examples/claims.ts';
import { experiment } from '../../experiments/fig2-examples/index.ts';
import { expectValidFigures } from './helpers.ts';

describe('fig2-examples', () => {
  it('outOfBandFraction: a 3 Hz sine is all above 2 Hz, a 1 Hz sine all below', () => {
    const L = 10000;
    const s3 = new Float64Array(L);
    const s1 = new Float64Array(L);
    for (let n = 0; n < L; n++) {
      s3[n] = Math.sin(2 * Math.PI * 3 * n * 1e-3);
      s1[n] = Math.cos(2 * Math.PI * 1 * n * 1e-3) + 0.3;
    }
    expect(outOfBandFraction(s3, 1e-3, 2)).toBeCloseTo(1, 10);
    expect(Math.abs(outOfBandFraction(s1, 1e-3, 2))).toBeLessThan(1e-12);
  });

  it('runs end to end: claims pass, figures valid, plain JSON', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick', seed: 3 }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const claims = experiment.claims(result, 'quick');
    expect(claims.length).toBe(7);
    for (const c of claims) expect(c.pass, `${c.name}: ${c.value} vs ${c.bound}`).toBe(true);
    const figs = experiment.figures(result);
    expect(Object.keys(figs).sort()).toEqual(['errors', 'filtered-noise', 'white-signal']);
    expectValidFigures(figs);

    const bad: Fig2Result = structuredClone(result);
    bad.examples[0].outOfBandFraction = 0.2;
    bad.examples[1].legtSecondHalf = 10 * bad.examples[1].copyLastSecondHalf;
    const failed = fig2Claims(bad)
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(failed.some((n) => n.startsWith('White Signal has no energy'))).toBe(true);
    expect(failed.some((n) => n.includes('LegT / copy-last'))).toBe(true);
  });
});
