/**
 * The Mackey-Glass delay equation.
 *
 * @see arXiv:2407.09375
 */
import type { DdeRhs } from '../ode/types.ts';
import { solveDde } from '../ode/solveDde.ts';
import { initValue, num, withTransient } from '../integrate.ts';
import type { SystemDefinition } from '../types.ts';

/**
 * Right-hand side x'(t) = beta x(t - tau) / (1 + x(t - tau)^n) - gamma x(t).
 *
 * @param beta - production rate beta
 * @param gamma - decay rate gamma
 * @param n - Hill exponent n
 * @returns f(t, [x(t)], [x(t - tau)], dydt) (the delay tau is the solver's)
 * @example
 *   const d = new Float64Array(1);
 *   mackeyGlassRhs(0.2, 0.1, 10)(0, Float64Array.of(1), Float64Array.of(1), d); // x = 1: 0.2 / 2 - 0.1
 *   Math.abs(d[0]) < 1e-15;
 * @see arXiv:2407.09375
 */
export function mackeyGlassRhs(beta: number, gamma: number, n: number): DdeRhs {
  return (_t, x, xd, d) => {
    const z = xd[0];
    d[0] = (beta * z) / (1 + Math.pow(Math.abs(z), n)) - gamma * x[0];
  };
}

/** The `mackey-glass` system: beta 0.2, gamma 0.1, n 10, tau 17, constant history. */
export const mackeyGlass: SystemDefinition = {
  name: 'mackey-glass',
  kind: 'system',
  dimension: 1,
  channels: ['x'],
  defaults: { beta: 0.2, gamma: 0.1, n: 10, tau: 17, x0: 'random', maxStep: 0.1, transient: 0 },
  random: { x0: 'U(0.5, 1.5) (constant history x(t) = x0 for t <= t0)' },
  length: 10000,
  dt: 1,
  tSpan: null,
  timeScale: 50,
  chaotic: true,
  // Farmer, J. D. (1982), "Chaotic attractors of an infinite-dimensional dynamical system", Physica D 4, 366-393:
  // for tau = 17 the largest Lyapunov exponent is small and positive, about 6e-3 to 7e-3 per time unit (the value
  // 0.006 is the one the project's brief fixes).
  lyapunov: 0.006,
  lyapunovSource: 'Farmer (1982), Physica D 4, 366-393',
  scale: 'none',
  description:
    "Mackey-Glass x'(t) = beta x(t - tau) / (1 + x(t - tau)^n) - gamma x(t), beta = 0.2, gamma = 0.1, n = 10, tau = 17, constant history x0 on [t0 - tau, t0]; method of steps with RK4 (step tau / ceil(tau / maxStep)) and Hermite history interpolation; chaotic (largest Lyapunov exponent ~0.006).",
  // the method of steps stores the state and its derivative at every step h = tau / ceil(tau / maxStep) over the
  // whole span (transient included), plus the sampled output, its scaled copy and the sample times
  memory: ({ length, dt }, params) => {
    const tau = params.tau as number;
    const h = tau / Math.max(1, Math.ceil(tau / (params.maxStep as number) - 1e-9));
    const steps = Math.ceil(((length - 1) * dt + Math.max(0, params.transient as number)) / h) + 1;
    const bytes = 8 * (2 * steps + 4 * length);
    return Number.isFinite(bytes)
      ? { bytes, longestArray: Math.max(steps, length) }
      : { bytes: 8 * 4 * length };
  },
  run(ctx) {
    const x0 = initValue(ctx, 'x0', (r) => r.uniformIn(0.5, 1.5));
    const tau = num(ctx, 'tau');
    if (!(tau > 0)) throw new RangeError(`mackey-glass: tau must be > 0, got ${tau}`);
    const f = mackeyGlassRhs(num(ctx, 'beta'), num(ctx, 'gamma'), num(ctx, 'n'));
    const transient = num(ctx, 'transient');
    const times = withTransient(ctx.t, transient);
    const sol = solveDde(f, [x0], tau, times, { maxStep: num(ctx, 'maxStep') });
    return transient > 0 ? sol.y.map((c) => c.slice(1)) : sol.y;
  },
};
