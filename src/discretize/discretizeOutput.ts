import type { OutputRule } from '../hippo/types.ts';
import { requireFinite, requireFiniteArray, requireOneOf, requirePositive } from '../util/validate.ts';

/** The discrete readout uhat_{k+1} = Cbar x_{k+1} + Dbar u_k. */
export interface DiscreteOutput {
  /** shape [N] */
  readonly Cbar: Float64Array;
  readonly Dbar: number;
}

/** The output rules, in the order `requireOneOf` lists them. */
export const OUTPUT_RULES = Object.freeze(['trapezoid', 'forward-euler'] as const);

/**
 * The trapezoid output is refused when D dt/2 >= 1 - TRAPEZOID_MARGIN: D = p^T B is N^2 (LegT, LegS) only up to
 * rounding (sqrt(3)^2 != 3), and at 1 - D dt/2 ~ 1e-16 the output gains are garbage (~1e16) all the same.
 * @internal
 */
export const TRAPEZOID_MARGIN = 1e-9;

/**
 * True when h = D dt/2 leaves the trapezoid output well-defined: h < 1 - TRAPEZOID_MARGIN.
 *
 * @param h - D dt / 2 (dimensionless)
 * @example trapezoidIsValid(0.5) && !trapezoidIsValid(1) && !trapezoidIsValid(1 - 1e-12);
 * @see arXiv:2407.09375
 */
export function trapezoidIsValid(h: number): boolean {
  return h < 1 - TRAPEZOID_MARGIN;
}

/** The next float64 above (direction 1) or below (direction -1) a positive finite x. */
function adjacentFloat(x: number, direction: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(direction));
  return view.getFloat64(0);
}

/**
 * The largest step the trapezoid output accepts, as an exclusive bound: every dt > 0 with dt < trapezoidDtBound(D)
 * gives trapezoidIsValid(D dt / 2), and dt = trapezoidDtBound(D) does not. It is 2 (1 - TRAPEZOID_MARGIN) / D up
 * to the rounding of D dt, so the bound that error messages suggest includes the safety margin.
 *
 * @param D - the derivative feedthrough p^T B (N^2 for LegT with theta = 1)
 * @returns the bound, or Infinity when D <= 0 (every dt is accepted)
 * @example
 *   const b = trapezoidDtBound(289); // LegT, N = 17: about 2 (1 - 1e-9) / 289
 *   trapezoidIsValid((289 * (b * (1 - 1e-15))) / 2) && !trapezoidIsValid((289 * b) / 2);
 * @see arXiv:2407.09375
 */
export function trapezoidDtBound(D: number): number {
  if (!(D > 0) || !Number.isFinite(D)) return D > 0 ? 0 : Infinity;
  let b = (2 * (1 - TRAPEZOID_MARGIN)) / D;
  // fl(D dt) / 2 is monotone in dt, so the accepted steps form an interval (0, b): move b onto its end
  while (trapezoidIsValid((D * b) / 2)) b = adjacentFloat(b, 1);
  while (!trapezoidIsValid((D * adjacentFloat(b, -1)) / 2)) b = adjacentFloat(b, -1);
  return b;
}

/**
 * Turns the derivative readout y = C x + D u ~ u'(t) into a next-value predictor uhat_{k+1} = Cbar x_{k+1} + Dbar u_k.
 *
 * - `'trapezoid'` (default): u_{k+1} = u_k + dt/2 (u'_k + u'_{k+1}), with both endpoint derivatives read from the same
 *   state x_{k+1} (u'_k ~ C x + D u_k, u'_{k+1} ~ C x + D u_{k+1}) and solved for the implicit u_{k+1}:
 *   Cbar = dt C / (1 - D dt/2), Dbar = (1 + D dt/2) / (1 - D dt/2). Requires D dt/2 < 1; at or beyond it the
 *   solve divides by zero or flips the sign of Dbar (LegT N = 128, dt = 1/2000 gives Dbar = -1.28) and the predictor
 *   is garbage, so it throws instead.
 * - `'forward-euler'`: Cbar = dt C, Dbar = 1, i.e. uhat_{k+1} = u_k + dt C x_{k+1}. This drops D and takes one
 *   explicit Euler step; it exists only to reproduce the authors' FouT predictor (their code uses it for FouT, whose
 *   large D = 2N would otherwise violate D dt/2 < 1 at their sizes). Not a default.
 *
 * @param C - derivative readout, shape [N] (not modified; Cbar is a new array)
 * @param D - derivative feedthrough (scalar)
 * @param dt - step, finite and > 0
 * @param rule - 'trapezoid' | 'forward-euler'; @default 'trapezoid'
 * @returns `{ Cbar, Dbar }`
 * @throws RangeError when D dt/2 >= 1 for the trapezoid rule, dt <= 0, non-finite input, or an unknown rule;
 *   TypeError when C is not an array of numbers
 * @example discretizeOutput(Float64Array.of(1), 2, 0.1) // { Cbar: [0.1 / 0.9], Dbar: 1.1 / 0.9 }
 * @see arXiv:2407.09375, arXiv:2206.12037 (FouT)
 */
export function discretizeOutput(
  C: Float64Array,
  D: number,
  dt: number,
  rule: OutputRule = 'trapezoid',
): DiscreteOutput {
  const where = 'discretizeOutput';
  const c = requireFiniteArray(where, 'C', C);
  requireFinite(where, 'D', D);
  requirePositive(where, 'dt', dt);
  requireOneOf(where, 'rule', rule, OUTPUT_RULES);
  if (rule === 'forward-euler') return { Cbar: c.map((v) => dt * v), Dbar: 1 };
  const h = (D * dt) / 2;
  if (!trapezoidIsValid(h)) {
    throw new RangeError(
      `${where}: D*dt/2 = ${h} must be < 1 - ${TRAPEZOID_MARGIN} for the trapezoid output (D = ${D}, dt = ${dt}): ` +
        `use dt < ${trapezoidDtBound(D)} (for LegT N^2 dt/(2 theta) < 1 - ${TRAPEZOID_MARGIN})`,
    );
  }
  const den = 1 - h;
  return { Cbar: c.map((v) => (dt * v) / den), Dbar: (1 + h) / den };
}
