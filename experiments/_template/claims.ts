/**
 * TEMPLATE claims.ts: the claims table. One spec per claim: its name (stated once), its test (atMost, atLeast,
 * between, or judged for a compound condition) and a measurement from the result, with a detail built from the
 * result. evaluateClaims turns a measurement that throws into a failed claim.
 *
 * @see arXiv:2407.09375
 */
import { atMost, evaluateClaims } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import type { TemplateResult } from './run.ts';

/**
 * @param result - from runTemplate
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function templateClaims(result: TemplateResult): Claim[] {
  return evaluateClaims([
    atMost('LegT at most 1e-3 x copy-last on a resolved sine', 1e-3, () => ({
      value: result.legt / result.copyLast,
      detail: `LegT ${result.legt.toExponential(2)}, copy-last ${result.copyLast.toExponential(2)}`,
    })),
  ]);
}
