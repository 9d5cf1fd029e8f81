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

/** Figure 6 of arXiv:2407.09375 (loads TensorFlow.js when it runs). */
export const experiment = defineExperiment({
  id: 'fig6-trained',
  title: 'Trained vs constructed LegT predictors (settings I-IV)',
  reproduces: 'arXiv:2407.09375 figure 6',
  notes: [
    'Predictor: LegT, theta = 1, dt = 1/L (the window spans the context), bilinear Abar, Bbar, trapezoid Cbar, Dbar',
    '(src/construction prophecy). Loss and metric: mean L1 one-step error |uhat_{k+1} - u_{k+1}| over the second',
    'half of each context (the paper trains on this loss; its reported metric is not stated, we report the same L1).',
    "Our absolute errors differ from the paper's (the figure title gives ours / paper for II), so the claims compare",
    'ratios, never absolute values. Adam (PyTorch betas), batch 128, batch order seeded per epoch; setting III draws',
    'Cbar, Dbar ~ N(0, 1). Float32 training on tfjs; states of I-III precomputed in float64, IV via the kernel',
    'K_j = Cbar Abar^j Bbar (repeated squaring) and a float64 FFT convolution with the kernel gradient as an FFT',
    'correlation (checked against finite differences in the tests). Learning rates: 2e-3 (the paper) for I and III;',
    'for IV 2e-3 x dt, i.e. Adam at the paper rate on the continuous-time parameters (Abar - I)/dt, Bbar/dt: Adam moves',
    'every entry by ~lr per step whatever its gradient, and 2e-3 on Abar (off-identity entries O(dt |A|)) and Bbar',
    'pushes eigenvalues of Abar out of the unit disk within the first steps.',
    'Quick scale: the paper regime N = 32, dt = 1e-4, L = 10^4, theta = 1 (N^2 dt / 2 = 0.05) with 256 Mixed',
    'training functions, 32 per test set, 50 epochs (2 steps each), 3 seeds; paper scale: 1000 x 10^4, 1000 epochs',
    '(8000 steps), 3 seeds. The claims check the factor 3 between (II) and the best trained setting on the three',
    'test sets the paper reports (its own II / best ratios are 1.04 / 1.67 / 1.22, so 3 leaves room for our generators',
    'and metric) and report the Mixed gain of the trained settings as a separate finding. Setting I at lr 2e-3 does not',
    'reliably lower the training loss from the near-optimal construction, so that claim covers III and IV only.',
    "The authors' Van der Pol is one deterministic function, so its test set has one member. The backend is chosen",
    'automatically (tfjs-node > wasm > cpu); `reproduce --backend` or HIPPO_PROPHECY_BACKEND=wasm|cpu|tensorflow',
    'forces one.',
  ].join(' '),
  scales: fig6Scales,
  run: runFig6,
  ...fig6Units,
  claims: fig6Claims,
  figures: fig6Figures,
});
