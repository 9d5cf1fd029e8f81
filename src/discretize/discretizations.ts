/** Metadata of one discretization rule, as listed by `hippo-prophecy list discretizations`. */
export interface DiscretizationInfo {
  /** the name used in options and at the CLI */
  readonly name: 'forward' | 'backward' | 'bilinear' | 'zoh' | 'gbt' | 'legs';
  /** global order of accuracy in dt for smooth input (see description for the conditions) */
  readonly order: number;
  /** true when the rule is exact for some input class (named in the description) */
  readonly exact: boolean;
  /** formula and conditions */
  readonly description: string;
}

/**
 * The discretization rules the library implements (frozen array of frozen records).
 *
 * Orders are global orders for a smooth input sampled at step midpoints; sampled at the left end every rule is
 * first order (the input is then effectively delayed by dt/2).
 *
 * @example discretizations.map((d) => d.name) // ['forward', 'backward', 'bilinear', 'zoh', 'gbt', 'legs']
 * @see arXiv:2008.07669, arXiv:2407.09375
 */
export const discretizations: readonly DiscretizationInfo[] = Object.freeze(
  [
    {
      name: 'forward',
      order: 1,
      exact: false,
      description: 'forward Euler (GBT alpha = 0): Abar = I + dt A, Bbar = dt B',
    },
    {
      name: 'backward',
      order: 1,
      exact: false,
      description: 'backward Euler (GBT alpha = 1): Abar = (I - dt A)^-1, Bbar = dt (I - dt A)^-1 B',
    },
    {
      name: 'bilinear',
      order: 2,
      exact: false,
      description:
        'bilinear / Tustin (GBT alpha = 1/2): Abar = (I - dt/2 A)^-1 (I + dt/2 A) (the (1,1) Pade approximant of ' +
        'e^{dt A}), Bbar = dt (I - dt/2 A)^-1 B',
    },
    {
      name: 'zoh',
      order: 2,
      exact: true,
      description:
        'zero-order hold: Abar = e^{dt A}, Bbar = A^-1 (e^{dt A} - I) B (via expm of dt [[A, B], [0, 0]]); exact for ' +
        'piecewise-constant input, order 2 for smooth input sampled at step midpoints',
    },
    {
      name: 'gbt',
      order: 1,
      exact: false,
      description:
        'generalized bilinear transform { gbt: alpha }, alpha in [0, 1]: Abar = (I - alpha dt A)^-1 ' +
        '(I + (1 - alpha) dt A), Bbar = dt (I - alpha dt A)^-1 B; order 2 at alpha = 1/2, else 1',
    },
    {
      name: 'legs',
      order: 2,
      exact: false,
      description:
        "LegS time-varying steps of t x' = A x + B u (legsStep), 1/t frozen at t* = k + alpha: " +
        'Abar_k = (I - alpha A/t*)^-1 (I + (1 - alpha) A/t*), Bbar_k = (I - alpha A/t*)^-1 B/t*; k = 0: ' +
        'Abar_0 = 0, Bbar_0 = -A^-1 B (exact); order 2 in the step count for bilinear / zoh, 1 for forward / backward',
    },
  ].map((d) => Object.freeze(d as DiscretizationInfo)),
);
