/**
 * Claims of the LegT rate experiment: analytic signals converge spectrally, |s - 1/2|^a at rate -(a - 1/2).
 *
 * @see arXiv:2407.09375
 */
import { atMost, evaluateClaims } from '../claims/index.ts';
import type { ClaimSpec } from '../claims/index.ts';
import { fitRate, RATE_TOLERANCE } from '../common/fitRate.ts';
import type { Claim } from '../types.ts';
import type { RateLegtResult } from './compute.ts';

function errorAt(result: RateLegtResult, name: string, N: number, steady = false): number {
  const i = result.params.Ns.indexOf(N);
  if (i < 0) throw new RangeError(`rate-legt: N = ${N} was not measured`);
  if (steady) return result.steadyStateSin[i];
  const s = result.signals.find((x) => x.name === name);
  if (!s) throw new RangeError(`rate-legt: no signal ${name}`);
  return s.errors[i];
}

/**
 * The claims: analytic signals converge spectrally, |s - 1/2|^a at rate -(a - 1/2).
 *
 * @param result - from computeRateLegt
 * @returns the claims
 * @example rateLegtClaims(result)
 */
export function rateLegtClaims(result: RateLegtResult): Claim[] {
  const { fitFrom, fitTo, fitFloor } = result.params;
  const specs: ClaimSpec[] = [
    atMost('sin(2 pi s): error at N = 24 < 1e-9 (projection state)', 1e-9, () =>
      errorAt(result, 'sin(2 pi s)', 24),
    ),
    atMost('sin(2 pi t): running SSM steady-state relative error at N = 24 < 1e-9', 1e-9, () => ({
      value: errorAt(result, '', 24, true),
      detail: '|H(2 pi i) - 2 pi i| / 2 pi by a dense solve',
    })),
    atMost('exp(s): error at N = 12 < 1e-9', 1e-9, () => errorAt(result, 'exp(s)', 12)),
    atMost(
      'Runge (analytic, poles 0.2 from the window): slope steeper than -6 (faster than any measured algebraic rate)',
      -6,
      () => {
        const s = result.signals.find((x) => x.name.startsWith('Runge'));
        if (!s) throw new RangeError('rate-legt: no Runge signal');
        return {
          value: fitRate(result.params.Ns, s.errors, { from: fitFrom, to: fitTo, floor: fitFloor }),
          detail: `fitted for ${fitFrom} <= N <= ${fitTo} on errors >= ${fitFloor}; errors ${s.errors.map((e) => e.toExponential(1)).join(', ')}`,
        };
      },
    ),
  ];
  for (const s of result.signals.filter((x) => x.kind === 'algebraic')) {
    const expected = -((s.a ?? NaN) - 0.5);
    specs.push(
      atMost(`${s.name}: slope within ${RATE_TOLERANCE} of -(a - 1/2) = ${expected}`, RATE_TOLERANCE, () => ({
        value: Math.abs((s.slope ?? NaN) - expected),
        detail: `slope ${(s.slope ?? NaN).toFixed(2)}, fitted for ${fitFrom} <= N <= ${fitTo}; errors ${s.errors.map((e) => e.toExponential(1)).join(', ')}`,
      })),
    );
  }
  return evaluateClaims(specs);
}
