/**
 * Claims of the LegS vs LegT experiment: the rows of bounds.ts, measured on the result.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import { extreme } from '../common/claimFactors.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { LegsResult } from './run.ts';

function bestOverN(r: LegsResult, l: number, m: 0 | 1, s: number): { mse: number; N: number } {
  let best = { mse: NaN, N: NaN }; // NaN when no N gives a finite error: the claim fails
  r.Ns.forEach((N, n) => {
    const v = r.mse[l][m][n][s];
    if (Number.isFinite(v) && !(v >= best.mse)) best = { mse: v, N };
  });
  return best;
}

function index(list: readonly (number | string)[], value: number | string, what: string): number {
  const i = list.indexOf(value);
  if (i < 0) throw new RangeError(`legs-vs-legt claims: ${what} ${value} missing from the result`);
  return i;
}

/**
 * The claims of the LegS vs LegT experiment (see bounds.ts for each bound and its reason).
 *
 * @param r - the result
 * @returns the claims, in the order of the bound table
 * @see arXiv:2407.09375
 */
export function legsVsLegtClaims(r: LegsResult): Claim[] {
  const long = () => index(r.lengths, 10000, 'L');
  const fmt = (v: number) => v.toExponential(2);
  return evaluateRegistered(BOUNDS, {
    legendre: () => {
      const s = index(r.labels, 'Legendre', 'signal');
      const S = bestOverN(r, long(), 0, s);
      const T = bestOverN(r, long(), 1, s);
      return {
        value: T.mse / S.mse,
        detail: `LegT ${fmt(T.mse)} (N = ${T.N}) vs LegS ${fmt(S.mse)} (N = ${S.N})`,
      };
    },
    'never-worse': () => {
      const l = long();
      const ratios = r.labels.map((label, s) => ({
        label,
        ratio: bestOverN(r, l, 0, s).mse / bestOverN(r, l, 1, s).mse,
      }));
      const w = extreme(ratios, (x) => x.ratio, 'max', 'signal');
      return {
        value: w.value,
        detail: `LegS / LegT per signal: ${ratios.map((x) => `${x.label} ${x.ratio.toPrecision(3)}`).join(', ')}`,
      };
    },
    'white5-floor': () => {
      const l = long();
      const s = index(r.labels, 'White Signal gamma 5', 'signal');
      const ratios = r.Ns.map((N, n) => ({ N, ratio: r.mse[l][0][n][s] / r.copyLast[l][s] }));
      const w = extreme(ratios, (x) => x.ratio, 'min', 'N');
      return { value: w.value, detail: `smallest at N = ${w.at.N}; copy-last ${fmt(r.copyLast[l][s])}` };
    },
    'short-context': () => {
      const short = index(r.lengths, 1000, 'L');
      const l = long();
      const n = index(r.Ns, 33, 'N');
      const ratio = (li: number, s: number) => r.mse[li][0][n][s] / r.mse[li][1][n][s];
      const growth = r.labels.map((label, s) => ({
        label,
        short: ratio(short, s),
        long: ratio(l, s),
        growth: ratio(short, s) / ratio(l, s),
      }));
      const w = extreme(growth, (x) => x.growth, 'min', 'signal');
      return {
        value: w.value,
        detail:
          `smallest at ${w.at.label}; LegS/LegT at L = 10^3 vs 10^4: ` +
          growth.map((x) => `${x.label} ${x.short.toPrecision(3)} vs ${x.long.toPrecision(3)}`).join(', '),
      };
    },
  });
}
