/**
 * The reasons that recur in the bound tables of the paper's figures: why a band of 2x around a poster number, why
 * 2x for "visible on a log plot", why an order of magnitude for "clearly better". One wording, cited by every row.
 *
 * @see arXiv:2407.09375
 */
import { CLEARLY_REASON, ORDER_OF_MAGNITUDE } from './claimFactors.ts';

/** The reason of a paperBand row: a number read off one of the poster's log plots. */
export const POSTER_READING_REASON =
  "a number read off the poster's log plot: POSTER_TOLERANCE, 2x either way (the reading's +-10% and what the " +
  'paper leaves open: the averaging window, the signal draws)';

/** The reason of a 2x bound on a difference: what a log plot read to POSTER_TOLERANCE can show. */
export const VISIBLE_ON_LOG_PLOT =
  'more than POSTER_TOLERANCE (2x): the smallest difference a log plot read to 2x can show';

/** The reason of a "within 2x" bound: indistinguishable on such a plot. */
export const SAME_ON_LOG_PLOT = 'indistinguishable on a log plot read to POSTER_TOLERANCE (2x either way)';

/** "Clearly better" as an upper bound on a ratio: an order of magnitude (claimFactors.ts ORDER_OF_MAGNITUDE). */
export const CLEARLY_BETTER = 1 / ORDER_OF_MAGNITUDE;

/** The reason of a CLEARLY_BETTER bound. */
export const CLEARLY_BETTER_REASON = CLEARLY_REASON;
