/**
 * Claims of figure 4: the measurements of the rows of its bound table (bounds.ts).
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import {
  copyLastAt,
  extremeOf,
  factorFromCopyLast,
  fmt,
  meanAt,
  wholeGrowth,
} from '../common/errorVsN/index.ts';
import type { ErrorVsNMeasured } from '../common/errorVsN/index.ts';
import type { Claim } from '../types.ts';
import { ALPHAS, BOUNDS, CONVENTIONS, PEAK_N, PLATEAU_N, SIGNAL_DT } from './bounds.ts';
import type { Alpha, Convention } from './bounds.ts';
import type { Fig4Result } from './run.ts';
import { copyLastFilteredNoise, trendExponent } from './trend.ts';

/**
 * The claims of figure 4.
 *
 * @param result - from runFig4
 * @returns the claims, status computed
 * @see arXiv:2407.09375
 */
export function fig4Claims(result: Fig4Result): Claim[] {
  const plateau = (c: Convention, alpha: Alpha): ErrorVsNMeasured => {
    const legt = meanAt(result[c], alpha, 'legt', PLATEAU_N);
    return { value: legt, detail: `LegT ${fmt(legt)} (copy-last ${fmt(copyLastAt(result[c], alpha))})` };
  };
  const trend = (c: Convention): ErrorVsNMeasured => {
    const levels = ALPHAS.map((a) => meanAt(result[c], a, 'legt', PLATEAU_N));
    const copy = ALPHAS.map((a) => copyLastAt(result[c], a));
    return {
      value: trendExponent([...ALPHAS], levels),
      detail:
        `fit to LegT ${levels.map(fmt).join(', ')} at alpha ${ALPHAS.join(', ')}; copy-last's exponent ` +
        `${trendExponent([...ALPHAS], copy).toFixed(2)}`,
    };
  };
  const foutPeak = (c: Convention): ErrorVsNMeasured => {
    const ratio = (a: Alpha) =>
      meanAt(result[c], a, 'fout-authors', PEAK_N) / meanAt(result[c], a, 'legt', PEAK_N);
    const w = extremeOf(ALPHAS, ratio, 'min', 'alpha');
    return { value: w.value, detail: `smallest fout-authors / LegT at N = ${PEAK_N}, at alpha = ${w.at}` };
  };

  return evaluateRegistered(BOUNDS, {
    plateauOurs005: () => plateau('ours', 0.05),
    plateauOurs01: () => plateau('ours', 0.1),
    plateauOurs03: () => plateau('ours', 0.3),
    plateauNengo005: () => plateau('nengo', 0.05),
    plateauNengo01: () => plateau('nengo', 0.1),
    plateauNengo03: () => plateau('nengo', 0.3),
    trendOurs: () => trend('ours'),
    trendNengo: () => trend('nengo'),
    copyLastClosedForm: () => {
      const dev = (a: Alpha) => copyLastAt(result.nengo, a) / copyLastFilteredNoise(a, SIGNAL_DT) - 1;
      const w = extremeOf(ALPHAS, (a) => Math.abs(dev(a)), 'max', 'alpha');
      return {
        value: w.value,
        detail:
          'measured / closed form: ' +
          ALPHAS.map((a) => `${(1 + dev(a)).toFixed(3)} (${fmt(copyLastFilteredNoise(a, SIGNAL_DT))})`).join(
            ', ',
          ) +
          ` at alpha ${ALPHAS.join(', ')}`,
      };
    },
    plateauIsCopyLast: () =>
      factorFromCopyLast(
        CONVENTIONS.flatMap((c) => ALPHAS.map((a) => [`${c}, `, result[c], a] as const)),
        PLATEAU_N,
      ),
    foutPeakOurs: () => foutPeak('ours'),
    foutPeakNengo: () => foutPeak('nengo'),
    wholeReverses: () => wholeGrowth(result.ours, ALPHAS),
  });
}
