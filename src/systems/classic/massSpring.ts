/**
 * The mass-spring-damper.
 *
 * @see arXiv:2407.09375
 */
import type { OdeRhs } from '../ode/types.ts';
import { initValue, integrate, num } from '../integrate.ts';
import type { SystemDefinition } from '../types.ts';

/**
 * Right-hand side of m x'' + c x' + k x = 0 as x' = v, v' = -(c v + k x) / m.
 *
 * @param mass - m (> 0)
 * @param stiffness - spring constant k
 * @param damping - damping coefficient c (0: energy is conserved)
 * @returns f(t, [x, v], dydt), writing the 2 derivatives into dydt
 * @example
 *   const d = new Float64Array(2);
 *   massSpringRhs(1, 1, 0.2)(0, Float64Array.of(1, 0), d); // released from x = 1: v' = -k x / m
 *   d[0] === 0 && d[1] === -1;
 * @see arXiv:2407.09375
 */
export function massSpringRhs(mass: number, stiffness: number, damping: number): OdeRhs {
  return (_t, y, d) => {
    d[0] = y[1];
    d[1] = -(damping * y[1] + stiffness * y[0]) / mass;
  };
}

/** The `mass-spring` system: m = 1, k = 1, c = 0.2 (underdamped). */
export const massSpring: SystemDefinition = {
  name: 'mass-spring',
  kind: 'system',
  dimension: 2,
  channels: ['x', 'v'],
  defaults: { mass: 1, stiffness: 1, damping: 0.2, x0: 'random', v0: 'random', transient: 0 },
  random: { x0: 'U(-1, 1)', v0: 'U(-1, 1)' },
  length: 10000,
  dt: 0.01,
  tSpan: null,
  timeScale: 2 * Math.PI,
  chaotic: false,
  lyapunov: null,
  lyapunovSource: null,
  scale: 'none',
  description:
    "Mass-spring-damper m x'' + c x' + k x = 0, m = 1, k = 1, c = 0.2; channels x, v. Period ~2 pi, decay rate c / (2 m) = 0.1.",
  run(ctx) {
    const x0 = initValue(ctx, 'x0', (r) => r.uniformIn(-1, 1));
    const v0 = initValue(ctx, 'v0', (r) => r.uniformIn(-1, 1));
    const m = num(ctx, 'mass');
    if (!(m > 0)) throw new RangeError(`mass-spring: mass must be > 0, got ${m}`);
    const f = massSpringRhs(m, num(ctx, 'stiffness'), num(ctx, 'damping'));
    return integrate(ctx, f, [x0, v0], num(ctx, 'transient'));
  },
};
