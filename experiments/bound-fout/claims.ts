/**
 * Claims of the FouT bound experiment: the rows of bounds.ts, measured on the result.
 *
 * @see arXiv:2407.09375, arXiv:2206.12037
 */
import { evaluateRegistered } from '../claims/index.ts';
import { extreme } from '../common/claimFactors.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { BoundFoutResult } from './compute.ts';

type Periodic = BoundFoutResult['periodic'][number];

const exp1 = (v: number) => v.toExponential(1);

function periodicOf(result: BoundFoutResult, k: number): Periodic {
  const p = result.periodic.find((x) => x.k === k);
  if (!p) throw new RangeError(`bound-fout: no periodic signal with k = ${k} in the result`);
  return p;
}

function rate(result: BoundFoutResult, k: number) {
  return () => {
    const p = periodicOf(result, k);
    return {
      value: p.slopeModel,
      detail:
        `fitted for N >= ${result.params.fitFrom} on errors >= ${result.params.fitFloor}; projection state ` +
        `${p.slopeProjection.toFixed(2)}; sup errors ${p.model.map(exp1).join(', ')} at N ${result.params.Ns.join(', ')}`,
    };
  };
}

/**
 * The claims of the FouT bound experiment (see bounds.ts for each bound and its reason).
 *
 * @param result - from {@link computeBoundFout}
 * @returns the claims, in the order of the bound table
 * @example boundFoutClaims(result)
 * @see arXiv:2407.09375
 */
export function boundFoutClaims(result: BoundFoutResult): Claim[] {
  return evaluateRegistered(BOUNDS, {
    bound: () => {
      const w = extreme(
        result.periodic.filter((p) => p.k >= 3),
        (p) => p.slopeModel + (p.k - 2),
        'max',
        'periodic signal with k >= 3',
      );
      return {
        value: w.value,
        detail: `at ${w.at.name}: slope ${w.at.slopeModel.toFixed(2)} against the bound's -(k-2) = ${-(w.at.k - 2)}`,
      };
    },
    'rate-authors': rate(result, 2),
    'rate-k3': rate(result, 3),
    'rate-k4': rate(result, 4),
    'rate-k5': rate(result, 5),
    bias: () => {
      const cells = result.nonPeriodic.flatMap((np) =>
        np.relative.map((rel, i) => ({ f: np.f, N: result.params.Ns[i], rel })),
      );
      const w = extreme(
        cells,
        (c) => c.rel / Math.abs(Math.sin(Math.PI * c.f)),
        'min',
        'non-periodic frequency',
      );
      return {
        value: w.value,
        detail:
          `smallest at f = ${w.at.f}, N = ${w.at.N}; relative errors per N: ` +
          result.nonPeriodic
            .map(
              (np) =>
                `f = ${np.f} (|sin(pi f)| = ${Math.abs(Math.sin(Math.PI * np.f)).toFixed(3)}): ${np.relative.map((v) => v.toFixed(3)).join(', ')}`,
            )
            .join('; '),
      };
    },
    'fout-code-odd': () => {
      const odd = result.foutCode.find((c) => c.harmonic === 3);
      if (!odd) throw new RangeError('bound-fout: the fout-code result lacks window harmonic 3');
      const w = extreme(
        odd.relative.map((rel, i) => ({ rel, N: result.params.Ns[i] })),
        (c) => c.rel,
        'min',
        'N',
      );
      return {
        value: w.value,
        detail: `smallest at N = ${w.at.N}; per N: ${odd.relative.map((v) => v.toFixed(3)).join(', ')}`,
      };
    },
  });
}
