/**
 * The most terms a sum-of-terms signal (multi-sine, Legendre series) takes: its work is terms x length, and the
 * paper uses 15 to 20, so 10^4 leaves room for any study while refusing a count that would run for hours.
 */
export const MAX_SIGNAL_TERMS = 10_000;
