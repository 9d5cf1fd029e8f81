/**
 * The forced, damped Duffing oscillator (double-well form).
 *
 * @see arXiv:2407.09375
 */
import type { OdeRhs } from '../ode/types.ts';
import { initValue, integrate, num } from '../integrate.ts';
import type { SystemDefinition } from '../types.ts';

/**
 * Right-hand side of x'' + delta x' + alpha x + beta x^3 = gamma cos(omega t) as x' = v,
 * v' = -delta v - alpha x - beta x^3 + gamma cos(omega t).
 *
 * @param alpha - linear stiffness alpha (-1: double well)
 * @param beta - cubic stiffness beta
 * @param delta - damping delta (>= 0)
 * @param gamma - forcing amplitude gamma
 * @param omega - forcing angular frequency omega (rad per time unit)
 * @returns f(t, [x, v], dydt), writing the 2 derivatives into dydt
 * @example
 *   const d = new Float64Array(2);
 *   duffingRhs(-1, 1, 0.1, 0.35, 1.4)(0, Float64Array.of(1, 0), d); // at rest in a well: only the forcing acts
 *   d[0] === 0 && Math.abs(d[1] - 0.35) < 1e-15;
 * @see arXiv:2407.09375
 */
export function duffingRhs(alpha: number, beta: number, delta: number, gamma: number, omega: number): OdeRhs {
  return (t, y, d) => {
    d[0] = y[1];
    d[1] = -delta * y[1] - alpha * y[0] - beta * y[0] * y[0] * y[0] + gamma * Math.cos(omega * t);
  };
}

/**
 * The `duffing` system. Sign convention x'' + delta x' + alpha x + beta x^3 = gamma cos(omega t) with alpha = -1,
 * beta = 1 (the double well): with alpha = 1, beta = -1 in this convention the potential x^2/2 - x^4/4 is unbounded
 * and the forced orbit escapes to infinity from x(0) = 1, so the double-well signs are the default.
 */
export const duffing: SystemDefinition = {
  name: 'duffing',
  kind: 'system',
  dimension: 2,
  channels: ['x', 'v'],
  defaults: {
    alpha: -1,
    beta: 1,
    delta: 0.1,
    gamma: 0.35,
    omega: 1.4,
    x0: 'random',
    v0: 'random',
    transient: 0,
  },
  random: { x0: 'U(-1.5, 1.5)', v0: 'U(-1, 1)' },
  length: 10000,
  dt: 0.02,
  tSpan: null,
  timeScale: (2 * Math.PI) / 1.4,
  chaotic: true,
  // No literature value for this parameter set was at hand: 0.13 is our own estimate (Benettin's two-trajectory
  // method with renormalisation every time unit, 2800 time units after a 200 unit transient, dopri5 at rtol 1e-11,
  // three initial conditions: 0.128, 0.130, 0.139).
  lyapunov: 0.13,
  lyapunovSource: 'own estimate (Benettin method, 3 initial conditions: 0.128-0.139), not a literature value',
  scale: 'none',
  description:
    "Forced Duffing oscillator x'' + delta x' + alpha x + beta x^3 = gamma cos(omega t), alpha = -1, beta = 1 (double well), delta = 0.1, gamma = 0.35, omega = 1.4; channels x, v. Chaotic (largest Lyapunov exponent ~0.13, own estimate).",
  run(ctx) {
    const x0 = initValue(ctx, 'x0', (r) => r.uniformIn(-1.5, 1.5));
    const v0 = initValue(ctx, 'v0', (r) => r.uniformIn(-1, 1));
    const f = duffingRhs(
      num(ctx, 'alpha'),
      num(ctx, 'beta'),
      num(ctx, 'delta'),
      num(ctx, 'gamma'),
      num(ctx, 'omega'),
    );
    return integrate(ctx, f, [x0, v0], num(ctx, 'transient'));
  },
};
