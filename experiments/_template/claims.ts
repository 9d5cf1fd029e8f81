/**
 * TEMPLATE claims.ts: measures each row of the bound table (bounds.ts) from the result, with a detail built from the
 * result (never typed-in numbers). evaluateRegistered pairs rows and measurements; a measurement that throws or is
 * NaN (an empty selection) fails its claim.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { TemplateResult } from './run.ts';

/**
 * @param result - from runTemplate
 * @returns the claims, one per row of BOUNDS, status computed
 * @see arXiv:2407.09375
 */
export function templateClaims(result: TemplateResult): Claim[] {
  return evaluateRegistered(BOUNDS, {
    resolvedSine: () => ({
      value: result.legt / result.copyLast,
      detail: `LegT / copy-last: ${result.legt.toExponential(2)} / ${result.copyLast.toExponential(2)}`,
    }),
  });
}
