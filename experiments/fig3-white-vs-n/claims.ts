/**
 * Claims of figure 3: the measurements of the rows of its bound table (bounds.ts).
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import {
  copyLastAt,
  extremeOf,
  extremeOverN,
  factorFromCopyLast,
  fmt,
  meanAt,
  wholeGrowth,
} from '../common/errorVsN/index.ts';
import type { ErrorMeasure, ErrorVsNMeasured } from '../common/errorVsN/index.ts';
import type { Claim } from '../types.ts';
import { CLEARLY_BETTER } from '../common/index.ts';
import { BOUNDS, GAMMAS, PLATEAU_N, resolvedFrom, unresolvedUpTo } from './bounds.ts';
import type { Gamma } from './bounds.ts';
import type { Fig3Result } from './run.ts';

/**
 * The claims of figure 3.
 *
 * @param result - from runFig3
 * @returns the claims, status computed
 * @see arXiv:2407.09375
 */
export function fig3Claims(result: Fig3Result): Claim[] {
  const over = (gamma: Gamma, measure: ErrorMeasure, N: number) =>
    meanAt(result, gamma, measure, N) / copyLastAt(result, gamma);

  const plateau = (gamma: Gamma): ErrorVsNMeasured => {
    const legt = meanAt(result, gamma, 'legt', PLATEAU_N);
    return { value: legt, detail: `LegT ${fmt(legt)} (copy-last ${fmt(copyLastAt(result, gamma))})` };
  };
  const resolved = (gamma: Gamma): ErrorVsNMeasured => {
    const from = resolvedFrom(gamma);
    const w = extremeOverN(
      result,
      (N) => N >= from,
      (N) => over(gamma, 'legt', N),
      'max',
      `N >= ${from}`,
    );
    return { value: w.value, detail: `largest LegT / copy-last over N >= ${from}, at N = ${w.at}` };
  };
  const unresolved = (gamma: Gamma): ErrorVsNMeasured => {
    const upTo = unresolvedUpTo(gamma);
    const w = extremeOverN(
      result,
      (N) => N <= upTo,
      (N) => over(gamma, 'legt', N),
      'min',
      `N <= ${upTo}`,
    );
    const below = w.value < CLEARLY_BETTER ? ' (an order of magnitude below)' : '';
    return { value: w.value, detail: `smallest LegT / copy-last over N <= ${upTo}, at N = ${w.at}${below}` };
  };
  const foutPeak = (gamma: Gamma): ErrorVsNMeasured => {
    const w = extremeOverN(
      result,
      () => true,
      (N) => meanAt(result, gamma, 'fout-authors', N),
      'max',
      'N',
    );
    return {
      value: w.value,
      detail: `largest fout-authors error at N = ${w.at}, ${(w.value / copyLastAt(result, gamma)).toFixed(2)}x copy-last`,
    };
  };
  const pairs = GAMMAS.flatMap((gamma) => result.Ns.map((N) => [gamma, N] as const));

  return evaluateRegistered(BOUNDS, {
    plateau1: () => plateau(1),
    plateau2: () => plateau(2),
    plateau5: () => plateau(5),
    plateauIsCopyLast: () =>
      factorFromCopyLast(
        GAMMAS.map((g) => ['', result, g] as const),
        PLATEAU_N,
      ),
    resolved1: () => resolved(1),
    resolved2: () => resolved(2),
    unresolved1: () => unresolved(1),
    unresolved2: () => unresolved(2),
    unresolved5: () => unresolved(5),
    foutPeak1: () => foutPeak(1),
    foutPeak2: () => foutPeak(2),
    foutPeak5: () => foutPeak(5),
    foutNoPeak: () => {
      const w = extremeOf(pairs, ([g, N]) => over(g, 'fout', N), 'max', 'gamma and N');
      return { value: w.value, detail: `largest FouT / copy-last, at gamma = ${w.at[0]}, N = ${w.at[1]}` };
    },
    foutAuthorsRises: () => {
      const a = meanAt(result, 1, 'fout-authors', 97);
      const c = copyLastAt(result, 1);
      return { value: a / c, detail: `fout-authors ${fmt(a)} / copy-last ${fmt(c)} at gamma = 1, N = 97` };
    },
    legtBelowFout: () => {
      const w = extremeOf(
        pairs.filter(([, N]) => N > 1),
        ([g, N]) => meanAt(result, g, 'legt', N) / meanAt(result, g, 'fout-authors', N),
        'max',
        'N > 1',
      );
      return { value: w.value, detail: `largest LegT / fout-authors, at gamma = ${w.at[0]}, N = ${w.at[1]}` };
    },
    wholeReverses: () => wholeGrowth(result, GAMMAS),
  });
}
