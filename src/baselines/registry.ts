import { requireOneOf } from '../util/validate.ts';
import { arLeastSquares } from './arLeastSquares.ts';
import { copyLast } from './copyLast.ts';
import { finiteDifference } from './finiteDifference.ts';
import { polynomialExtrapolation } from './polynomialExtrapolation.ts';

/** Names of the registered baseline predictors. */
export type BaselineName = 'copyLast' | 'finiteDifference' | 'polynomialExtrapolation' | 'arLeastSquares';

/**
 * A registered one-step baseline predictor, frozen: `predict(u, options)` returns out of shape [L] with out[k]
 * forecasting u[k + 1] from u[0..k] only (the shape of the library's predictNext), and `defaults` lists every
 * option with its default value.
 */
export interface Baseline {
  readonly name: BaselineName;
  readonly description: string;
  readonly defaults: Readonly<Record<string, number | boolean>>;
  readonly predict: (u: Float64Array, options?: Readonly<Record<string, number | boolean>>) => Float64Array;
}

const entries: readonly Baseline[] = [
  {
    name: 'copyLast',
    description: 'persistence: out[k] = u[k]',
    defaults: {},
    predict: (u, options) => copyLast(u, options as Record<string, never>),
  },
  {
    name: 'finiteDifference',
    description: 'backward finite-difference extrapolation of order p, exact for polynomials of degree <= p',
    defaults: { order: 1 },
    predict: (u, options) => finiteDifference(u, options),
  },
  {
    name: 'polynomialExtrapolation',
    description:
      'least-squares polynomial of a degree over the last window samples, evaluated one step ahead (causal Savitzky-Golay)',
    defaults: { window: 8, degree: 2 },
    predict: (u, options) => polynomialExtrapolation(u, options),
  },
  {
    name: 'arLeastSquares',
    description: 'AR(p) refitted at every step by ridge least squares on the context seen so far',
    defaults: { order: 4, ridge: 1e-12, intercept: false },
    predict: (u, options) => arLeastSquares(u, options),
  },
];

/**
 * The baseline predictors, by name, so experiments can loop over them:
 *
 *   for (const b of Object.values(baselines)) errors[b.name] = oneStepError(b.predict(u, b.defaults), u);
 *
 * Every entry and its defaults are frozen. arLeastSquares' minHistory is left out of its defaults because it
 * derives from the order (2 * order), so that `{ ...defaults, order }` stays consistent.
 *
 * @example
 *   const u = Float64Array.from({ length: 20 }, (_, k) => k * k);
 *   const out = baselines.finiteDifference.predict(u, { order: 2 }); // out[k] predicts u[k + 1]
 *   out[10] === 121; // order 2 is exact on a quadratic: 3 u_10 - 3 u_9 + u_8 = 11^2
 *   Object.values(baselines).every((b) => b.predict(u, b.defaults).length === u.length);
 * @see arXiv:2407.09375
 */
export const baselines: Readonly<Record<BaselineName, Baseline>> = Object.freeze(
  Object.fromEntries(
    entries.map((e) => [e.name, Object.freeze({ ...e, defaults: Object.freeze({ ...e.defaults }) })]),
  ) as Record<BaselineName, Baseline>,
);

/** The registered baseline names, in registry order. */
export const baselineNames: readonly BaselineName[] = Object.freeze(entries.map((e) => e.name));

/**
 * Looks a baseline up by name.
 *
 * @param name - one of {@link baselineNames}
 * @throws RangeError naming the known baselines for an unknown name
 * @example
 *   const u = Float64Array.of(1, 2, 4);
 *   getBaseline('copyLast').predict(u).join() === '1,2,4'; // persistence: out[k] = u[k] predicts u[k + 1]
 * @see arXiv:2407.09375
 */
export function getBaseline(name: string): Baseline {
  return baselines[requireOneOf('getBaseline', 'name', name, baselineNames)];
}
