/**
 * Helpers of the classic systems: parameter access, initial conditions from the seed, and the ODE run.
 *
 * @see arXiv:2407.09375
 */
import { dopri5 } from './ode/dopri5.ts';
import { rk4 } from './ode/rk4.ts';
import type { OdeRhs } from './ode/types.ts';
import type { Random } from './random.ts';
import type { RunContext } from './types.ts';

/**
 * A numeric parameter of the context (the registry has already validated it).
 *
 * @param ctx - run context (its `params`)
 * @param name - parameter name
 * @throws TypeError when the parameter is 'random' where a number is required
 * @example
 *   const t = Float64Array.from({ length: 11 }, (_, k) => k / 10);
 *   const ctx = {
 *     t, dt: 0.1, params: { sigma: 10, x0: 'random', y0: 2 } as const,
 *     main: createRandom(0, 0), init: createRandom(0, 1), choice: createRandom(0, 2),
 *     solver: { method: 'rk4', rtol: 1e-8, atol: 1e-10 } as const,
 *   };
 *   num(ctx, 'sigma') === 10;
 *   let refused = false;
 *   try {
 *     num(ctx, 'x0'); // 'random' is not a number
 *   } catch (e) {
 *     refused = e instanceof TypeError;
 *   }
 *   refused;
 */
export function num(ctx: RunContext, name: string): number {
  const v = ctx.params[name];
  if (typeof v !== 'number') throw new TypeError(`parameter ${name} must be a number, got ${String(v)}`);
  return v;
}

/**
 * An initial-condition parameter: its value, or a draw from the init stream when it is 'random'. The draw is
 * made in both cases, so fixing one initial value does not change the others.
 *
 * @param ctx - run context (its `params` and `init` stream)
 * @param name - initial-condition parameter name (a number or 'random')
 * @param draw - the draw from the init stream used when the parameter is 'random'
 * @example
 *   const t = Float64Array.from({ length: 11 }, (_, k) => k / 10);
 *   const ctx = {
 *     t, dt: 0.1, params: { sigma: 10, x0: 'random', y0: 2 } as const,
 *     main: createRandom(0, 0), init: createRandom(0, 1), choice: createRandom(0, 2),
 *     solver: { method: 'rk4', rtol: 1e-8, atol: 1e-10 } as const,
 *   };
 *   const x0 = initValue(ctx, 'x0', (r) => r.uniformIn(-10, 10)); // drawn
 *   const y0 = initValue(ctx, 'y0', (r) => r.uniformIn(-10, 10)); // fixed, but a draw is still consumed
 *   x0 >= -10 && x0 <= 10 && y0 === 2;
 */
export function initValue(ctx: RunContext, name: string, draw: (r: Random) => number): number {
  const drawn = draw(ctx.init);
  const v = ctx.params[name];
  return v === 'random' ? drawn : (v as number);
}

/**
 * dopri5's step limit per output sample (at least 1e7 steps in all): the default tolerances take ~1-5 steps per
 * sample on the classic systems at their default dt, so the limit only stops a solver that cannot make progress,
 * not a long grid.
 */
const DOPRI5_STEPS_PER_SAMPLE = 100;

/**
 * The output times of a solve that starts `transient` before the first sample: [t[0] - transient, ...t] (a new
 * Float64Array, built without spreading t into a plain array), or t itself when transient is 0.
 *
 * @param t - the sample times, shape [L], L >= 1
 * @param transient - time integrated and discarded before the first sample (>= 0)
 * @returns shape [L + 1] or t
 * @example withTransient(Float64Array.of(0, 1), 5).join() === '-5,0,1';
 */
export function withTransient(t: Float64Array, transient: number): Float64Array {
  if (!(transient > 0)) return t;
  const times = new Float64Array(t.length + 1);
  times[0] = t[0] - transient;
  times.set(t, 1);
  return times;
}

/**
 * Integrates y' = f(t, y) from y(t[0] - transient) = y0 and samples it at t (one Float64Array per component),
 * with the context's solver (dopri5 with rtol/atol, or RK4 with one step per sample).
 *
 * @param ctx - run context (grid and solver settings)
 * @param f - right-hand side
 * @param y0 - initial state at t[0] - transient, shape [n]
 * @param transient - time integrated and discarded before the first sample (>= 0)
 * @throws OdeSolverError from the solver
 * @example
 *   const t = Float64Array.from({ length: 11 }, (_, k) => k / 10);
 *   const ctx = {
 *     t, dt: 0.1, params: { sigma: 10, x0: 'random', y0: 2 } as const,
 *     main: createRandom(0, 0), init: createRandom(0, 1), choice: createRandom(0, 2),
 *     solver: { method: 'rk4', rtol: 1e-8, atol: 1e-10 } as const,
 *   };
 *   const [x] = integrate(ctx, (_t, y, d) => void (d[0] = -y[0]), [1], 0); // x' = -x, x(0) = 1, RK4
 *   x.length === 11 && Math.abs(x[10] - Math.exp(-1)) < 1e-6;
 */
export function integrate(
  ctx: RunContext,
  f: OdeRhs,
  y0: ArrayLike<number>,
  transient: number,
): Float64Array[] {
  const times = withTransient(ctx.t, transient);
  const sol =
    ctx.solver.method === 'rk4'
      ? rk4(f, y0, times, { maxStep: ctx.dt })
      : dopri5(f, y0, times, {
          rtol: ctx.solver.rtol,
          atol: ctx.solver.atol,
          maxSteps: Math.max(1e7, DOPRI5_STEPS_PER_SAMPLE * times.length),
        });
  return transient > 0 ? sol.y.map((c) => c.slice(1)) : sol.y;
}
