/**
 * The pre-registered claims of figure 1 (per-step errors on the authors' Van der Pol signal): one row per claim with
 * its kind, source, test and the reason for its bound, written before the values were measured. All rows use the
 * run with dt = the sample spacing.
 *
 * @see arXiv:2407.09375
 */
import { paperBand, registerClaims } from '../claims/index.ts';
import { CLEARLY_BETTER, CLEARLY_BETTER_REASON, POSTER_READING_REASON } from '../common/index.ts';

/** The poster's LegT start-up spike, read off the log plot. */
export const PAPER_LEGT_SPIKE = 0.2;

/** The poster's FouT spike height at the switching events, read off the log plot. */
export const PAPER_FOUT_SPIKE = 9e-3;

const EVENTS =
  'events: the dips of x after the start-up (t >= 2 windows), peak = the largest error within +-1 time unit of a ' +
  'dip, quiet level = the median error farther than 2 time units from every dip';

/** The bound table of figure 1. */
export const BOUNDS = registerClaims({
  legtSpike: {
    name: "LegT's error has one start-up spike of the poster's height (N = 17)",
    kind: 'paper',
    source:
      `figure 1 (poster log plot): LegT's error at the first steps, read ~${PAPER_LEGT_SPIKE}; ours: the largest ` +
      'squared error over the first 50 steps',
    test: paperBand(PAPER_LEGT_SPIKE),
    paper: PAPER_LEGT_SPIKE,
    reason: POSTER_READING_REASON,
    deviation: {
      explanation:
        'The first steps err because the state starts at x_0 = 0 while the signal starts at u_0 = 0.5, and that error ' +
        'scales with D dt = N^2 dt / theta: it depends on the time step and on how the first step is computed, ' +
        'neither of which the paper states. With dt = the sample spacing (of the two conventions the one that gives ' +
        "a spike of this order) ours is about half the poster's.",
      tried:
        'dt = 1/L (a spike three orders of magnitude lower, figure errors-dt-1-over-L); the first-step quirk of the ' +
        "authors' LegT code (prophecy's authorsFirstStep: one C term at k = 0), which lands inside the band; the " +
        'experiment keeps the trapezoid rule of docs/theory.md eq. 17 and eq. 18 at every step',
    },
  },
  legtQuiet: {
    name: "after its start-up spike LegT's error is ~0: its largest error after the start-up is 10x below copy-last's",
    kind: 'paper',
    source:
      "figure 1 (poster): LegT's trace drops out of sight after its spike; ours: the largest squared error for " +
      "t >= 2 windows, LegT's over copy-last's",
    test: { kind: 'atMost', bound: CLEARLY_BETTER },
    reason: `"~0" made testable against the trivial predictor: ${CLEARLY_BETTER_REASON}`,
  },
  legtBelowFout: {
    name: "after the start-up LegT's error is far below FouT's (the authors' predictor): its largest error 10x below",
    kind: 'paper',
    source:
      "figure 1 (poster): LegT's trace lies far below FouT's after the start-up; ours: the largest squared error for " +
      "t >= 2 windows, LegT's over the authors' FouT predictor's (fout-authors, docs/theory.md eq. 11)",
    test: { kind: 'atMost', bound: CLEARLY_BETTER },
    reason: CLEARLY_BETTER_REASON,
  },
  foutSpikes: {
    name: "the authors' FouT spikes at every switching event: each event's peak at least 10x its quiet level",
    kind: 'paper',
    source: `figure 1 (poster): FouT's error spikes at each switching event; ours: fout-authors, ${EVENTS}`,
    test: { kind: 'atLeast', bound: 1 / CLEARLY_BETTER },
    reason: `a spike: ${CLEARLY_BETTER_REASON} above the level around it`,
  },
  foutSpikeHeight: {
    name: "the authors' FouT spikes reach the poster's height",
    kind: 'paper',
    source:
      `figure 1 (poster log plot): FouT's spikes at the events, read ~${PAPER_FOUT_SPIKE}; ours: the largest event ` +
      'peak of fout-authors',
    test: paperBand(PAPER_FOUT_SPIKE),
    paper: PAPER_FOUT_SPIKE,
    reason: POSTER_READING_REASON,
    deviation: {
      explanation:
        "The authors' FouT predictor, run on our reading of their signal, spikes about two orders of magnitude below " +
        "the poster, the construction's FouT lower still. The height depends on the time step and on the window in " +
        'time units (theta = 1 is 500 samples here), which the paper does not state.',
      tried:
        'dt = the sample spacing and dt = 1/L (both computed, figures errors and errors-dt-1-over-L); the ' +
        "construction's FouT; fout-code (4 pi m) with forward Euler and no D, which errs about uniformly instead of " +
        'spiking (scripts/investigations/fout-authors.ts)',
    },
  },
  foutConstructionSpikes: {
    name: "the construction's FouT spikes at every switching event too: each event's peak at least 10x its quiet level",
    kind: 'theory',
    source:
      "docs/theory.md eq. 10: on a window that is not periodic FouT reads about (u'(t) + u'(t - theta)) / 2, so it " +
      `errs where u' differs across the window, at and one window after each event, and not between; ours: FouT, ${EVENTS}`,
    test: { kind: 'atLeast', bound: 1 / CLEARLY_BETTER },
    reason: `a spike: ${CLEARLY_BETTER_REASON} above the level around it`,
  },
});
