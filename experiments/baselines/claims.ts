/**
 * Claims of the baselines experiment (clean signals): the rows of bounds.ts, measured on the result.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import { extreme } from '../common/claimFactors.ts';
import { ratio, SMOOTH_SIGNAL_KEYS } from '../common/predictorSuite/index.ts';
import type { MethodId } from '../common/predictorSuite/index.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { BaselinesResult } from './run.ts';

type Row = BaselinesResult['table'][string];

/**
 * The largest or smallest median ratio a / b over `keys`, with the key where it occurs (NaN for a missing row).
 *
 * @param table - the result's table
 * @param keys - signals or systems (at least one)
 * @param a - the numerator method, or a function of the row
 * @param b - the denominator method
 * @param pick - 'max' or 'min'
 * @returns `{ value, key }`
 * @throws RangeError for an empty selection of keys
 * @see arXiv:2407.09375
 */
export function extremeRatio(
  table: BaselinesResult['table'],
  keys: readonly string[],
  a: MethodId | ((row: Row) => number),
  b: MethodId,
  pick: 'max' | 'min',
): { value: number; key: string } {
  const w = extreme(
    keys,
    (k) => {
      const row = table[k];
      if (!row) return NaN;
      return typeof a === 'function' ? a(row) / row[b].median : ratio(table, k, a, b);
    },
    pick,
    'signal',
  );
  return { value: w.value, key: w.at };
}

/** The best (smallest median) of the three LegT variants. */
export function bestLegt(row: Row): number {
  return Math.min(row['legt-paper'].median, row['legt-short'].median, row['legt-select'].median);
}

/**
 * The claims of the baselines experiment (see bounds.ts for each bound and its reason).
 *
 * @param r - from runBaselines
 * @returns the claims, in the order of the bound table
 * @see arXiv:2407.09375
 */
export function baselinesClaims(r: BaselinesResult): Claim[] {
  const smooth = SMOOTH_SIGNAL_KEYS.filter((k) => r.signals.includes(k));
  const smoothNonlinear = smooth.filter((k) => k !== 'linear');
  const whites = r.signals.filter((k) => k.startsWith('white'));
  const filtered = r.signals.filter((k) => k.startsWith('filtered'));
  const at = (w: { key: string }) => `at ${w.key}`;
  return evaluateRegistered(BOUNDS, {
    'short-vs-copy': () => {
      const w = extremeRatio(r.table, smooth, 'legt-short', 'copyLast', 'max');
      return { value: w.value, detail: `${at(w)}; over ${smooth.join(', ')}` };
    },
    'paper-copy-white': () => {
      const of = (k: string) => ratio(r.table, k, 'legt-paper', 'copyLast');
      const far = extreme(whites, (k) => Math.abs(Math.log(of(k))), 'max', 'White Signal');
      return {
        value: of(far.at),
        detail: `at ${far.at}; ratios ${whites.map((k) => `${k} ${of(k).toPrecision(3)}`).join(', ')}`,
      };
    },
    'startup-linear': () => {
      const row = r.table['linear'];
      if (!row) throw new RangeError('baselines claims: no linear signal in the result');
      return {
        value: row['legt-paper'].median / row['legt-short'].median,
        detail: `medians ${row['legt-paper'].median.toExponential(2)} (theta = 1) vs ${row['legt-short'].median.toExponential(2)} (W = 300)`,
      };
    },
    'fd4-vs-legt': () => {
      const w = extremeRatio(r.table, [...smoothNonlinear, ...r.systems], bestLegt, 'fd4', 'min');
      return { value: w.value, detail: at(w) };
    },
    'fd-order-rough': () => {
      const w = extremeRatio(r.table, filtered, 'fd4', 'fd1', 'min');
      return { value: w.value, detail: `${at(w)}; over ${filtered.join(', ')}` };
    },
    'select-vs-copy-systems': () => {
      const w = extremeRatio(r.table, r.systems, 'legt-select', 'copyLast', 'max');
      const sel = r.selected[w.key] ?? {};
      return {
        value: w.value,
        detail: `${at(w)}; (N, W) chosen there: ${
          Object.entries(sel)
            .map(([k, n]) => `${k} x${n}`)
            .join(', ') || 'none'
        }`,
      };
    },
  });
}
