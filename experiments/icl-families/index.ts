/**
 * Beyond the paper: where the training-free LegT construction stands against trained in-context learners of other
 * families, a small S4D-style diagonal SSM and a small hybrid-attention transformer, all trained (or, for the
 * construction, not) on Mixed with the same one-step L1 loss and evaluated on the same four test sets as figure 6.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { iclFamiliesClaims } from './claims.ts';
import { iclFamiliesFigures } from './figures.ts';
import { iclFamiliesScales } from './params.ts';
import { runIclFamilies, iclFamiliesUnits } from './run.ts';

/** The construction against trained S4D and transformer learners (beyond the paper; loads TensorFlow.js when it runs). */
export const experiment = defineExperiment({
  id: 'icl-families',
  title: 'The LegT construction vs trained S4D and hybrid-attention transformer',
  reproduces: 'beyond the paper',
  notes: [
    'All learners predict u[k+1] from u[0..k] and are scored by the mean L1 one-step error on the second half of each',
    'context (the loss of figure 6). construction: LegT prophecy predictor, theta = 1, dt = 1/L, untrained (setting II);',
    'legt-I: its Cbar, Dbar trained (setting I); s4d: complex-diagonal S4D-Lin blocks (A_n = -1/2 + i pi n, learned',
    'log-step in [1e-3, 1e-1], B folded into C, ZOH kernel, causal convolution, GELU, pre-norm residual), random init;',
    'transformer: sliding-window causal attention layers around one full causal attention layer, sinusoidal positions,',
    'GELU MLP. Both neural models output u[k] + readout, i.e. they learn the increment, as the LegT predictor does through',
    'Dbar. construction and legt-I run on the analytic trainer (src/fit; HIPPO_PROPHECY_TRAINER=tfjs moves them to',
    'tfjs), s4d and transformer on TensorFlow.js. Quick scale: L = 128 (N = 8 so that N^2 dt / 2 = 0.25), 128 Mixed',
    'functions, 60 epochs, batch 64, 2 seeds;',
    'trained models are small (width 32) and trained briefly, so this is a lower bound on what these families reach.',
    'Paper scale: L = 512, width 64, 1024 functions, 200 epochs, 3 seeds; the Toeplitz convolutions and full attention',
    'cost ~L^2 per step, so it takes many hours on 2 cores.',
  ].join(' '),
  scales: iclFamiliesScales,
  run: runIclFamilies,
  ...iclFamiliesUnits,
  claims: iclFamiliesClaims,
  figures: iclFamiliesFigures,
});
