/**
 * The pre-registered claims of the window experiment: the in-context window bank against the best fixed window in
 * hindsight and against the paper's theta = 1.
 *
 * @see arXiv:2407.09375
 */
import { registerClaims } from '../claims/index.ts';
import { clearlyAbove, SAME_LEVEL } from '../common/claimFactors.ts';

function bankVsBest(rule: string) {
  return {
    name: `${rule} members: on every signal class the bank is at the level of the best fixed (theta, N) in hindsight`,
    kind: 'finding' as const,
    source:
      'ours: the bank combines the grid cells causally from the context alone, the best fixed cell is chosen after ' +
      'seeing every error; value: the largest bank / best-fixed MSE ratio over the classes (second half, class means)',
    test: { kind: 'atMost' as const, bound: SAME_LEVEL },
    reason: `"at the level of" = within SAME_LEVEL (${SAME_LEVEL}x); the bank may also be better (it adapts per function)`,
  };
}

function bankVsPaper(rule: string) {
  return clearlyAbove(
    `White Signal gamma 1: the bank of ${rule} members beats the paper's theta = 1 (N = 17, trapezoid) by an order of magnitude or more`,
    "ours: the paper's window spans the whole context, 10 cycles N = 17 cannot resolve, while the grid holds " +
      'windows that resolve them; value: MSE(paper construction) / MSE(bank)',
  );
}

/** The bound table of window. */
export const BOUNDS = registerClaims({
  'bank-trapezoid': bankVsBest('trapezoid'),
  'bank-matched-3': bankVsBest('matched-3'),
  'paper-trapezoid': bankVsPaper('trapezoid'),
  'paper-matched-3': bankVsPaper('matched-3'),
});
