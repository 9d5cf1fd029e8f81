/**
 * The plain-text summary of a run printed on stdout: one row per claim (experiment, claim, kind, value, bound, for
 * paper rows the paper's value and the ratio ours / paper, status PASS / DEVIATION / FAIL), a row for each experiment
 * that failed to run, and a totals line counting pass / deviation / fail.
 */
import type { Claim } from '../types.ts';
import { countClaims } from './computeClaims.ts';

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

/** A claim's status as shown: PASS, DEVIATION or FAIL. */
export function statusText(c: Pick<Claim, 'status'>): string {
  return c.status === 'pass' ? 'PASS' : c.status === 'deviation' ? 'DEVIATION' : 'FAIL';
}

/**
 * Left-aligned columns separated by two spaces.
 *
 * @param cells - rows of cells; the first row is the header
 * @returns the lines joined by newlines (no trailing newline)
 */
export function padColumns(cells: string[][]): string {
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
 * The totals line: experiments by status and claims by status.
 *
 * @param rows - the experiments of the run
 * @returns e.g. "3 experiments: 2 passed, 1 failed, 0 errored; claims: 10 pass, 1 deviation, 2 fail"
 */
export function totalsLine(rows: readonly SummaryRow[]): string {
  const counts = countClaims(rows.flatMap((r) => r.claims));
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  return (
    `${rows.length} experiment${rows.length === 1 ? '' : 's'}: ${count('passed')} passed, ${count('failed')} failed, ` +
    `${count('error')} errored; claims: ${counts.pass} pass, ${counts.deviation} deviation, ${counts.fail} fail`
  );
}

/**
 * The summary table text.
 *
 * @example formatSummaryTable([{ id: 'a', status: 'passed', cached: false, seconds: 1, claims: [] }])
 */
export function formatSummaryTable(rows: SummaryRow[]): string {
  const cells: string[][] = [['experiment', 'claim', 'kind', 'value', 'bound', 'paper', 'ratio', 'status']];
  for (const r of rows) {
    const tag = r.cached ? `${r.id} (cached)` : r.id;
    if (r.status === 'error')
      cells.push([tag, '(run failed)', '-', '-', '-', '', '', `ERROR: ${(r.error ?? '').split('\n')[0]}`]);
    for (const c of r.claims) {
      cells.push([
        tag,
        c.name,
        c.kind,
        formatValue(c.value),
        formatValue(c.bound),
        c.paper === undefined ? '' : formatValue(c.paper),
        c.ratio === undefined ? '' : formatValue(c.ratio),
        statusText(c),
      ]);
    }
  }
  return `${padColumns(cells)}\n${totalsLine(rows)}\n`;
}
