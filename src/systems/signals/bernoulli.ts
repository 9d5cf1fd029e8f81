/**
 * Solution of the Bernoulli equation y' + cos(5x) y = sin(x) y^(1/2) (in the authors' code).
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireFiniteArray, requireOptions } from '../../util/validate.ts';
import { dopri5 } from '../ode/dopri5.ts';
import type { Dopri5Options } from '../ode/dopri5.ts';

/** Options of {@link bernoulli}. */
export interface BernoulliOptions {
  /** Initial value y(x_0) > 0. @default 1 */
  y0?: number;
  /** Options passed to the dopri5 solver. @default { rtol: 1e-9, atol: 1e-12 } */
  solver?: Dopri5Options;
}

/**
 * y(x) for y' + cos(5x) y = sin(x) sqrt(y), y(x_0) = y0 > 0, sampled at x.
 *
 * With v = sqrt(y) the equation becomes linear, v' = (sin x - cos(5x) v) / 2, which dopri5 integrates; y = v^2.
 * (This is the classical Bernoulli substitution; it is valid while v > 0, which holds for y0 of order 1 on the
 * default domain x in [0, 10] since v grows by (1 - cos x) / 2 on average.)
 *
 * @param x - sample points, strictly increasing, shape [L]
 * @param options - see {@link BernoulliOptions}
 * @returns y(x), shape [L]
 * @throws RangeError when y0 <= 0 or x is not finite and increasing; OdeSolverError from the solver
 * @example
 *   const x = Float64Array.from({ length: 101 }, (_, k) => k / 10); // [0, 10]
 *   const y = bernoulli(x, { y0: 1 });
 *   y.length === 101 && Math.abs(y[0] - 1) < 1e-12 && y.every((v) => v > 0);
 * @see arXiv:2407.09375
 */
export function bernoulli(x: Float64Array, options: BernoulliOptions = {}): Float64Array {
  options = requireOptions('bernoulli', options);
  requireFiniteArray('bernoulli', 'x', x);
  const y0 = requireFinite('bernoulli', 'y0', options.y0 ?? 1);
  if (!(y0 > 0)) throw new RangeError(`bernoulli: y0 must be > 0, got ${y0}`);
  const sol = dopri5(
    (s, v, d) => {
      d[0] = 0.5 * (Math.sin(s) - Math.cos(5 * s) * v[0]);
    },
    [Math.sqrt(y0)],
    x,
    { rtol: 1e-9, atol: 1e-12, ...options.solver },
  );
  const v = sol.y[0];
  const out = new Float64Array(v.length);
  for (let k = 0; k < v.length; k++) out[k] = v[k] * v[k];
  return out;
}
