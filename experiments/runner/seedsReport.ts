/**
 * Many seeds (`reproduce --seeds 0-9`): every selected experiment runs at each seed; per claim this reports the pass
 * rate (k of n seeds), the counts of pass / deviation / fail and the spread (min, median, max) of its value. A claim
 * holds when it does not fail at >= ceil(0.9 n) of the n seeds (a claim missing at a seed, e.g. because the run
 * threw, counts as a fail there); an experiment whose run threw at some seed gets a row "the run completes".
 *
 * @see arXiv:2407.09375
 */
import type { Claim } from '../types.ts';
import type { ClaimCounts } from './computeClaims.ts';
import { formatValue, padColumns } from './summaryTable.ts';

/** The fraction of seeds at which a claim must not fail. */
export const HOLD_FRACTION = 0.9;

/** Seeds in one `--seeds` run at most. */
export const MAX_SEEDS = 1000;

/** One claim over the seeds. */
export interface SeedClaimRow {
  experiment: string;
  /** the claim's id (its key in the bound table) */
  id: string;
  name: string;
  kind: string;
  /** number of seeds */
  n: number;
  /** seeds at which it passed */
  passed: number;
  /** by status; a seed without the claim counts as a fail */
  counts: ClaimCounts;
  /** seeds at which it must not fail: ceil(0.9 n) */
  required: number;
  holds: boolean;
  /** of the finite numeric values; undefined when there is none */
  spread?: { min: number; median: number; max: number };
  perSeed: {
    seed: number;
    status: 'pass' | 'deviation' | 'fail' | 'missing';
    value: number | string | null;
  }[];
}

/** The report of a `--seeds` run (written to `<out>/seeds.json`). */
export interface SeedsReport {
  seeds: number[];
  scale: string;
  holdFraction: number;
  /** every row holds */
  holds: boolean;
  rows: SeedClaimRow[];
  /** runs that threw */
  errors: { experiment: string; seed: number; error: string }[];
}

/** What the report needs of one experiment's outcome at one seed (an ExperimentOutcome). */
export interface SeedOutcome {
  id: string;
  status: string;
  claims: readonly Claim[];
  error?: string;
}

/**
 * The seeds of `--seeds`: a comma-separated list of seeds (integers >= 0) and ranges "a-b" (a <= b), e.g. "0-9" or
 * "0,3,7" or "0-4,10".
 *
 * @param raw - the option's text
 * @returns the seeds, in the order given
 * @throws RangeError naming --seeds for a malformed item, a reversed range, a repeated seed or more than 1000 seeds
 * @example parseSeeds('0-2,7') // [0, 1, 2, 7]
 */
export function parseSeeds(raw: string): number[] {
  const fail = (why: string) => new RangeError(`--seeds ${JSON.stringify(raw)}: ${why}`);
  const items = String(raw)
    .split(',')
    .map((s) => s.trim());
  if (items.every((s) => s === '')) throw fail('expected seeds such as "0-9" or "0,3,7"');
  const seeds: number[] = [];
  for (const item of items) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(item);
    if (m === null) throw fail(`"${item}" is not a seed (an integer >= 0) or a range a-b`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) throw fail(`"${item}" is too large`);
    if (b < a) throw fail(`the range "${item}" is reversed`);
    if (seeds.length + (b - a + 1) > MAX_SEEDS) throw fail(`more than ${MAX_SEEDS} seeds`);
    for (let s = a; s <= b; s++) {
      if (seeds.includes(s)) throw fail(`seed ${s} is listed twice`);
      seeds.push(s);
    }
  }
  return seeds;
}

/** "0-4" for consecutive seeds, else "0,3,7". */
export function seedsText(seeds: readonly number[]): string {
  const consecutive = seeds.length > 2 && seeds.every((s, i) => i === 0 || s === seeds[i - 1] + 1);
  return consecutive ? `${seeds[0]}-${seeds[seeds.length - 1]}` : seeds.join(',');
}

