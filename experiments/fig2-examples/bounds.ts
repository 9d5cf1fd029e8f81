/**
 * The pre-registered claims of figure 2 (example White Signal and Filtered Noise with the LegT prediction): one row
 * per claim with its kind, source, test and the reason for its bound, written before the values were measured. The
 * examples' properties that hold by construction (min-max scaled, White Signal band-limited) are unit tests of the
 * generator (test/experiments/fig2-examples.test.ts), not claims.
 *
 * @see arXiv:2407.09375
 */
import { POSTER_TOLERANCE, registerClaims } from '../claims/index.ts';
import { SAME_ON_LOG_PLOT } from '../common/index.ts';

const SETTING =
  "at the paper's setting (theta = 1, dt = 1/L) the window is the whole 10 s context, which N = 17 Legendre " +
  'coefficients cannot resolve';

/** The bound table of figure 2. */
export const BOUNDS = registerClaims({
  whiteAtCopyLast: {
    name: 'White Signal (gamma = 2): LegT N = 17 sits at the copy-last level (second-half MSE within 2x either way)',
    kind: 'finding',
    source:
      `ours: ${SETTING}: the band edge turns through pi gamma 10 s = 63 rad over half the window, and Legendre ` +
      'coefficients resolve a sinusoid only past that many (figure 3, the resolution rows)',
    test: { kind: 'between', lo: 1 / POSTER_TOLERANCE, hi: POSTER_TOLERANCE },
    reason: SAME_ON_LOG_PLOT,
  },
  filteredAtCopyLast: {
    name: 'Filtered Noise (alpha = 0.05): LegT N = 17 sits at the copy-last level (second-half MSE within 2x either way)',
    kind: 'finding',
    source: `ours: ${SETTING}: it spans 200 correlation times alpha of the signal (figure 4, the plateau rows)`,
    test: { kind: 'between', lo: 1 / POSTER_TOLERANCE, hi: POSTER_TOLERANCE },
    reason: SAME_ON_LOG_PLOT,
  },
});
