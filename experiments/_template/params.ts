/**
 * TEMPLATE params.ts: the parameters of one scale and the two scales. Keep every number that changes the result here
 * (the runner writes the scale's parameters into the run stamp, so a change reruns the experiment).
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of one scale. */
export interface TemplateParams {
  /** LegT state size */
  N: number;
  /** LegT window, in units of the context (the context is [0, 1)) */
  theta: number;
  /** samples of the test signal; dt = 1 / L */
  L: number;
  /** cycles of the sine in the context */
  cycles: number;
}

/** quick (about a minute on 2 cores at most) and paper parameters. */
export const templateScales: Record<Scale, TemplateParams> = {
  quick: { N: 9, theta: 0.25, L: 2000, cycles: 2 },
  paper: { N: 9, theta: 0.25, L: 10000, cycles: 2 },
};
