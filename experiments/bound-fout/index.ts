/**
 * The paper's FouT bound |u' - y_N| = O(L / N^(k-2)), measured exactly in continuous time, plus FouT's bias on
 * signals that are not periodic over the window and the authors' 4 pi m convention missing odd harmonics.
 *
 * @see arXiv:2407.09375, arXiv:2206.12037
 */
import { defineExperiment } from '../defineExperiment.ts';
import { boundFoutClaims } from './claims.ts';
import { boundFoutFigures } from './figures.ts';
import { boundFoutScales } from './params.ts';
import { runBoundFout } from './run.ts';

/** The FouT derivative-error bound, measured. */
export const experiment = defineExperiment({
  id: 'bound-fout',
  title: 'FouT derivative-error bound O(L / N^(k-2)): measured rate, non-periodic bias',
  reproduces: "arXiv:2407.09375 error bound for FouT and the authors' probe sin(x)^3 + |sin(x)|^3",
  notes: [
    'Measurement in continuous time, theta = 1, no discretization: each test signal is a Fourier series of period 1',
    '(the window), so the running FouT SSM has an exact periodic steady state y(t) = sum_m a_m H(2 pi i m) e^{2 pi i m t},',
    'H(s) = C (sI - A)^-1 B + D computed in O(N) per harmonic (Sherman-Morrison on A = R - 2 e e^T, checked against a',
    "dense solve in the tests). Error: sup over a grid of 2M + 2 points of |y_N(t) - u'(t)|, M harmonics kept",
    '(quick 2048, paper 16384). Also shown: the readout applied to the exact projection of the window (the ideal state).',
    "Signals: sum m^-(k+2) cos(2 pi m t) for k = 3, 4, 5 (u^(k) Lipschitz, u^(k+1) not) and the authors' u(x) =",
    "sin(x)^3 + |sin(x)|^3 with x = 2 pi t (k = 2: u'' Lipschitz; the bound then promises nothing). Slopes fitted for",
    "N >= 17 on errors >= 1e-10 (rounding). The claims (bounds.ts) check the paper's bound (docs/theory.md eq. 21)",
    'and our rate -k, i.e. whether the bound holds with room. Non-periodic bias: for sin(2 pi f t) with non-integer f',
    'the steady-state relative error does not decay (FouT reads the mean of the two window ends, docs/theory.md',
    'eq. 10); fout-code (4 pi m) represents only the even window harmonics and misses an odd one.',
  ].join(' '),
  scales: boundFoutScales,
  run: runBoundFout,
  claims: boundFoutClaims,
  figures: boundFoutFigures,
});
