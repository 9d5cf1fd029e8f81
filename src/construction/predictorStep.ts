import { legsStep } from '../discretize/index.ts';
import { requireInteger } from '../util/validate.ts';
import { legsOutputStep } from './legsOutputStep.ts';
import type { DiscretePredictor, PredictorStep } from './types.ts';

/**
 * The matrices a scan uses at step k, x_{k+1} = Abar x_k + Bbar u_k, uhat_{k+1} = Cbar x_{k+1} + Dbar u_k
 * (x_0 = 0), with the predictor's options applied:
 *
 * - LTI operators: the predictor's Abar, Bbar, Cbar, Dbar, except at k = 0 with `authorsFirstStep`, where
 *   Cbar is halved (uhat_1 = (Cbar/2) x_1 + Dbar u_0, see {@link prophecy}).
 * - LegS (op.timeVarying): legsStep(A, B, k, discretization) and legsOutputStep(C, D, k, output); `valid` is false
 *   for the early trapezoid steps that fall back to copy-last. `authorsFirstStep` halves Cbar at k = 0 here too.
 *
 * @param p - predictor from prophecy()
 * @param k - step index, integer >= 0
 * @returns `{ Abar, Bbar, Cbar, Dbar, valid }` (shared arrays for LTI steps: do not modify)
 * @throws RangeError when k is not an integer >= 0
 * @example predictorStep(prophecy(hippo('legt', 8), { dt: 1e-3, authorsFirstStep: true }), 0).Cbar // Cbar / 2
 * @see arXiv:2407.09375
 */
export function predictorStep(p: DiscretePredictor, k: number): PredictorStep {
  requireInteger('predictorStep', 'k', k, 0);
  let step: PredictorStep;
  if (p.op.timeVarying) {
    const s = k === 0 ? { Abar: p.Abar, Bbar: p.Bbar } : legsStep(p.op.A, p.op.B, k, p.discretization);
    const o = legsOutputStep(p.C, p.D, k, p.output);
    step = { Abar: s.Abar, Bbar: s.Bbar, Cbar: o.Cbar, Dbar: o.Dbar, valid: o.valid };
  } else {
    step = { Abar: p.Abar, Bbar: p.Bbar, Cbar: p.Cbar, Dbar: p.Dbar, valid: true };
  }
  if (k === 0 && p.authorsFirstStep) step = { ...step, Cbar: step.Cbar.map((v) => v / 2) };
  return step;
}
