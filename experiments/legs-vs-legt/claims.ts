/**
 * Claims of the LegS vs LegT experiment, set from the measured errors.
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, evaluateClaims } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import type { LegsResult } from './run.ts';

function bestOverN(r: LegsResult, l: number, m: 0 | 1, s: number): { mse: number; N: number } {
  let best = { mse: Infinity, N: NaN };
  r.Ns.forEach((N, n) => {
    const v = r.mse[l][m][n][s];
    if (Number.isFinite(v) && v < best.mse) best = { mse: v, N };
  });
  return best;
}

function index(list: readonly (number | string)[], value: number | string, what: string): number {
  const i = list.indexOf(value);
  if (i < 0) throw new RangeError(`legs-vs-legt claims: ${what} ${value} missing from the result`);
  return i;
}

/**
 * The claims:
 * - L = 10^4, Legendre: best LegS over N beats best LegT (theta = 1) over N by >= 1000x (LegS's window [0, t] is
 *   exactly the context; LegT's window always contains the zero history before t = 0)
 * - L = 10^4: on every signal best LegS <= 1.1 x best LegT (LegS never loses at the long context)
 * - L = 10^4, White Signal gamma 5: LegS stays >= 0.8 x copy-last at every N (its window is the whole context too,
 *   so it shares LegT's resolution floor)
 * - L = 10^3, N = 33: LegS / LegT >= 2 on every signal (the LegS trapezoid is only valid from k = floor(N^2/2) = 544,
 *   after the second half starts, and ill-conditioned just after: LegS needs L >> N^2)
 *
 * @param r - the result
 * @returns the claims
 * @see arXiv:2407.09375
 */
export function legsVsLegtClaims(r: LegsResult): Claim[] {
  const long = () => index(r.lengths, 10000, 'L');
  return evaluateClaims([
    atLeast('L = 10^4, Legendre: LegS beats LegT by >= 1000x (best N each)', 1000, () => {
      const s = index(r.labels, 'Legendre', 'signal');
      const S = bestOverN(r, long(), 0, s);
      const T = bestOverN(r, long(), 1, s);
      return {
        value: T.mse / S.mse,
        detail:
          `LegT ${T.mse.toExponential(2)} (N = ${T.N}) / LegS ${S.mse.toExponential(2)} (N = ${S.N}); a degree-14 ` +
          "polynomial is exact in LegS's window [0, t], while LegT's theta = 1 window holds the zero history before t = 0",
      };
    }),
    atMost('L = 10^4: LegS (best N) <= 1.1 x LegT (best N) on every signal', 1.1, () => {
      const l = long();
      const ratios = r.labels.map((_, s) => bestOverN(r, l, 0, s).mse / bestOverN(r, l, 1, s).mse);
      return {
        value: Math.max(...ratios),
        detail: `largest LegS/LegT ratio over the signals; ratios ${r.labels.map((x, s) => `${x}: ${ratios[s].toPrecision(3)}`).join(', ')}`,
      };
    }),
    atLeast(
      'L = 10^4, White Signal gamma 5: LegS shares the copy-last floor (>= 0.8 x copy-last at every N)',
      0.8,
      () => {
        const l = long();
        const s = index(r.labels, 'White Signal gamma 5', 'signal');
        const lowest = Math.min(...r.Ns.map((_, n) => r.mse[l][0][n][s]).filter(Number.isFinite));
        return {
          value: lowest / r.copyLast[l][s],
          detail:
            'min over N of LegS MSE / copy-last MSE: 50 cycles in the window [0, t] are not resolved by N <= 33',
        };
      },
    ),
    atLeast(
      'L = 10^3, N = 33: LegS worse than LegT by >= 2x on every signal (LegS needs L >> N^2)',
      2,
      () => {
        const l = index(r.lengths, 1000, 'L');
        const n = index(r.Ns, 33, 'N');
        const ratios = r.labels.map((_, s) => r.mse[l][0][n][s] / r.mse[l][1][n][s]);
        return {
          value: Math.min(...ratios),
          detail:
            `smallest LegS/LegT ratio; the LegS trapezoid is valid from k = ${Math.floor((33 * 33) / 2)} only (copy-last ` +
            'before), after the second half starts at k = 499, and amplified by 1/(1 - N^2/(2(k+1))) just after',
        };
      },
    ),
  ]);
}
