/**
 * Beyond the paper: the time-varying LegS construction (window [0, t], the whole context by design) against the
 * paper's LegT with theta = 1.
 *
 * @see arXiv:2407.09375
 */
import { defineExperiment } from '../defineExperiment.ts';
import { legsVsLegtClaims } from './claims.ts';
import { legsVsLegtFigures } from './figures.ts';
import { legsVsLegtScales } from './params.ts';
import { runLegsVsLegt } from './run.ts';

const NOTES = [
  "LegS: prophecy(hippo('legs', N), { dt: 1/L }), scanned with per-step matrices (discretize/legsStep,",
  'construction/legsOutputStep): time counted in steps, so dt cancels; the trapezoid output is only defined from',
  "k = floor(N^2/2) and is copy-last before. LegT: the paper's prophecy(hippo('legt', N, { theta: 1 }), { dt: 1/L }),",
  'the window spanning the whole context (refused, NaN, where N^2 dt/2 >= 1). Signals: the same physical span at',
  'every L (White Signal and Filtered Noise: 10 s, dt = 10/L; Van der Pol (paper): t in [0, 20]; Legendre and',
  'MultipleSine: [0, 1]), so L only changes the sampling. Metric: MSE of out[k] against u[k+1] over the second half',
  '(k >= floor((L-1)/2)), mean over the functions; copy-last on every panel. Findings: at L = 10^4 LegS is never',
  'worse than LegT and far better where the signal is resolvable in [0, t] (Legendre, MultipleSine, White Signal',
  "gamma 1 at N = 33), because its window is exactly the context while LegT's theta = 1 window always contains the",
  'zero history before t = 0; neither escapes the copy-last floor on unresolved signals (White Signal gamma 5,',
  'Filtered Noise). At L = 10^3 large N hurts LegS: floor(N^2/2) approaches or passes the second half.',
].join(' ');

/** LegS vs LegT (beyond the paper). */
export const experiment = defineExperiment({
  id: 'legs-vs-legt',
  title: 'LegS (window = the context so far) vs LegT (theta = the whole context)',
  reproduces: 'beyond the paper (the paper constructs LegT and FouT only)',
  notes: NOTES,
  scales: legsVsLegtScales,
  run: runLegsVsLegt,
  claims: legsVsLegtClaims,
  figures: legsVsLegtFigures,
});
