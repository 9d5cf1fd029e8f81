/**
 * The Lorenz-63 system.
 *
 * @see arXiv:2407.09375
 */
import type { OdeRhs } from '../ode/types.ts';
import { initValue, integrate, num } from '../integrate.ts';
import type { SystemDefinition } from '../types.ts';

/**
 * Right-hand side x' = sigma (y - x), y' = x (rho - z) - y, z' = x y - beta z.
 *
 * @param sigma - Prandtl number sigma (classical 10)
 * @param rho - Rayleigh number rho (classical 28)
 * @param beta - geometric factor beta (classical 8/3)
 * @returns f(t, [x, y, z], dydt), writing the 3 derivatives into dydt
 * @example
 *   const d = new Float64Array(3);
 *   lorenzRhs(10, 28, 8 / 3)(0, Float64Array.of(1, 1, 1), d); // [0, 1 * 27 - 1, 1 - 8/3]
 *   d[0] === 0 && d[1] === 26 && Math.abs(d[2] + 5 / 3) < 1e-15;
 * @see arXiv:2407.09375
 */
export function lorenzRhs(sigma: number, rho: number, beta: number): OdeRhs {
  return (_t, s, d) => {
    d[0] = sigma * (s[1] - s[0]);
    d[1] = s[0] * (rho - s[2]) - s[1];
    d[2] = s[0] * s[1] - beta * s[2];
  };
}

/** The `lorenz` system with the classical parameters (10, 28, 8/3). */
export const lorenz: SystemDefinition = {
  name: 'lorenz',
  kind: 'system',
  dimension: 3,
  channels: ['x', 'y', 'z'],
  defaults: { sigma: 10, rho: 28, beta: 8 / 3, x0: 'random', y0: 'random', z0: 'random', transient: 0 },
  random: { x0: 'U(-15, 15)', y0: 'U(-15, 15)', z0: 'U(5, 40)' },
  length: 10000,
  dt: 0.01,
  tSpan: null,
  timeScale: 1 / 0.9056,
  chaotic: true,
  // Sprott, J. C. (2003), Chaos and Time-Series Analysis, Oxford University Press, Appendix A:
  // Lyapunov exponents of the Lorenz attractor (10, 28, 8/3): 0.9056, 0, -14.5723.
  lyapunov: 0.9056,
  lyapunovSource: 'Sprott (2003), Chaos and Time-Series Analysis, Appendix A',
  scale: 'none',
  description:
    "Lorenz-63: x' = sigma (y - x), y' = x (rho - z) - y, z' = x y - beta z, sigma = 10, rho = 28, beta = 8/3; channels x, y, z. Largest Lyapunov exponent ~0.906.",
  run(ctx) {
    const x0 = initValue(ctx, 'x0', (r) => r.uniformIn(-15, 15));
    const y0 = initValue(ctx, 'y0', (r) => r.uniformIn(-15, 15));
    const z0 = initValue(ctx, 'z0', (r) => r.uniformIn(5, 40));
    const f = lorenzRhs(num(ctx, 'sigma'), num(ctx, 'rho'), num(ctx, 'beta'));
    return integrate(ctx, f, [x0, y0, z0], num(ctx, 'transient'));
  },
};
