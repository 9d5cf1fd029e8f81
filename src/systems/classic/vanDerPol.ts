/**
 * The textbook (second-order) Van der Pol oscillator.
 *
 * @see arXiv:2407.09375
 */
import type { OdeRhs } from '../ode/types.ts';
import { initValue, integrate, num } from '../integrate.ts';
import type { SystemDefinition } from '../types.ts';

/**
 * Right-hand side of x'' - mu (1 - x^2) x' + x = 0 as the system x' = v, v' = mu (1 - x^2) v - x.
 *
 * @param mu - nonlinearity (mu = 0: harmonic oscillator)
 * @returns f(t, [x, v], out)
 * @example vanDerPolRhs(1)
 * @see arXiv:2407.09375
 */
export function vanDerPolRhs(mu: number): OdeRhs {
  return (_t, y, d) => {
    d[0] = y[1];
    d[1] = mu * (1 - y[0] * y[0]) * y[1] - y[0];
  };
}

/** The `van-der-pol` system: mu = 1, limit cycle of amplitude ~2 and period ~6.66. */
export const vanDerPol: SystemDefinition = {
  name: 'van-der-pol',
  kind: 'system',
  dimension: 2,
  channels: ['x', 'v'],
  defaults: { mu: 1, x0: 'random', v0: 'random', transient: 0 },
  random: { x0: 'U(-2, 2)', v0: 'U(-2, 2)' },
  length: 10000,
  dt: 0.01,
  tSpan: null,
  timeScale: 6.663,
  chaotic: false,
  lyapunov: null,
  lyapunovSource: null,
  scale: 'none',
  description:
    "Textbook Van der Pol oscillator x'' - mu (1 - x^2) x' + x = 0, integrated as x' = v, v' = mu (1 - x^2) v - x; channels x, v. Period ~6.663 at mu = 1.",
  run(ctx) {
    const x0 = initValue(ctx, 'x0', (r) => r.uniformIn(-2, 2));
    const v0 = initValue(ctx, 'v0', (r) => r.uniformIn(-2, 2));
    return integrate(ctx, vanDerPolRhs(num(ctx, 'mu')), [x0, v0], num(ctx, 'transient'));
  },
};
