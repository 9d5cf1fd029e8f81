/**
 * Claims of the LegT rate experiment: the rows of bounds.ts, measured on the result.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import { fitRate } from '../common/fitRate.ts';
import type { Claim } from '../types.ts';
import { BOUNDS, STEEPEST_ALGEBRAIC_A } from './bounds.ts';
import type { RateLegtResult } from './compute.ts';

const exp1 = (v: number) => v.toExponential(1);

/**
 * The log-log slope of a converging error over its descent: the N from the smallest up to (not including) the first
 * whose error is below `floor` (the rounding floor, where spectral convergence stops).
 *
 * @param Ns - state sizes, increasing
 * @param errors - errors at those N
 * @param floor - the rounding floor
 * @returns the slope and the largest N used (NaN slope with fewer than 2 points)
 * @example descentSlope([4, 8, 16], [1, 1e-4, 1e-14], 1e-10).slope // log(1e-4) / log(2) = -13.3
 * @see arXiv:2407.09375
 */
export function descentSlope(
  Ns: readonly number[],
  errors: readonly number[],
  floor: number,
): { slope: number; to: number } {
  const end = errors.findIndex((e) => !(e >= floor));
  const n = end < 0 ? Ns.length : end;
  if (n < 2) return { slope: NaN, to: Ns[n - 1] ?? NaN };
  return { slope: fitRate(Ns.slice(0, n), errors.slice(0, n), { from: Ns[0] }), to: Ns[n - 1] };
}

/**
 * The claims of the LegT rate experiment (see bounds.ts for each bound and its reason).
 *
 * @param result - from computeRateLegt
 * @returns the claims, in the order of the bound table
 * @example rateLegtClaims(result)
 * @see arXiv:2407.09375
 */
export function rateLegtClaims(result: RateLegtResult): Claim[] {
  const { Ns, fitFrom, fitTo, fitFloor, exponents } = result.params;
  const spectral = (errorsOf: () => readonly number[]) => () => {
    const steepest = Math.max(...exponents);
    if (steepest !== STEEPEST_ALGEBRAIC_A) {
      throw new RangeError(
        `rate-legt: the bound assumes the steepest algebraic exponent a = ${STEEPEST_ALGEBRAIC_A}, the run has ${steepest}`,
      );
    }
    const errors = errorsOf();
    const d = descentSlope(Ns, errors, fitFloor);
    return {
      value: d.slope,
      detail: `fitted for ${Ns[0]} <= N <= ${d.to} (errors >= ${fitFloor}); errors ${errors.map(exp1).join(', ')} at N ${Ns.join(', ')}`,
    };
  };
  const signal = (prefix: string) => () => {
    const s = result.signals.find((x) => x.name.startsWith(prefix));
    if (!s) throw new RangeError(`rate-legt: no signal ${prefix}`);
    return s.errors;
  };
  const algebraic = (a: number) => () => {
    const s = result.signals.find((x) => x.kind === 'algebraic' && x.a === a);
    if (!s) throw new RangeError(`rate-legt: no signal |s - 1/2|^${a}`);
    return {
      value: s.slope ?? NaN,
      detail: `fitted for ${fitFrom} <= N <= ${fitTo} (errors >= ${fitFloor}); errors ${s.errors.map(exp1).join(', ')} at N ${Ns.join(', ')}`,
    };
  };
  return evaluateRegistered(BOUNDS, {
    sin: spectral(signal('sin(2 pi s)')),
    exp: spectral(signal('exp(s)')),
    runge: spectral(signal('Runge')),
    'sin-ssm': spectral(() => result.steadyStateSin),
    a1: algebraic(1),
    a3: algebraic(3),
    a5: algebraic(5),
  });
}
