/**
 * The pre-registered claims of figure 6 (experiments/claims/registration.ts): the paper's twelve numbers (mean error
 * of settings I-IV on Linear, Van der Pol and Filtered Noise), its two statements about them (the construction sits
 * near the trained optimum; a random initialisation is one to two orders of magnitude worse), and two findings of
 * ours. docs/reproduction.md, section "Figure 6", discusses each.
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import type { PaperSetting } from '../../src/fit/paperSettings.ts';
import { paperBand, POSTER_TOLERANCE, registerClaims } from '../claims/index.ts';
import type { Deviation, Registration } from '../claims/index.ts';
import { FIG6_PAPER, PAPER_TEST_SETS } from './paperNumbers.ts';
import type { PaperTestSet } from './paperNumbers.ts';

/** Row key of the paper's number for one setting and test set. */
export const errorKey = (setting: PaperSetting, set: PaperTestSet): string =>
  `paper-${setting}-${set.replace(/ /g, '-')}`;

/** Row key of the construction-near-optimum ratio on one test set. */
export const nearKey = (set: PaperTestSet): string => `near-optimum-${set.replace(/ /g, '-')}`;

/** Row key of the random-initialisation ratio on one test set. */
export const randomKey = (set: PaperTestSet): string => `random-init-${set.replace(/ /g, '-')}`;

const POSTER = `figure 6, the poster's log plot (read +-10%)`;
const BAND = `a value read off the poster's log plot: POSTER_TOLERANCE (${POSTER_TOLERANCE}x) either way`;
const RATIO_BAND =
  `a ratio of two values read off the poster's log plot (each +-10%), with the project's tolerance for poster ` +
  `readings, POSTER_TOLERANCE (${POSTER_TOLERANCE}x) either way`;

/** The paper's level is not ours: registered for every absolute number (see docs/reproduction.md, Figure 6). */
const LEVEL: Deviation = {
  explanation:
    'The poster states neither the error metric nor the scale of its test functions, and our errors of the ' +
    "construction and of the settings trained from it lie several times below the poster's on every set (most on " +
    "Filtered Noise, which fig6-trained draws stationary and min-max scaled to [0, 1]; unscaled, in the authors' " +
    'nengo convention, it sits as far below as Linear and Van der Pol). The settings are linear predictors, so the ' +
    "signals' scale moves all four settings alike and leaves the ratios between them (the rows near-optimum-* and " +
    'random-init-*) unchanged.',
  tried:
    'scripts/investigations/fig6-level.ts (the construction and copy-last, no training): mean L1 (the training loss ' +
    'and our metric), RMSE and MSE over the second half of each context; Filtered Noise stationary and nengo, min-max ' +
    "scaled and unscaled. None reaches the poster's level: L1 and RMSE stay below it on every set, MSE far below.",
};

/** Setting III: far fewer Adam steps than the paper's at quick scale; further from the poster's ratio at paper scale. */
const UNCONVERGED: Deviation = {
  explanation:
    'Setting III starts from Cbar, Dbar ~ N(0, 1) and needs many Adam steps: the quick scale trains 50 epochs of 2 ' +
    'steps (the paper: 1000 epochs of 8, 8000 steps), so its loss is still falling and its error is set by how far ' +
    "training got, not by the setting's optimum; besides the level difference of the other rows. At the paper " +
    "scale (8000 steps) III ends one to two orders of magnitude above the construction, the paper's statement, but " +
    "by a larger factor than the poster's ratio: from N(0, 1) our III has not reached the poster's level either.",
  tried:
    'the paper scale (1000 functions, 1000 epochs, 3 seeds: `reproduce --scale paper --only fig6-trained`), which ' +
    'trains as the paper did; the initial scale of Cbar, Dbar (the paper does not state it) was not varied.',
};

