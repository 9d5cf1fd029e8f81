/**
 * Every numeric tolerance the tests use, in one place, each with the reason for its value.
 * Areas append their own block below; keep one constant per distinct reason.
 */

/** Default for float64 results of a few well-conditioned operations: a few hundred ulps of O(1) numbers. */
export const TIGHT = 1e-12;

/** Log-log slopes of convergence studies must lie within this distance of the declared order (design.md). */
export const ORDER_SLOPE = 0.3;
