/**
 * The Rossler system.
 *
 * @see arXiv:2407.09375
 */
import type { OdeRhs } from '../ode/types.ts';
import { initValue, integrate, num } from '../integrate.ts';
import type { SystemDefinition } from '../types.ts';

/**
 * Right-hand side x' = -y - z, y' = x + a y, z' = b + z (x - c).
 *
 * @param a - coefficient a (classical 0.2)
 * @param b - coefficient b (classical 0.2)
 * @param c - coefficient c (classical 5.7)
 * @returns f(t, [x, y, z], dydt), writing the 3 derivatives into dydt
 * @example
 *   const d = new Float64Array(3);
 *   rosslerRhs(0.2, 0.2, 5.7)(0, Float64Array.of(1, 1, 1), d); // [-2, 1.2, 0.2 + (1 - 5.7)]
 *   d[0] === -2 && Math.abs(d[1] - 1.2) < 1e-15 && Math.abs(d[2] + 4.5) < 1e-15;
 * @see arXiv:2407.09375
 */
export function rosslerRhs(a: number, b: number, c: number): OdeRhs {
  return (_t, s, d) => {
    d[0] = -s[1] - s[2];
    d[1] = s[0] + a * s[1];
    d[2] = b + s[2] * (s[0] - c);
  };
}

/** The `rossler` system with the classical parameters (0.2, 0.2, 5.7). */
export const rossler: SystemDefinition = {
  name: 'rossler',
  kind: 'system',
  dimension: 3,
  channels: ['x', 'y', 'z'],
  defaults: { a: 0.2, b: 0.2, c: 5.7, x0: 'random', y0: 'random', z0: 'random', transient: 0 },
  random: { x0: 'U(-5, 5)', y0: 'U(-5, 5)', z0: 'U(0, 1)' },
  length: 10000,
  dt: 0.05,
  tSpan: null,
  timeScale: 5.9,
  chaotic: true,
  // Sprott, J. C. (2003), Chaos and Time-Series Analysis, Oxford University Press, Appendix A:
  // Lyapunov exponents of the Rossler attractor (0.2, 0.2, 5.7): 0.0714, 0, -5.3943.
  lyapunov: 0.0714,
  lyapunovSource: 'Sprott (2003), Chaos and Time-Series Analysis, Appendix A',
  scale: 'none',
  description:
    "Rossler: x' = -y - z, y' = x + a y, z' = b + z (x - c), a = b = 0.2, c = 5.7; channels x, y, z. Mean rotation period ~5.9, largest Lyapunov exponent ~0.071.",
  run(ctx) {
    const x0 = initValue(ctx, 'x0', (r) => r.uniformIn(-5, 5));
    const y0 = initValue(ctx, 'y0', (r) => r.uniformIn(-5, 5));
    const z0 = initValue(ctx, 'z0', (r) => r.uniformIn(0, 1));
    const f = rosslerRhs(num(ctx, 'a'), num(ctx, 'b'), num(ctx, 'c'));
    return integrate(ctx, f, [x0, y0, z0], num(ctx, 'transient'));
  },
};
