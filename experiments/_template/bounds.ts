/**
 * TEMPLATE bounds.ts: the pre-registered bound table, written BEFORE the values are measured. One row per claim: the
 * statement (no measured numbers in it), its kind ('paper' with the figure and how the value was read, 'theory' with
 * the docs/theory.md equation, 'finding' with what it rests on), the test and the reason for that bound. A paper
 * number we do not reproduce is a 'deviation' registered on its row (explanation, what was tried), never a band
 * moved until it passes.
 *
 * @see arXiv:2407.09375
 */
import { registerClaims } from '../claims/index.ts';
import { CLEARLY_BETTER, CLEARLY_BETTER_REASON } from '../common/index.ts';

/** The bound table of the template experiment. */
export const BOUNDS = registerClaims({
  resolvedSine: {
    name: 'LegT is an order of magnitude below copy-last on a sine its window resolves',
    kind: 'finding',
    source: 'ours: a window holding a few cycles of a sine is resolved by N = 9 Legendre coefficients',
    test: { kind: 'atMost', bound: CLEARLY_BETTER },
    reason: CLEARLY_BETTER_REASON,
  },
});
