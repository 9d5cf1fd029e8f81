/**
 * Claims of the FouT bound experiment: the fitted slope against the bound and against -k, the non-periodic bias,
 * and the fout-code convention's missing odd harmonics.
 *
 * @see arXiv:2407.09375, arXiv:2206.12037
 */
import { atLeast, atMost, evaluateClaims } from '../claims/index.ts';
import type { ClaimSpec } from '../claims/index.ts';
import { RATE_TOLERANCE } from '../common/fitRate.ts';
import type { Claim } from '../types.ts';
import type { BoundFoutResult } from './compute.ts';

/**
 * The claims: for each periodic signal the fitted slope is at least as steep as the bound's -(k-2) and (our
 * finding) within 0.3 of -k; the non-periodic bias stays; fout-code misses an odd harmonic and reads an even one.
 *
 * @param result - from {@link computeBoundFout}
 * @returns the claims
 * @example boundFoutClaims(result)
 */
export function boundFoutClaims(result: BoundFoutResult): Claim[] {
  const specs: ClaimSpec[] = [];
  for (const p of result.periodic) {
    const bound = -(p.k - 2);
    specs.push(
      atMost(
        `${p.name}: slope at least as steep as the bound -(k-2) = ${bound}`,
        bound + RATE_TOLERANCE,
        () => ({
          value: p.slopeModel,
          detail: `sup-norm error of the SSM steady state vs N, fitted for N >= ${result.params.fitFrom}; errors ${p.model
            .map((e) => e.toExponential(1))
            .join(', ')}`,
        }),
      ),
      atMost(`${p.name}: measured rate is -k = ${-p.k} (within ${RATE_TOLERANCE})`, RATE_TOLERANCE, () => ({
        value: Math.abs(p.slopeModel + p.k),
        detail: `slope ${p.slopeModel.toFixed(2)} (projection state: ${p.slopeProjection.toFixed(2)}): the bound is two orders conservative`,
      })),
    );
  }
  for (const np of result.nonPeriodic) {
    specs.push(
      atLeast(`non-periodic sin(2 pi ${np.f} t): relative bias stays >= 0.3 for every N`, 0.3, () => ({
        value: Math.min(...np.relative),
        detail: `|y - u'| / |u'| per N: ${np.relative.map((v) => v.toFixed(3)).join(', ')} (FouT reads the mean of the window ends)`,
      })),
    );
  }
  const odd = result.foutCode.find((c) => c.harmonic % 2 === 1);
  const even = result.foutCode.find((c) => c.harmonic % 2 === 0);
  if (odd) {
    specs.push(
      atLeast(
        `fout-code (4 pi m) misses window harmonic ${odd.harmonic}: relative error >= 0.9`,
        0.9,
        () => ({
          value: Math.min(...odd.relative),
          detail: `per N: ${odd.relative.map((v) => v.toFixed(3)).join(', ')}`,
        }),
      ),
    );
  }
  if (even) {
    specs.push(
      atMost(
        `fout-code reads window harmonic ${even.harmonic} exactly: relative error <= 1e-9`,
        1e-9,
        () => ({
          value: Math.max(...even.relative),
          detail: `per N: ${even.relative.map((v) => v.toExponential(1)).join(', ')}`,
        }),
      ),
    );
  }
  return evaluateClaims(specs);
}
