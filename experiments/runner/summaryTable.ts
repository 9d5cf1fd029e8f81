/**
 * The plain-text summary of a run printed on stdout: one row per claim (experiment, claim, value, bound, pass),
 * a row for each experiment that failed to run, and a totals line.
 */
import type { Claim } from '../types.ts';

/** The per-experiment data the summary needs. */
export interface SummaryRow {
  id: string;
  status: string;
  cached: boolean;
  claims: Claim[];
  seconds: number;
  error?: string;
}

/** Numbers with 4 significant digits (exponential when tiny or huge), strings as they are. */
export function formatValue(v: number | string): string {
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return String(v);
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)) return v.toExponential(3);
  return String(+v.toPrecision(4));
}

function pad(cells: string[][]): string {
  const widths = cells[0].map((_, j) => Math.max(...cells.map((r) => r[j].length)));
  return cells
    .map((r) =>
      r
        .map((c, j) => c.padEnd(widths[j]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The summary table text.
 *
 * @example formatSummaryTable([{ id: 'a', status: 'passed', cached: false, seconds: 1, claims: [] }])
 */
export function formatSummaryTable(rows: SummaryRow[]): string {
  const cells: string[][] = [['experiment', 'claim', 'value', 'bound', 'pass']];
  for (const r of rows) {
    const tag = r.cached ? `${r.id} (cached)` : r.id;
    if (r.status === 'error')
      cells.push([tag, '(run failed)', '-', '-', `ERROR: ${(r.error ?? '').split('\n')[0]}`]);
    for (const c of r.claims) {
      cells.push([tag, c.name, formatValue(c.value), formatValue(c.bound), c.pass ? 'PASS' : 'FAIL']);
    }
  }
  const claims = rows.flatMap((r) => r.claims);
  const passedClaims = claims.filter((c) => c.pass).length;
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const totals =
    `${rows.length} experiment${rows.length === 1 ? '' : 's'}: ${count('passed')} passed, ${count('failed')} failed, ` +
    `${count('error')} errored; claims: ${passedClaims}/${claims.length} pass`;
  return `${pad(cells)}\n${totals}\n`;
}