function median(sorted: number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

type Cell = SeedClaimRow['perSeed'][number];

function row(experiment: string, id: string, name: string, kind: string, cells: Cell[]): SeedClaimRow {
  const n = cells.length;
  const counts: ClaimCounts = { pass: 0, deviation: 0, fail: 0 };
  for (const c of cells) counts[c.status === 'missing' ? 'fail' : c.status] += 1;
  const required = Math.ceil(HOLD_FRACTION * n);
  const values = cells
    .map((c) => c.value)
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  return {
    experiment,
    id,
    name,
    kind,
    n,
    passed: counts.pass,
    counts,
    required,
    holds: n - counts.fail >= required,
    ...(values.length > 0
      ? { spread: { min: values[0], median: median(values), max: values[values.length - 1] } }
      : {}),
    perSeed: cells,
  };
}

/**
 * The per-claim report over seeds.
 *
 * @param runs - the outcomes of each seed (every seed ran the same experiments)
 * @param scale - the scale of the runs
 * @returns the report; `holds` is true when every row holds
 * @example aggregateSeeds([{ seed: 0, results: [] }], 'quick').holds // true: nothing to fail
 */
export function aggregateSeeds(
  runs: readonly { seed: number; results: readonly SeedOutcome[] }[],
  scale: string,
): SeedsReport {
  const seeds = runs.map((r) => r.seed);
  const order: string[] = [];
  for (const r of runs) for (const o of r.results) if (!order.includes(o.id)) order.push(o.id);
  const rows: SeedClaimRow[] = [];
  const errors: SeedsReport['errors'] = [];
  for (const experiment of order) {
    const outcomes = runs.map((r) => r.results.find((o) => o.id === experiment));
    // claim keys: the id, with #2, #3 ... for an id repeated within one run
    const keyed = outcomes.map((o) => {
      const seen = new Map<string, number>();
      return (o?.claims ?? []).map((c) => {
        const k = (seen.get(c.id) ?? 0) + 1;
        seen.set(c.id, k);
        return { key: k === 1 ? c.id : `${c.id}#${k}`, claim: c };
      });
    });
    const keys: string[] = [];
    for (const list of keyed) for (const { key } of list) if (!keys.includes(key)) keys.push(key);
    outcomes.forEach((o, i) => {
      if (o?.status === 'error') errors.push({ experiment, seed: seeds[i], error: o.error ?? 'run failed' });
    });
    if (outcomes.some((o) => o === undefined || o.status === 'error')) {
      const cells = outcomes.map((o, i): Cell => {
        const ok = o !== undefined && o.status !== 'error';
        return { seed: seeds[i], status: ok ? 'pass' : 'fail', value: ok ? 1 : 0 };
      });
      rows.push(row(experiment, '(run)', 'the run completes', 'finding', cells));
    }
    for (const key of keys) {
      const first = keyed.flat().find((k) => k.key === key)!.claim;
      const cells = keyed.map((list, i): Cell => {
        const c = list.find((k) => k.key === key)?.claim;
        return c === undefined
          ? { seed: seeds[i], status: 'missing', value: null }
          : { seed: seeds[i], status: c.status, value: c.value };
      });
      rows.push(row(experiment, key, first.name, first.kind, cells));
    }
  }
  return { seeds, scale, holdFraction: HOLD_FRACTION, holds: rows.every((r) => r.holds), rows, errors };
}

/**
 * The seeds table printed on stdout: one row per claim, then a totals line.
 *
 * @param report - from {@link aggregateSeeds}
 * @returns the text
 * @example formatSeedsTable(aggregateSeeds([{ seed: 0, results: [] }], 'quick')).includes('hold')
 */
export function formatSeedsTable(report: SeedsReport): string {
  const cells: string[][] = [
    ['experiment', 'claim', 'kind', 'pass rate', 'pass/dev/fail', 'min', 'median', 'max', 'holds'],
  ];
  for (const r of report.rows) {
    const s = r.spread;
    cells.push([
      r.experiment,
      r.name,
      r.kind,
      `${r.passed} of ${r.n}`,
      `${r.counts.pass}/${r.counts.deviation}/${r.counts.fail}`,
      s ? formatValue(s.min) : '-',
      s ? formatValue(s.median) : '-',
      s ? formatValue(s.max) : '-',
      r.holds ? 'HOLDS' : 'DOES NOT HOLD',
    ]);
  }
  const n = report.seeds.length;
  const held = report.rows.filter((r) => r.holds).length;
  const totals =
    `seeds ${seedsText(report.seeds)} (n = ${n}): ${held} claim${held === 1 ? '' : 's'} hold, ` +
    `${report.rows.length - held} do not (a claim holds when it does not fail at >= ${Math.ceil(HOLD_FRACTION * n)} ` +
    `of ${n} seeds)`;
  return `${padColumns(cells)}\n${totals}\n`;
}