/** On Linear our trained (IV) improves on the construction where the poster has them level. */
const LINEAR_GAIN: Deviation = {
  explanation:
    "On Linear the poster's best trained setting (IV) is level with the construction (II / IV = 1.04); ours (IV, " +
    'trained on Mixed, which has no linear functions) beats the construction there, by about 2x at quick scale (the ' +
    "ratio lands near or above the band's upper end) and by more with the paper scale's 8000 steps. On Van der Pol " +
    "and Filtered Noise the ratio is the paper's. Not explained: the construction's error on a line is its " +
    "readout's finite-N error, which IV's trained Abar, Bbar evidently reduce.",
  tried:
    'seeds 0-9 at quick scale; the tfjs trainer, which follows the same steps to float32 rounding ' +
    '(test/train/analyticVsTfjs.test.ts); the paper scale.',
};

function paperRows(): Record<string, Registration> {
  const rows: Record<string, Registration> = {};
  for (const set of PAPER_TEST_SETS) {
    for (const setting of ['I', 'II', 'III', 'IV'] as const) {
      const paper = FIG6_PAPER[set][setting];
      rows[errorKey(setting, set)] = {
        name: `(${setting}) mean error on ${set} (the paper's value)`,
        kind: 'paper',
        source: `${POSTER}: ${paper}`,
        test: paperBand(paper),
        reason: BAND,
        paper,
        deviation: setting === 'III' ? UNCONVERGED : LEVEL,
      };
    }
  }
  return rows;
}

/** err(II) / the best trained setting's err on a test set, in the paper. */
export function paperNearRatio(set: PaperTestSet): number {
  const p = FIG6_PAPER[set];
  return p.II / Math.min(p.I, p.III, p.IV);
}

/** err(III) / err(II) on a test set, in the paper. */
export function paperRandomRatio(set: PaperTestSet): number {
  const p = FIG6_PAPER[set];
  return p.III / p.II;
}

function ratioRows(): Record<string, Registration> {
  const rows: Record<string, Registration> = {};
  for (const set of PAPER_TEST_SETS) {
    const near = paperNearRatio(set);
    rows[nearKey(set)] = {
      name: `the construction (II) sits near the trained optimum on ${set}: err(II) / err(best trained setting) as in the paper`,
      kind: 'paper',
      source:
        `${POSTER}: II / min(I, III, IV) = ${near.toPrecision(3)}; the paper's statement that the constructed ` +
        'predictor is close to what training finds',
      test: paperBand(near),
      reason: RATIO_BAND,
      paper: near,
      ...(set === 'Linear' ? { deviation: LINEAR_GAIN } : {}),
    };
    const random = paperRandomRatio(set);
    rows[randomKey(set)] = {
      name: `a random initialisation (III) is one to two orders of magnitude worse than the construction (II) on ${set}: err(III) / err(II) as in the paper`,
      kind: 'paper',
      source: `${POSTER}: III / II = ${random.toPrecision(3)}; the paper's statement that random initialisation is 1-2 orders of magnitude worse`,
      test: paperBand(random),
      reason: RATIO_BAND,
      paper: random,
      deviation: UNCONVERGED,
    };
  }
  return rows;
}

/** The bound table of figure 6. */
export const BOUNDS = registerClaims<string>({
  ...paperRows(),
  ...ratioRows(),
  'iv-beats-construction-on-mixed': {
    name: '(IV) beats the construction (II) on Mixed, the training distribution, by at least 2x on every seed',
    kind: 'finding',
    source:
      'ours: the paper reports no Mixed number; min over seeds of err(II) / err(IV) on the Mixed test set (functions ' +
      'drawn independently of the training set)',
    test: { kind: 'atLeast', bound: POSTER_TOLERANCE },
    reason:
      `POSTER_TOLERANCE (${POSTER_TOLERANCE}x): errors within that factor count as the same level when we compare ` +
      'with the paper, so a claim that one predictor beats another asks for more than it; on every seed, so that one ' +
      'lucky seed does not carry it',
  },
  'training-lowers-loss': {
    name: 'training lowers the training loss of (III) and (IV) on every seed',
    kind: 'finding',
    source:
      'ours: final / initial mean L1 loss on the Mixed training set of every III and IV run; (I) is reported, not ' +
      'claimed (Adam at the paper rate from the near-optimal construction moves its loss either way)',
    test: { kind: 'judged', bound: 'max over III, IV x seeds of final / initial < 1' },
    reason:
      'any decrease: a run whose loss does not fall did not train (an untrained model gives exactly 1, and fails)',
  },
});
