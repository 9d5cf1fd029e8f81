/**
 * The pre-registered claims of the forecast experiment (issue 17's three, plus the instability that makes the
 * third one distinguishing), written before the experiment's values were looked at.
 *
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
import { registerClaims } from '../claims/index.ts';

/** "Most" of the compared cells, declared before measuring: more than half. */
export const MOST = 0.5;
/** The fraction of initial conditions the Lorenz claim needs: 9 of 10 (one failure allowed). */
export const LORENZ_FRACTION = 0.9;

/** The bound table of forecast. */
export const BOUNDS = registerClaims({
  'lorenz-one-lt': {
    name:
      'the HiPPO forecaster stays valid for at least one Lyapunov time on Lorenz (context 10^4, dt = 0.01, all ' +
      'three channels observed) from at least 9 of 10 initial conditions',
    kind: 'finding',
    source:
      'ours, anchored on Gauthier et al., Nat. Commun. 12, 5564 (2021): a ridge readout of quadratic monomials of ' +
      'time-delayed states (NG-RC) forecasts Lorenz for several Lyapunov times from a short context; the HiPPO ' +
      'forecaster has the same readout with LegT states in place of the delays; value: the fraction of the ' +
      'initial conditions of the Lorenz cell at context 10^4 whose valid time is >= 1 Lyapunov time',
    test: { kind: 'atLeast', bound: LORENZ_FRACTION },
    reason:
      'one Lyapunov time is where a forecast needs a model of the dynamics rather than local extrapolation (the ' +
      "chaotic experiment's methods all stay below it); 9 of 10 is issue 17's pre-registration (a single failing " +
      'initial condition allowed)',
  },
  'within-2x-ngrc': {
    name:
      "the HiPPO forecaster's mean valid time is at least half of NG-RC's on most of the compared system-context " +
      'cells (more than half of them)',
    kind: 'finding',
    source:
      'ours, against the anchor NG-RC (Gauthier et al. 2021) with k = 3 delays and the same polynomial features; ' +
      'value: the fraction of the compared cells where mean(HiPPO) >= mean(NG-RC) / 2; compared: every cell where ' +
      'not both methods stayed valid over the whole horizon at every initial condition (there both valid times are ' +
      'the horizon, which compares nothing)',
    test: { kind: 'judged', bound: `fraction of the compared cells > ${MOST}` },
    reason:
      '"within 2x or better" and "most" (declared as more than half) are issue 17\'s statement; a factor 2 is the ' +
      'project\'s "same level" (SAME_LEVEL, common/claimFactors.ts)',
  },
  'stable-never-diverges': {
    name: 'the stabilised construction never diverges within the horizon, on any system or initial condition',
    kind: 'finding',
    source:
      'src/construction/stabilizeClosedLoop: the closed loop of docs/theory.md eq. 25 blended with copy-last until ' +
      'its spectral radius is <= 1 (a radius <= 1 bounds the growth only asymptotically, so this is measured); ' +
      "value: the number of legt-stable forecasts that stop being finite or leave the context's range widened " +
      '10-fold on both sides, over all cells and initial conditions',
    test: { kind: 'atMost', bound: 0 },
    reason: '"never" is the statement: zero forecasts',
  },
  'plain-diverges': {
    name: 'the plain construction (N = 4, window 32 dt) diverges within the horizon in every forecast',
    kind: 'theory',
    source:
      'docs/theory.md eq. 25: the closed loop of the construction has spectral radius rho > 1 for N >= 3, so any ' +
      'error at the hand-over grows like rho^k; value: the fraction of the plain legt forecasts that stop being ' +
      "finite or leave the context's range widened 10-fold, over all cells and initial conditions",
    test: { kind: 'atLeast', bound: 1 },
    reason:
      'every forecast: the detail reports rho^horizon, which must exceed the ratio of the range to a rounding-level ' +
      'hand-over error (~1e16) for the statement to follow from eq. 25; this is what makes "never diverges" of the ' +
      'stabilised construction a property of the stabilisation rather than of the systems',
  },
});
