/**
 * The pre-registered claims of figure 5 (LegT error vs context position): one row per claim with its kind, source,
 * test and the reason for its bound, written before the values were measured. The experiment keeps its setting
 * (White Signal gamma = 1 min-max scaled, theta = 1, dt = 1e-4); where the poster's numbers are not reproduced the
 * rows register the deviation and what was tried (scripts/investigations/fig5-context.ts).
 *
 * @see arXiv:2407.09375
 */
import { loglogSlope } from '../../src/metrics/index.ts';
import { paperBand, registerClaims } from '../claims/index.ts';
import type { Deviation, Registration } from '../claims/index.ts';
import { POSTER_READING_REASON } from '../common/index.ts';
import { PAPER_REACH } from './compute.ts';

/** The state sizes of the poster's curves. */
export const FIG5_NS = [16, 31, 46, 61, 76] as const;
export type Fig5N = (typeof FIG5_NS)[number];

/** The poster's common floor and start level, read off the log plot. */
export const PAPER_FLOOR = 5e-7;
export const PAPER_START = 1;

/** The log-log slope of the poster's reach positions against N. */
export const PAPER_REACH_SLOPE = loglogSlope(
  [...FIG5_NS],
  FIG5_NS.map((N) => PAPER_REACH[N]),
).slope;

/** Fitted slopes must lie within this distance of the declared one (ORDER_SLOPE, test/tolerances.ts). */
export const ORDER_SLOPE = 0.3;

const TRIED =
  'scripts/investigations/fig5-context.ts, one convention at a time: the median over functions instead of the ' +
  "mean; the raw signal (rms 0.5) instead of min-max scaled; the authors' first-step quirk; position 0 as the " +
  'prediction of u_0 from the zero state; windows theta / dt from 300 to 40000 samples. None gives both the ' +
  "poster's positions and its floor; the experiment keeps its setting";

const REACH_DEVIATION: Deviation = {
  explanation:
    "The paper does not say how its positions were read. Our mean curves ring while the zero initial state's " +
    "transients die out, so 'reached' is taken as staying within 10x the floor to the end; there ours are 2-3x " +
    "the poster's from N = 31 on (N = 16 lands just inside the band). The raw (unscaled) signal gives the poster's " +
    "positions, but with a floor several times above the poster's.",
  tried: TRIED,
};

function reachRow(N: Fig5N): Registration {
  return {
    name: `N = ${N}: LegT's mean error reaches the common floor at the poster's context position`,
    kind: 'paper',
    source:
      `figure 5 (poster log plot): the N = ${N} curve reaches the floor near position ${PAPER_REACH[N]}; ours: the ` +
      'first position after which the mean error stays within 10x the floor (metrics/firstReach)',
    test: paperBand(PAPER_REACH[N]),
    paper: PAPER_REACH[N],
    reason: POSTER_READING_REASON,
    deviation: REACH_DEVIATION,
  };
}

/** The bound table of figure 5. */
export const BOUNDS = registerClaims({
  reach16: reachRow(16),
  reach31: reachRow(31),
  reach46: reachRow(46),
  reach61: reachRow(61),
  reach76: reachRow(76),
  reachGrows: {
    name: 'larger N needs a longer context: the reach position strictly increases with N',
    kind: 'paper',
    source:
      'figure 5 (poster): the curves reach the floor in the order of N; ours: the smallest step of the reach ' +
      'position between consecutive N (positions are integers)',
    test: { kind: 'atLeast', bound: 1 },
    reason: 'the statement itself: a strict increase of integer positions is a step of at least 1',
  },
  reachSlope: {
    name: "the reach position grows with N at the poster's rate (log-log slope)",
    kind: 'paper',
    source:
      "figure 5 (poster): the slope of log(reach) against log(N) through the poster's five positions; ours: the same " +
      'fit to our reach positions',
    test: {
      kind: 'between',
      lo: Math.floor((PAPER_REACH_SLOPE - ORDER_SLOPE) * 1000) / 1000,
      hi: Math.ceil((PAPER_REACH_SLOPE + ORDER_SLOPE) * 1000) / 1000,
    },
    paper: PAPER_REACH_SLOPE,
    reason:
      "a fitted rate: the project's tolerance for a fitted log-log slope, ORDER_SLOPE = 0.3 (test/tolerances.ts), " +
      'rounded outwards to 3 decimals',
  },
  floor: {
    name: "the common floor is the poster's",
    kind: 'paper',
    source:
      `figure 5 (poster log plot): the floor the curves reach, read ~${PAPER_FLOOR}; ours: copy-last's mean error ` +
      'over all positions and functions',
    test: paperBand(PAPER_FLOOR),
    paper: PAPER_FLOOR,
    reason: POSTER_READING_REASON,
  },
  startOverFloor: {
    name: "every N starts as far above the floor as the poster's curves (start / floor)",
    kind: 'paper',
    source:
      `figure 5 (poster log plot): every curve starts near ${PAPER_START} and falls to ~${PAPER_FLOOR}, a ratio of ` +
      `${PAPER_START / PAPER_FLOOR}; ours: the smallest over N of the mean error at position 0 over the floor`,
    test: paperBand(PAPER_START / PAPER_FLOOR),
    paper: PAPER_START / PAPER_FLOOR,
    reason: `${POSTER_READING_REASON}; applied once to the ratio of the two readings`,
    deviation: {
      explanation:
        'Our position 0 is the first prediction, of u_1 from u_0, whose error is the start-up error ~(D dt u_0)^2, ' +
        "hundreds of times the floor. The poster's start near 1 matches the error of predicting u_0 itself from the " +
        'zero state (u_0^2), a position our predictors do not have; counting it gives a ratio of about 5e5, still ' +
        "below the poster's.",
      tried: TRIED,
    },
  },
});
