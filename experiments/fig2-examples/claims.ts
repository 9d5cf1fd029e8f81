/**
 * Claims of figure 2: simple properties of the examples that can fail.
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, between, evaluateClaims } from '../claims/index.ts';
import type { ClaimSpec } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import type { Fig2Example, Fig2Result } from './compute.ts';

function example(result: Fig2Result, system: string): Fig2Example {
  const e = result.examples.find((x) => x.system === system);
  if (!e) throw new RangeError(`fig2-examples: no ${system} example in the result`);
  return e;
}

/**
 * The claims of figure 2 (simple properties of the examples that can fail).
 *
 * @param result - from {@link computeFig2}
 * @returns the claims
 * @example fig2Claims(computeFig2(params, 0))
 */
export function fig2Claims(result: Fig2Result): Claim[] {
  const specs: ClaimSpec[] = [
    atMost('both signals min-max scaled: min = 0 and max = 1', 1e-12, () => ({
      value: Math.max(...result.examples.map((e) => Math.max(Math.abs(e.min), Math.abs(e.max - 1)))),
      detail: 'largest |min| or |max - 1| over the two examples',
    })),
    atMost('White Signal has no energy above its cutoff', 1e-12, () => ({
      value: Math.abs(example(result, 'white-signal').outOfBandFraction),
      detail: `|fraction of the mean-removed energy above gamma = ${result.params.gamma} Hz| (direct DFT; rounding ~1e-15)`,
    })),
    atLeast('Filtered Noise is not band-limited (same check, >= 1% above gamma)', 0.01, () => ({
      value: example(result, 'filtered-noise').outOfBandFraction,
      detail: `energy fraction above ${result.params.gamma} Hz: shows the spectral check discriminates`,
    })),
  ];
  for (const e of result.examples) {
    specs.push(
      between(`${e.name}: LegT / copy-last second-half MSE in [0.5, 1.1]`, 0.5, 1.1, () => ({
        value: e.legtSecondHalf / e.copyLastSecondHalf,
        detail:
          `LegT ${e.legtSecondHalf.toExponential(2)}, copy-last ${e.copyLastSecondHalf.toExponential(2)}: with theta = 1 and ` +
          'dt = 1/L the window spans the whole context and N = 17 degenerates to about copy-last (paper-notes 7)',
      })),
      atMost(`${e.name}: LegT tracks the signal (second-half MSE <= 1e-2 x variance)`, 1e-2, () => ({
        value: e.legtSecondHalf / e.variance,
        detail: `MSE ${e.legtSecondHalf.toExponential(2)}, variance ${e.variance.toExponential(2)}`,
      })),
    );
  }
  return evaluateClaims(specs);
}
