import { requireInteger, requireOneOf } from '../util/validate.ts';
import { HIGHER_ORDER_RULES } from './types.ts';
import type { HigherOrderRule } from './types.ts';

/**
 * The declared order p of the local one-step error |uhat_{k+1} - u_{k+1}| = O(dt^p) of a higher-order rule on a
 * smooth signal the window resolves (fixed N and theta, dt -> 0, until the readouts' own error takes over, which
 * contributes dt times the continuous readout error):
 *
 *   'matched', M odd:   p = M + 2   (the residual's dt^(M+1) coefficient is Dbar - 1 = O(D_1 dt))
 *   'matched', M even:  p = M + 1
 *   'taylor', any M:    p = 2       (the bilinear state's half-step lead, see HigherOrderRule)
 *
 * So M = 1 (the paper's trapezoid) and M = 2 are third order, M = 3 and 4 fifth order. M = 2 still removes the
 * trapezoid's leading D_1 dt^3 u'' term (exact on quadratics), which dominates when D_1 >> |u'''/u''|.
 *
 * @param rule - 'matched' | 'taylor'
 * @param M - readout order, integer >= 1
 * @returns p
 * @throws RangeError for an unknown rule or M not an integer >= 1
 * @example localOrder('matched', 3) // 5
 * @see arXiv:2407.09375
 */
export function localOrder(rule: HigherOrderRule, M: number): number {
  requireOneOf('localOrder', 'rule', rule, HIGHER_ORDER_RULES);
  requireInteger('localOrder', 'M', M, 1);
  if (rule === 'taylor') return 2;
  return M % 2 === 1 ? M + 2 : M + 1;
}
