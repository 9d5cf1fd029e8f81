/**
 * The factors in which the beyond-the-paper claims state comparisons, declared once so that a word means the same
 * bound in every bound table: "at the same level" is within {@link SAME_LEVEL} either way, "better", "worse" or
 * "beats" is beyond it, and "clearly" or "by an order of magnitude" is {@link ORDER_OF_MAGNITUDE}. Fitted rates use
 * the declared order +- RATE_TOLERANCE (fitRate.ts; the tests' ORDER_SLOPE, 0.3). {@link extreme} takes the worst
 * value of a claim over a selection, which must not be empty.
 *
 * @see arXiv:2407.09375
 */
import { nonEmpty } from '../claims/index.ts';
import type { ClaimKind, Registration } from '../claims/index.ts';

/**
 * Two errors within this factor either way are at the same level; one is better or worse than the other only
 * beyond it. The factor of POSTER_TOLERANCE (experiments/claims/registration.ts): a level is known to about 2x.
 */
export const SAME_LEVEL = 2;

/** "Clearly better" or "by an order of magnitude": a factor 10. */
export const ORDER_OF_MAGNITUDE = 10;

/** The reason of a bound of {@link ORDER_OF_MAGNITUDE}. */
export const CLEARLY_REASON =
  'an order of magnitude (ORDER_OF_MAGNITUDE): clearly, not within the spread of the measurement';

/**
 * A bound-table row "value >= ORDER_OF_MAGNITUDE": a ratio the claim says is an order of magnitude or more.
 *
 * @param name - the statement
 * @param source - what it rests on and what the value is
 * @param kind - @default 'finding'
 * @returns the row
 * @example clearlyAbove('A beats B by an order of magnitude or more', 'ours; value: B / A').test.kind === 'atLeast'
 * @see arXiv:2407.09375
 */
export function clearlyAbove(name: string, source: string, kind: ClaimKind = 'finding'): Registration {
  return { name, kind, source, test: { kind: 'atLeast', bound: ORDER_OF_MAGNITUDE }, reason: CLEARLY_REASON };
}

/**
 * The largest or smallest value of `f` over `items`, with the item where it occurs. A NaN value is returned as the
 * extreme (a missing series fails the claim instead of being skipped).
 *
 * @param items - the selection (at least one)
 * @param f - the value of one item
 * @param pick - 'max' or 'min'
 * @param what - what the items are, for the empty-selection message
 * @returns `{ value, at }`
 * @throws RangeError for an empty selection (so that a claim over it fails)
 * @example extreme(['a', 'bb'], (s) => s.length, 'max', 'keys').at === 'bb'
 * @see arXiv:2407.09375
 */
export function extreme<T>(
  items: readonly T[],
  f: (item: T) => number,
  pick: 'max' | 'min',
  what: string,
): { value: number; at: T } {
  let best: { value: number; at: T } | undefined;
  for (const item of nonEmpty(items, what)) {
    const value = f(item);
    if (Number.isNaN(value)) return { value, at: item };
    if (best === undefined || (pick === 'max' ? value > best.value : value < best.value))
      best = { value, at: item };
  }
  return best!;
}
