import { requireFiniteArray, requireInRange, requireOneOf, requireOptions } from '../util/validate.ts';
import { asPredictor } from './asPredictor.ts';
import type { PredictorLike } from './asPredictor.ts';
import { scanUnchecked } from './scan.ts';
import type { StructuredChoice } from './types.ts';

/**
 * The number of true inputs a rollout sees: ceil(teacherRatio L), at least 1 (the model cannot predict u_0) and
 * at most L. Products within 1e-9 of an integer count as that integer, so 0.3 * 10 gives 3, not 4.
 *
 * @param teacherRatio - in [0, 1]
 * @param L - sequence length, integer >= 0
 * @returns teacher steps in [min(1, L), L]
 * @example teacherStepsFor(0.5, 11) === 6
 * @see arXiv:2407.09375
 */
export function teacherStepsFor(teacherRatio: number, L: number): number {
  if (L === 0) return 0;
  const raw = teacherRatio * L;
  const near = Math.round(raw);
  const steps = Math.abs(raw - near) <= 1e-9 * Math.max(1, raw) ? near : Math.ceil(raw);
  return Math.min(L, Math.max(1, steps));
}

/** Options of {@link rollout}. */
export interface RolloutOptions {
  /** fraction of the sequence given as true inputs before the model feeds back its own predictions; @default 0.5 */
  teacherRatio?: number;
  /** O(N) LegT step choice (see StructuredChoice); @default 'auto' */
  structured?: StructuredChoice;
}

/**
 * Autoregressive rollout: the first T = teacherStepsFor(teacherRatio, L) inputs are the true u_k; from step T on
 * the model is fed its own previous prediction:
 *
 *   v_k = u_k (k < T),   v_k = out[k - 1] (k >= T),   x_{k+1} = Abar x_k + Bbar v_k,   out[k] = Cbar x_{k+1} + Dbar v_k.
 *
 * out[k] predicts u[k + 1] for every k; from k = T on it is a free-running forecast. Only the recurrence can do this
 * (the FFT convolution needs all inputs up front).
 *
 * @param predictor - DiscretePredictor (LTI or LegS), or any discrete SISO system (asPredictor)
 * @param u - the true sequence, shape [L]; only u[0..T-1] are read
 * @param options - see RolloutOptions
 * @returns out, shape [L]
 * @throws RangeError for teacherRatio outside [0, 1] or a non-finite u entry (naming its index); TypeError for a
 *   malformed predictor
 * @example
 * const p = prophecy(hippo('legt', 17, { theta: 1 }), { dt: 1e-4 });
 * const u = Float64Array.from({ length: 1000 }, (_, k) => Math.sin(k / 50));
 * const out = rollout(p, u, { teacherRatio: 0.25 }); // forecast the last 75 % from the first 25 %
 * out.length === 1000;
 * @see arXiv:2407.09375
 */
export function rollout(
  predictor: PredictorLike,
  u: ArrayLike<number>,
  options?: RolloutOptions,
): Float64Array {
  const where = 'rollout';
  options = requireOptions(where, options);
  const p = asPredictor(where, predictor);
  const us = requireFiniteArray(where, 'u', u);
  const ratio = requireInRange(where, 'options.teacherRatio', options.teacherRatio ?? 0.5, 0, 1);
  const structured = options.structured ?? 'auto';
  if (typeof structured !== 'boolean') requireOneOf(where, 'options.structured', structured, ['auto']);
  return scanUnchecked(p, [us], us.length, teacherStepsFor(ratio, us.length), structured, where);
}
