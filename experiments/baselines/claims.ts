/**
 * Claims of the baselines experiment (clean signals). Each bound was set after measuring, with its reason.
 *
 * @see arXiv:2407.09375
 */
import { atLeast, atMost, between, evaluateClaims } from '../claims/index.ts';
import { ratio, SMOOTH_SIGNAL_KEYS } from '../common/predictorSuite/index.ts';
import type { MethodId } from '../common/predictorSuite/index.ts';
import type { Claim } from '../types.ts';
import type { BaselinesResult } from './run.ts';

/** The largest (worst) and smallest of a ratio over keys, with the key where it occurs. */
export function extremeRatio(
  table: BaselinesResult['table'],
  keys: string[],
  a: MethodId | ((row: BaselinesResult['table'][string]) => number),
  b: MethodId,
  pick: 'max' | 'min',
): { value: number; key: string } {
  let best = { value: pick === 'max' ? -Infinity : Infinity, key: '' };
  for (const k of keys) {
    const row = table[k];
    if (!row) return { value: NaN, key: `${k} (missing)` };
    const v = typeof a === 'function' ? a(row) / row[b].median : ratio(table, k, a, b);
    if (Number.isNaN(v)) return { value: NaN, key: k };
    if (pick === 'max' ? v > best.value : v < best.value) best = { value: v, key: k };
  }
  return best;
}

/** The best (smallest median) of the three LegT variants. */
export function bestLegt(row: BaselinesResult['table'][string]): number {
  return Math.min(row['legt-paper'].median, row['legt-short'].median, row['legt-select'].median);
}

/**
 * The claims of the baselines experiment.
 *
 * @param r - from runBaselines
 * @returns the claims, pass computed
 * @see arXiv:2407.09375
 */
export function baselinesClaims(r: BaselinesResult): Claim[] {
  const smooth = SMOOTH_SIGNAL_KEYS.filter((k) => r.signals.includes(k));
  const smoothNonlinear = smooth.filter((k) => k !== 'linear');
  const whites = ['white g1', 'white g2', 'white g5'].filter((k) => r.signals.includes(k));
  const filtered = r.signals.filter((k) => k.startsWith('filtered'));
  return evaluateClaims([
    atMost('short-window LegT >= 100x below copy-last on smooth signals', 1e-2, () => {
      const w = extremeRatio(r.table, smooth, 'legt-short', 'copyLast', 'max');
      return {
        value: w.value,
        detail:
          `worst median ratio LegT(N=9, W=300) / copy-last over ${smooth.join(', ')}: at ${w.key}. A window of a few ` +
          'hundred samples holds a few cycles, which N = 9 Legendre coefficients resolve (paper-notes section 7).',
      };
    }),
    between('paper LegT (theta = whole context) is copy-last on white signals', 0.4, 1.25, () => {
      const hi = extremeRatio(r.table, whites, 'legt-paper', 'copyLast', 'max');
      const lo = extremeRatio(r.table, whites, 'legt-paper', 'copyLast', 'min');
      const worst = Math.abs(Math.log(hi.value)) > Math.abs(Math.log(lo.value)) ? hi : lo;
      return {
        value: worst.value,
        detail:
          `median ratio LegT(N=17, theta=1) / copy-last on ${whites.join(', ')}, the one farthest from 1 (at ` +
          `${worst.key}); measured 0.7-1.0: a window spanning the whole context holds 10-50 cycles that N = 17 cannot ` +
          'resolve, so the prediction degenerates to u_k (paper-notes section 7).',
      };
    }),
    atLeast('start-up jump stays in a whole-context window (linear signal)', 1e6, () => {
      const row = r.table['linear'];
      return {
        value: row['legt-paper'].median / Math.max(row['legt-short'].median, 1e-300),
        detail:
          `LegT(theta=1) / LegT(W=300) on linear functions (measured ${row['legt-paper'].median.toExponential(1)} vs ` +
          `${row['legt-short'].median.toExponential(1)}): x_0 = 0 means a jump from 0 to u_0, which a 300-sample window ` +
          'forgets (then exact for degree < N) but a window as long as the context never does.',
      };
    }),
    atLeast('finite differences (p=4) beat every LegT variant on clean smooth signals', 100, () => {
      const keys = [...smoothNonlinear, ...r.systems];
      const w = extremeRatio(r.table, keys, bestLegt, 'fd4', 'min');
      return {
        value: w.value,
        detail:
          `smallest ratio (best LegT median) / (FD p=4 median) over the smooth non-linear signals and the classic ` +
          `systems, at ${w.key}. The construction LOSES here: D dt/2 = N^2/(2W) < 1 forces a window of at least ` +
          'N^2/2 samples for a degree N-1 reconstruction, while FD fits degree 4 through 5 samples; without noise ' +
          'the most local estimator wins.',
      };
    }),
    atLeast('higher FD order hurts on rough signals (filtered noise)', 3, () => {
      const w = extremeRatio(r.table, filtered, 'fd4', 'fd1', 'min');
      return {
        value: w.value,
        detail:
          `smallest median ratio FD(p=4) / FD(p=1) over ${filtered.join(', ')} (at ${w.key}): filtered noise has a ` +
          'rough second derivative, so higher-order extrapolation amplifies it (measured ~13x).',
      };
    }),
    atMost('in-context LegT beats copy-last on every classic system', 0.2, () => {
      const w = extremeRatio(r.table, r.systems, 'legt-select', 'copyLast', 'max');
      return {
        value: w.value,
        detail:
          `worst median ratio LegT(chosen in context) / copy-last over ${r.systems.join(', ')} (at ${w.key}); ` +
          'measured 0.12 on Lorenz (the choice sits at the smallest window of the bank, N = 3, W = 16) and far ' +
          'below elsewhere.',
      };
    }),
  ]);
}
