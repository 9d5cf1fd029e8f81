import { discretizeOutput, OUTPUT_RULES, trapezoidIsValid } from '../discretize/index.ts';
import { requireFinite, requireFiniteArray, requireInteger, requireOneOf } from '../util/validate.ts';
import type { OutputRule } from './types.ts';

/**
 * The LegS next-value output at step k: LegS reads u'(t) ~ (1/t)(C x + D u) and, with time counted in steps
 * (x_{k+1} summarises [0, k + 1], see discretize/legsStep), the step is dt / t_{k+1} = 1 / (k + 1), so
 *
 *   Cbar_k, Dbar_k = discretizeOutput(C, D, 1/(k+1), rule)
 *   trapezoid: Cbar_k = C / ((k+1)(1 - D/(2(k+1)))),  Dbar_k = (1 + D/(2(k+1))) / (1 - D/(2(k+1))).
 *
 * The trapezoid needs D / (2 (k + 1)) < 1 (N^2 < 2 (k + 1) for HiPPO LegS): on earlier steps the implicit solve is
 * singular or flips sign, and this returns the copy-last output Cbar = 0, Dbar = 1 with `valid: false` (the first
 * valid step is k = floor(D/2)). 'forward-euler' (Cbar = C/(k+1), Dbar = 1) is valid at every step.
 *
 * @param C - LegS derivative readout p^T A, shape [N]
 * @param D - LegS p^T B (N^2)
 * @param k - step index, integer >= 0
 * @param rule - 'trapezoid' | 'forward-euler'; @default 'trapezoid'
 * @returns `{ Cbar, Dbar, valid }`
 * @throws RangeError for k not an integer >= 0, an unknown rule or non-finite C, D
 * @example
 *   const { C, D } = derivativeReadout(hippo('legs', 2)); // D = N^2 = 4: first valid trapezoid step k = 2
 *   const s0 = legsOutputStep(C, D, 0); // D / 2 >= 1: the copy-last output
 *   !s0.valid && s0.Dbar === 1 && s0.Cbar.every((v) => v === 0);
 *   !legsOutputStep(C, D, 1).valid && legsOutputStep(C, D, 2).valid;
 *   legsOutputStep(C, D, 0, 'forward-euler').valid; // the explicit rule is valid at every step
 * @see arXiv:2008.07669, arXiv:2407.09375
 */
export function legsOutputStep(
  C: Float64Array,
  D: number,
  k: number,
  rule: OutputRule = 'trapezoid',
): { Cbar: Float64Array; Dbar: number; valid: boolean } {
  const where = 'legsOutputStep';
  const c = requireFiniteArray(where, 'C', C);
  requireFinite(where, 'D', D);
  requireInteger(where, 'k', k, 0);
  requireOneOf(where, 'rule', rule, OUTPUT_RULES);
  const h = 1 / (k + 1);
  if (rule === 'trapezoid' && !trapezoidIsValid((D * h) / 2))
    return { Cbar: new Float64Array(c.length), Dbar: 1, valid: false };
  return { ...discretizeOutput(c, D, h, rule), valid: true };
}
