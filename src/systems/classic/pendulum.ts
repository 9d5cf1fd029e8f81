/**
 * The simple and the damped pendulum.
 *
 * @see arXiv:2407.09375
 */
import type { OdeRhs } from '../ode/types.ts';
import { initValue, integrate, num } from '../integrate.ts';
import type { RunContext, SystemDefinition } from '../types.ts';

/**
 * Right-hand side theta' = omega, omega' = -(g / l) sin theta - b omega.
 *
 * @param gravity - g
 * @param rodLength - l
 * @param damping - b (0: energy is conserved)
 * @example pendulumRhs(9.81, 1, 0)
 * @see arXiv:2407.09375
 */
export function pendulumRhs(gravity: number, rodLength: number, damping: number): OdeRhs {
  const w2 = gravity / rodLength;
  return (_t, y, d) => {
    d[0] = y[1];
    d[1] = -w2 * Math.sin(y[0]) - damping * y[1];
  };
}

/**
 * Energy per unit mass E = l^2 omega^2 / 2 - g l cos theta (conserved without damping).
 *
 * @param theta - angle from the downward vertical (rad)
 * @param omega - angular velocity theta' (rad per time unit)
 * @param gravity - g
 * @param rodLength - l (> 0)
 * @example pendulumEnergy(0, 0, 9.81, 1) === -9.81 // at rest at the bottom: E = -g l
 * @see arXiv:2407.09375
 */
export function pendulumEnergy(theta: number, omega: number, gravity: number, rodLength: number): number {
  return 0.5 * rodLength * rodLength * omega * omega - gravity * rodLength * Math.cos(theta);
}

function runPendulum(ctx: RunContext): Float64Array[] {
  const th0 = initValue(ctx, 'theta0', (r) => r.uniformIn(-2, 2));
  const om0 = initValue(ctx, 'omega0', (r) => r.uniformIn(-1, 1));
  const l = num(ctx, 'rodLength');
  if (!(l > 0)) throw new RangeError(`pendulum: rodLength must be > 0, got ${l}`);
  const f = pendulumRhs(num(ctx, 'gravity'), l, num(ctx, 'damping'));
  return integrate(ctx, f, [th0, om0], num(ctx, 'transient'));
}

const period = 2 * Math.PI * Math.sqrt(1 / 9.81);

/** The `pendulum` system: g = 9.81, l = 1, no damping. */
export const pendulum: SystemDefinition = {
  name: 'pendulum',
  kind: 'system',
  dimension: 2,
  channels: ['theta', 'omega'],
  defaults: { gravity: 9.81, rodLength: 1, damping: 0, theta0: 'random', omega0: 'random', transient: 0 },
  random: { theta0: 'U(-2, 2)', omega0: 'U(-1, 1)' },
  length: 10000,
  dt: 0.01,
  tSpan: null,
  timeScale: period,
  chaotic: false,
  lyapunov: null,
  lyapunovSource: null,
  scale: 'none',
  description:
    "Simple pendulum theta'' = -(g / l) sin theta, g = 9.81, l = 1; channels theta, omega. Small-angle period 2 pi sqrt(l / g) ~2.006; the energy l^2 omega^2 / 2 - g l cos theta is conserved.",
  run: runPendulum,
};

/** The `damped-pendulum` system: as `pendulum` with damping b = 0.5. */
export const dampedPendulum: SystemDefinition = {
  ...pendulum,
  name: 'damped-pendulum',
  defaults: { ...pendulum.defaults, damping: 0.5 },
  description:
    "Damped pendulum theta'' = -(g / l) sin theta - b theta', g = 9.81, l = 1, b = 0.5; channels theta, omega. Decays to rest with rate b / 2.",
  run: runPendulum,
};
