/**
 * The error a solver throws when it cannot go on: step size underflow, too many steps, a non-finite state, or a
 * delay shorter than the step. It says where it stopped (time t and step size h) so that the caller can react.
 *
 * @see arXiv:2407.09375
 */
export class OdeSolverError extends Error {
  /** time at which the solver stopped */
  readonly t: number;
  /** step size in use when it stopped */
  readonly h: number;

  /**
   * @param solver - solver name, e.g. 'dopri5'
   * @param reason - what went wrong
   * @param t - time reached
   * @param h - step size in use
   * @example new OdeSolverError('dopri5', 'step size underflow', 1.5, 1e-17)
   */
  constructor(solver: string, reason: string, t: number, h: number) {
    super(`${solver}: ${reason} at t = ${t} (step size h = ${h})`);
    this.name = 'OdeSolverError';
    this.t = t;
    this.h = h;
  }
}
