/**
 * TEMPLATE index.ts: the definition. Copy experiments/_template to experiments/<id>/, rename the Template names,
 * and register `experiment` in experiments/registry.ts; copy test/experiments/_template.test.ts to
 * test/experiments/<id>.test.ts. This folder is compiled and tested but not registered.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { templateClaims } from './claims.ts';
import { templateFigures } from './figures.ts';
import { templateScales } from './params.ts';
import { runTemplate } from './run.ts';

/** The template experiment (not registered). */
export const experiment = defineExperiment({
  id: 'template',
  title: 'Template: LegT against copy-last on a sine',
  // the paper figure or claim it reproduces, or 'beyond the paper'
  reproduces: 'beyond the paper',
  // the choices the paper leaves open, in prose; no measured numbers (they go into claims' details and figures)
  notes:
    'Signal: sin(2 pi cycles t) on [0, 1), L samples. Predictor: LegT with window theta (a quarter of the context), ' +
    'dt = 1/L. Metric: one-step MSE over the second half, where the window holds no zero pre-history.',
  scales: templateScales,
  run: runTemplate,
  claims: templateClaims,
  figures: templateFigures,
});
