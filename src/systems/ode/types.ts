/**
 * Shared types of the ODE and delay-equation solvers.
 *
 * @see arXiv:2407.09375
 */

/**
 * Right-hand side f(t, y) of y' = f(t, y), written into `dydt` (length = state dimension). It must not keep or
 * modify `y`.
 */
export type OdeRhs = (t: number, y: Float64Array, dydt: Float64Array) => void;

/**
 * Right-hand side f(t, y(t), y(t - tau)) of a delay equation, written into `dydt`.
 */
export type DdeRhs = (t: number, y: Float64Array, yDelayed: Float64Array, dydt: Float64Array) => void;

/** Work counters of a solver run. */
export interface OdeStats {
  /** accepted steps */
  readonly steps: number;
  /** rejected steps (adaptive solvers only) */
  readonly rejected: number;
  /** right-hand side evaluations */
  readonly evaluations: number;
}

/**
 * A solution sampled at the requested times: `y[c][k]` is component c at time `t[k]` (one Float64Array per
 * component, like the generators' channels).
 */
export interface OdeSolution {
  readonly t: Float64Array;
  readonly y: Float64Array[];
  readonly stats: OdeStats;
}
