/**
 * The Lotka-Volterra predator-prey system.
 *
 * @see arXiv:2407.09375
 */
import type { OdeRhs } from '../ode/types.ts';
import { initValue, integrate, num } from '../integrate.ts';
import type { SystemDefinition } from '../types.ts';

/**
 * Right-hand side x' = alpha x - beta x y (prey), y' = delta x y - gamma y (predator).
 *
 * @param alpha - prey growth rate alpha (> 0)
 * @param beta - predation rate beta (> 0)
 * @param delta - predator growth per prey eaten delta (> 0)
 * @param gamma - predator death rate gamma (> 0)
 * @returns f(t, [x, y], dydt), writing the 2 derivatives into dydt
 * @example
 *   const d = new Float64Array(2);
 *   // the coexistence equilibrium (gamma / delta, alpha / beta) = (4, 2.75) is a fixed point
 *   lotkaVolterraRhs(1.1, 0.4, 0.1, 0.4)(0, Float64Array.of(4, 2.75), d);
 *   Math.abs(d[0]) < 1e-12 && Math.abs(d[1]) < 1e-12;
 * @see arXiv:2407.09375
 */
export function lotkaVolterraRhs(alpha: number, beta: number, delta: number, gamma: number): OdeRhs {
  return (_t, s, d) => {
    d[0] = alpha * s[0] - beta * s[0] * s[1];
    d[1] = delta * s[0] * s[1] - gamma * s[1];
  };
}

/**
 * The conserved quantity V(x, y) = delta x - gamma ln x + beta y - alpha ln y of the Lotka-Volterra system.
 *
 * @param x - prey population (> 0)
 * @param y - predator population (> 0)
 * @param alpha - prey growth rate alpha
 * @param beta - predation rate beta
 * @param delta - predator growth per prey eaten delta
 * @param gamma - predator death rate gamma
 * @example
 *   const V = (x: number, y: number) => lotkaVolterraInvariant(x, y, 1.1, 0.4, 0.1, 0.4);
 *   V(4, 2.75) < V(5, 2.75) && V(4, 2.75) < V(4, 2); // minimal at the equilibrium (gamma / delta, alpha / beta)
 * @see arXiv:2407.09375
 */
export function lotkaVolterraInvariant(
  x: number,
  y: number,
  alpha: number,
  beta: number,
  delta: number,
  gamma: number,
): number {
  return delta * x - gamma * Math.log(x) + beta * y - alpha * Math.log(y);
}

/** The `lotka-volterra` system (alpha, beta, delta, gamma) = (1.1, 0.4, 0.1, 0.4). */
export const lotkaVolterra: SystemDefinition = {
  name: 'lotka-volterra',
  kind: 'system',
  dimension: 2,
  channels: ['prey', 'predator'],
  defaults: { alpha: 1.1, beta: 0.4, delta: 0.1, gamma: 0.4, x0: 'random', y0: 'random', transient: 0 },
  random: { x0: 'U(2, 10)', y0: 'U(1, 5)' },
  length: 10000,
  dt: 0.05,
  tSpan: null,
  timeScale: (2 * Math.PI) / Math.sqrt(1.1 * 0.4),
  chaotic: false,
  lyapunov: null,
  lyapunovSource: null,
  scale: 'none',
  description:
    "Lotka-Volterra: x' = alpha x - beta x y, y' = delta x y - gamma y, (alpha, beta, delta, gamma) = (1.1, 0.4, 0.1, 0.4); channels prey, predator. Periodic orbits around (gamma/delta, alpha/beta) = (4, 2.75), small-amplitude period 2 pi / sqrt(alpha gamma) ~9.47; V = delta x - gamma ln x + beta y - alpha ln y is conserved.",
  run(ctx) {
    const x0 = initValue(ctx, 'x0', (r) => r.uniformIn(2, 10));
    const y0 = initValue(ctx, 'y0', (r) => r.uniformIn(1, 5));
    if (!(x0 > 0 && y0 > 0)) throw new RangeError(`lotka-volterra: x0 and y0 must be > 0, got ${x0}, ${y0}`);
    const f = lotkaVolterraRhs(num(ctx, 'alpha'), num(ctx, 'beta'), num(ctx, 'delta'), num(ctx, 'gamma'));
    return integrate(ctx, f, [x0, y0], num(ctx, 'transient'));
  },
};
