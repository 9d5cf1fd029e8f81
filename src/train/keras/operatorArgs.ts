/**
 * The arguments shared by the layers built on a HiPPO operator (HippoMemory, ProphecyLayer): measure, N, theta, dt
 * and the discretization, checked once and kept as plain JSON for the layers' configs.
 */
import type { DiscretizationMethod } from '../../discretize/types.ts';
import { hippo } from '../../hippo/hippo.ts';
import type { HippoOperator, MeasureName } from '../../hippo/types.ts';
import { requireInteger, requirePositive } from '../../util/validate.ts';
import { resolveMethod } from '../../discretize/resolveMethod.ts';

/** The operator arguments of {@link HippoMemory} and {@link ProphecyLayer}. */
export interface OperatorArgs {
  /** HiPPO measure (a time-invariant one: every measure but 'legs') @default 'legt' */
  measure?: MeasureName;
  /** state size N (integer >= 1; odd for the FouT measures) */
  N: number;
  /** window length theta, in the units of dt @default the measure's default (1) */
  theta?: number;
  /** step between samples, > 0 (the paper: dt = 1/L with theta = 1) */
  dt: number;
  /** how (A, B) is discretized: 'forward' | 'backward' | 'bilinear' | 'zoh' | { gbt: alpha } @default 'bilinear' */
  discretization?: DiscretizationMethod;
}

/** {@link OperatorArgs} with every default filled in, and the continuous operator they name. */
export interface ResolvedOperatorArgs {
  readonly measure: MeasureName;
  readonly N: number;
  readonly theta: number;
  readonly dt: number;
  readonly discretization: DiscretizationMethod;
  readonly op: HippoOperator;
}

/**
 * Checks the operator arguments and builds the continuous HiPPO operator (float64).
 *
 * @throws RangeError for an unknown measure or discretization, a bad N, theta or dt, or the time-varying 'legs'
 *   (the layers are convolutions of one time-invariant system); TypeError for a missing args object
 */
export function resolveOperatorArgs(where: string, args: OperatorArgs): ResolvedOperatorArgs {
  if (typeof args !== 'object' || args === null) {
    throw new TypeError(`${where}: needs an arguments object with at least N and dt, got ${String(args)}`);
  }
  const measure = args.measure ?? 'legt';
  requireInteger(where, 'N', args.N, 1);
  const op = hippo(measure, args.N, args.theta === undefined ? {} : { theta: args.theta });
  if (op.timeVarying) {
    throw new RangeError(
      `${where}: measure '${measure}' is time-varying (x' = (1/t)(A x + B u)); the layer needs a time-invariant ` +
        `measure (legt, lmu, lagt, fout, ...), got '${measure}'`,
    );
  }
  const dt = requirePositive(where, 'dt', args.dt);
  const discretization = args.discretization ?? 'bilinear';
  resolveMethod(where, discretization);
  return Object.freeze({ measure, N: args.N, theta: op.theta, dt, discretization, op });
}
