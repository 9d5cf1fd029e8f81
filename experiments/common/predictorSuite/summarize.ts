/**
 * Aggregation of per-function errors into table cells: median, min and max over functions and channels.
 */
import type { MethodId } from './methods.ts';
import { METHOD_IDS } from './methods.ts';
import type { SeriesOutput } from './evaluateSeries.ts';
import { recordOf } from '../recordOf.ts';

/** One table cell. */
export interface Cell {
  median: number;
  min: number;
  max: number;
  /** number of values (functions x channels) */
  n: number;
}

/** Median (mean of the two middle values for even n), min and max; NaN cells when empty. */
export function cellOf(values: number[]): Cell {
  const v = values.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const median = n % 2 === 1 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  return { median, min: v[0], max: v[n - 1], n };
}

/** table[key][method] over every function (and channel) of `outputs` at noise index `noise`. */
export function summarize(
  outputs: SeriesOutput[],
  noise: number,
  target: 'clean' | 'noisy',
): Record<string, Record<MethodId, Cell>> {
  const values: Record<string, Record<string, number[]>> = {};
  for (const o of outputs) {
    const row = (values[o.key] ??= recordOf(METHOD_IDS, (): number[] => []));
    for (const m of METHOD_IDS) row[m].push(...o[target][noise][m]);
  }
  const table: Record<string, Record<MethodId, Cell>> = {};
  for (const [key, row] of Object.entries(values)) {
    table[key] = recordOf(METHOD_IDS, (m) => cellOf(row[m]));
  }
  return table;
}

/** How often each (N, W) was chosen in context, per signal key, at noise index `noise`: "N9/W256": count. */
export function selectionCounts(
  outputs: SeriesOutput[],
  noise: number,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const o of outputs) {
    const row = (out[o.key] ??= {});
    for (const s of o.selected[noise]) {
      const k = `N${s.N}/W${s.W}`;
      row[k] = (row[k] ?? 0) + 1;
    }
  }
  return out;
}

/** Median ratio of two methods' cells (median of a over median of b). */
export function ratio(
  table: Record<string, Record<MethodId, Cell>>,
  key: string,
  a: MethodId,
  b: MethodId,
): number {
  const row = table[key];
  if (!row) return NaN;
  return row[a].median / row[b].median;
}
