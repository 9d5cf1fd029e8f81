/**
 * Figure 6 of arXiv:2407.09375: trained vs constructed LegT predictors. Settings (I) Cbar, Dbar trained from the
 * construction, (II) the construction untrained, (III) Abar, Bbar from the construction with Gaussian Cbar, Dbar
 * trained, (IV) all four from the construction and trained; trained on Mixed, evaluated on Linear, Van der Pol,
 * Mixed and Filtered Noise (alpha 0.1).
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import { defineExperiment } from '../defineExperiment.ts';
import { fig6Claims } from './claims.ts';
import { fig6Figures } from './figures.ts';
import { fig6Scales } from './params.ts';
import { runFig6, fig6Units } from './run.ts';

/** Figure 6 of arXiv:2407.09375 (TensorFlow.js only with the tfjs trainer). */
export const experiment = defineExperiment({
  id: 'fig6-trained',
  title: 'Trained vs constructed LegT predictors (settings I-IV)',
  reproduces: 'arXiv:2407.09375 figure 6',
  notes: [
    'Predictor: LegT, N = 32, theta = 1, dt = 1e-4 (the window spans the context at L = 10^4), bilinear Abar, Bbar,',
    'trapezoid Cbar, Dbar (src/construction prophecy; docs/theory.md eq. 15 and 18). Loss and metric: mean L1',
    'one-step error |uhat_{k+1} - u_{k+1}| over the second half of each context (the paper trains on this loss; its',
    "reported metric is not stated, we report the same L1). Our absolute errors lie below the paper's (a registered",
    'deviation, docs/reproduction.md "Figure 6"); the settings are linear predictors, so the ratios between them do',
    "not depend on the signals' scale, and the paper rows on ratios test its two statements: the construction sits",
    'near the trained optimum, a random initialisation is 1-2 orders of magnitude worse. Adam (PyTorch betas), batch',
    '128, batch order seeded per epoch; setting III draws Cbar, Dbar ~ N(0, 1). Float32 training as the paper did, by',
    'the analytic trainer (src/fit, no TensorFlow.js; HIPPO_PROPHECY_TRAINER=tfjs trains with tfjs autodiff, same',
    'loop and checkpoints): I-III from float32 states precomputed in float64, IV via the kernel K_j = Cbar Abar^j Bbar',
    '(docs/theory.md eq. 20) from both ends, an FFT convolution, dLoss/dK as an FFT correlation and the gradients in',
    'Abar, Bbar, Cbar by adjoint recurrences (checked against finite differences and tfjs autodiff in the tests).',
    'Learning rates: 2e-3 (the paper) for I and III; for IV 2e-3 x dt, i.e. Adam at the paper rate on the',
    'continuous-time parameters (Abar - I)/dt, Bbar/dt: Adam moves every entry by ~lr per step whatever its gradient,',
    'and 2e-3 on Abar (off-identity entries O(dt |A|)) and Bbar pushes eigenvalues of Abar out of the unit disk within',
    'the first steps. Quick scale: 256 Mixed training functions, 32 per test set, 50 epochs (2 steps each), 3 seeds',
    '(about a minute on 2 cores); paper scale: 1000 x 10^4, 1000 epochs (8000 steps), 3 seeds. Setting I at lr 2e-3',
    'does not reliably lower the training loss from the near-optimal construction, so that finding covers III and IV.',
    "The authors' Van der Pol is one deterministic function, so its test set has one member. With the tfjs trainer the",
    'backend is chosen automatically (tfjs-node > wasm > cpu); `reproduce --backend` or',
    'HIPPO_PROPHECY_BACKEND=wasm|cpu|tensorflow forces one.',
  ].join(' '),
  scales: fig6Scales,
  run: runFig6,
  ...fig6Units,
  claims: fig6Claims,
  figures: fig6Figures,
});
