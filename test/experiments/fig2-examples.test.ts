import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { BOUNDS } from '../../experiments/fig2-examples/bounds.ts';
import { fig2Claims } from '../../experiments/fig2-examples/claims.ts';
import { outOfBandFraction } from '../../experiments/fig2-examples/compute.ts';
import type { Fig2Result } from '../../experiments/fig2-examples/compute.ts';
import { experiment } from '../../experiments/fig2-examples/index.ts';
import { generate } from '../../src/systems/index.ts';
import { FIG2_OUT_OF_BAND_ROUNDING, FIG2_WINDOW_LEAKAGE, SAMPLING_SIGMAS, TIGHT } from '../tolerances.ts';
import { expectNoneFails, expectRegistered, statuses } from './claimChecks.ts';
import { expectValidFigures } from './helpers.ts';

/**
 * The fraction of the variance of the continuous alpha-synapse process above `cutoff` Hz: its spectrum is
 * proportional to 1 / (1 + x^2)^2 with x = 2 pi f alpha, and int_0^x dx / (1 + x^2)^2 = (x / (1 + x^2) + atan x) / 2.
 */
function alphaSynapseFractionAbove(cutoff: number, alpha: number): number {
  const x = 2 * Math.PI * cutoff * alpha;
  return 1 - (x / (1 + x * x) + Math.atan(x)) / 2 / (Math.PI / 4);
}

describe('fig2-examples', () => {
  let result: Fig2Result;

  it('outOfBandFraction: a 3 Hz sine is all above 2 Hz, a 1 Hz sine all below', () => {
    const L = 10000;
    const s3 = new Float64Array(L);
    const s1 = new Float64Array(L);
    for (let n = 0; n < L; n++) {
      s3[n] = Math.sin(2 * Math.PI * 3 * n * 1e-3);
      s1[n] = Math.cos(2 * Math.PI * 1 * n * 1e-3) + 0.3;
    }
    expect(outOfBandFraction(s3, 1e-3, 2)).toBeCloseTo(1, 10);
    expect(Math.abs(outOfBandFraction(s1, 1e-3, 2))).toBeLessThan(FIG2_OUT_OF_BAND_ROUNDING);
  });

  it('runs; the examples are what the generator promises: min-max scaled, White Signal band-limited', async () => {
    result = await experiment.run(inlineContext({ scale: 'quick', seed: 3 }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    for (const e of result.examples) {
      expect(Math.abs(e.min), e.name).toBeLessThan(TIGHT);
      expect(Math.abs(e.max - 1), e.name).toBeLessThan(TIGHT);
    }
    const white = result.examples.find((e) => e.system === 'white-signal')!;
    expect(Math.abs(white.outOfBandFraction)).toBeLessThan(FIG2_OUT_OF_BAND_ROUNDING);
    const figs = experiment.figures(result);
    expect(Object.keys(figs).sort()).toEqual(['errors', 'filtered-noise', 'white-signal']);
    expectValidFigures(figs);
  });

  it("Filtered Noise's energy above the White Signal cutoff is the alpha synapse's closed form", () => {
    // the same check on White Signal gives 0: here it must give the continuous process's fraction
    const alpha = 0.05;
    const M = 64;
    const f = Array.from({ length: M }, (_, i) =>
      outOfBandFraction(generate('filtered-noise', { alpha, seed: 1, stream: i }).values[0], 1e-3, 2),
    );
    const mean = f.reduce((a, b) => a + b, 0) / M;
    const se = Math.sqrt(f.reduce((a, b) => a + (b - mean) ** 2, 0) / (M - 1) / M);
    const exact = alphaSynapseFractionAbove(2, alpha);
    expect(exact).toBeGreaterThan(0.3);
    expect(Math.abs(mean - exact)).toBeLessThan(SAMPLING_SIGMAS * se + FIG2_WINDOW_LEAKAGE * exact);
  });

  it('computes every registered claim, none fails, and each fails on a deliberately wrong result', () => {
    const claims = experiment.claims(result, 'quick');
    expectRegistered(claims, BOUNDS);
    expectNoneFails(claims);
    for (const factor of [10, 0.01]) {
      // LegT an order of magnitude worse, or two better, than copy-last on both signals
      const bad: Fig2Result = structuredClone(result);
      for (const e of bad.examples) e.legtSecondHalf = factor * e.copyLastSecondHalf;
      expect(statuses(fig2Claims(bad))).toEqual({ whiteAtCopyLast: 'fail', filteredAtCopyLast: 'fail' });
    }
    const missing: Fig2Result = { ...result, examples: [] };
    expect(fig2Claims(missing).map((c) => c.status)).toEqual(['fail', 'fail']);
  });
});
