/**
 * Claim specs: a claim's name, its test (the bound) and how to measure it, stated once. `evaluateClaims` runs a
 * table of them; a measurement that throws becomes a failed claim instead of aborting the others.
 *
 *   evaluateClaims([
 *     atMost('LegT error <= 1e-6', 1e-6, () => result.error),
 *     between('spike within [0.02, 2]', 0.02, 2, () => ({ value: spike, detail: `measured ${spike}` })),
 *   ])
 *
 * The test is data beside the name, so a table of bounds (with their reasons and sources) can drive the specs.
 *
 * @see arXiv:2407.09375
 */

/** A measurement: the value, or the value with a detail built from the result (default: the test in words). */
export type Measured = number | { readonly value: number; readonly detail?: string };

/** A measurement that decides its own pass (a compound test): value, pass and detail. */
export interface Judged {
  readonly value: number;
  readonly pass: boolean;
  readonly detail: string;
}

/** The test a measured value must pass. NaN passes none of them. */
export type ClaimTest =
  | { readonly kind: 'atMost'; readonly bound: number }
  | { readonly kind: 'atLeast'; readonly bound: number }
  | { readonly kind: 'between'; readonly lo: number; readonly hi: number };

/** A claim with a bound: passes when the measured value satisfies `test`. */
export interface BoundClaimSpec {
  readonly name: string;
  readonly test: ClaimTest;
  readonly measure: () => Measured;
}

/** A claim whose measurement decides the pass (a compound condition); `bound` states it in words. */
export interface JudgedClaimSpec {
  readonly name: string;
  readonly test: { readonly kind: 'judged'; readonly bound: string };
  readonly measure: () => Judged;
}

/** One row of an experiment's claims table. */
export type ClaimSpec = BoundClaimSpec | JudgedClaimSpec;

/**
 * A claim that passes when value <= bound.
 *
 * @param name - the claim, stated once
 * @param bound - the largest value that passes
 * @param measure - computes the value (and optionally a detail) from the result; may throw
 * @returns the spec
 * @example atMost('max error', 1e-6, () => 3e-7)
 */
export function atMost(name: string, bound: number, measure: () => Measured): BoundClaimSpec {
  return { name, test: { kind: 'atMost', bound }, measure };
}

/**
 * A claim that passes when value >= bound.
 *
 * @param name - the claim, stated once
 * @param bound - the smallest value that passes
 * @param measure - computes the value (and optionally a detail) from the result; may throw
 * @returns the spec
 * @example atLeast('gain', 100, () => ({ value: 251, detail: 'FD p=4' }))
 */
export function atLeast(name: string, bound: number, measure: () => Measured): BoundClaimSpec {
  return { name, test: { kind: 'atLeast', bound }, measure };
}

/**
 * A claim that passes when lo <= value <= hi (the bound is shown as "[lo, hi]").
 *
 * @param name - the claim, stated once
 * @param lo - lower end of the band
 * @param hi - upper end of the band
 * @param measure - computes the value (and optionally a detail) from the result; may throw
 * @returns the spec
 * @example between('ratio near 1', 0.5, 2, () => 1.1)
 */
export function between(name: string, lo: number, hi: number, measure: () => Measured): BoundClaimSpec {
  return { name, test: { kind: 'between', lo, hi }, measure };
}

/**
 * A claim whose measurement decides its pass, for a compound condition that no single bound states.
 *
 * @param name - the claim, stated once
 * @param bound - the condition in words (shown as the bound)
 * @param measure - returns { value, pass, detail }; may throw
 * @returns the spec
 * @example judged('ratio small while the other is large', '<= 4 while >= 100', () => ({ value: 2, pass: 2 <= 4, detail: '' }))
 */
export function judged(name: string, bound: string, measure: () => Judged): JudgedClaimSpec {
  return { name, test: { kind: 'judged', bound }, measure };
}
