/**
 * The shapes a claim's measurement and test take (experiments/claims/registration.ts pairs them with a bound
 * table's rows): the measured value, a compound measurement that decides its own pass, and the test of a bound.
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
