/**
 * The seeds section of the index page of a `--seeds` run: per claim the pass rate, the counts of pass / deviation /
 * fail, the spread of its value and whether it holds, with links to each seed's own page.
 *
 * @see arXiv:2407.09375
 */
import { escapeHtml } from '../../src/plot/write/htmlText.ts';
import { seedsText, type SeedsReport } from './seedsReport.ts';
import { formatValue } from './summaryTable.ts';

/** What the seeds section shows. */
export interface SeedsSectionInput {
  report: SeedsReport;
  /** link (relative to the index) to each seed's page, by seed */
  pages: Record<number, string>;
}

/**
 * The HTML of the seeds section.
 *
 * @param input - the report and the per-seed links
 * @returns the section's HTML
 * @example seedsSection({ report: aggregateSeeds([{ seed: 0, results: [] }], 'quick'), pages: { 0: 'seed-0/index.html' } })
 */
export function seedsSection(input: SeedsSectionInput): string {
  const { report, pages } = input;
  const n = report.seeds.length;
  const required = Math.ceil(report.holdFraction * n);
  const rows = report.rows
    .map((r) => {
      const s = r.spread;
      const num = (v: number | undefined) => (v === undefined ? '-' : escapeHtml(formatValue(v)));
      return (
        `<tr class="${r.holds ? 'pass' : 'fail'}"><td>${escapeHtml(r.experiment)}</td>` +
        `<td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.kind)}</td><td>${r.passed} of ${r.n}</td>` +
        `<td>${r.counts.pass}/${r.counts.deviation}/${r.counts.fail}</td><td>${num(s?.min)}</td><td>${num(s?.median)}</td>` +
        `<td>${num(s?.max)}</td><td class="status">${r.holds ? 'HOLDS' : 'DOES NOT HOLD'}</td></tr>`
      );
    })
    .join('\n');
  const links = report.seeds
    .map((seed) => (pages[seed] ? `<a href="${escapeHtml(pages[seed])}">seed ${seed}</a>` : `seed ${seed}`))
    .join(' | ');
  const errors = report.errors
    .map(
      (e) => `<li>${escapeHtml(e.experiment)} at seed ${e.seed}: ${escapeHtml(e.error.split('\n')[0])}</li>`,
    )
    .join('\n');
  return `<section id="seeds">
<h2>Seeds ${escapeHtml(seedsText(report.seeds))} (${escapeHtml(report.scale)} scale)</h2>
<p>Each experiment ran at ${n} seed${n === 1 ? '' : 's'}; a claim holds when it does not fail at &gt;= ${required} of
${n} seeds (a seed at which the claim is missing counts as a fail). Per seed: ${links}.</p>
${errors ? `<ul class="error">\n${errors}\n</ul>` : ''}
<table><thead><tr><th>experiment</th><th>claim</th><th>kind</th><th>pass rate</th><th>pass/deviation/fail</th><th>min</th><th>median</th><th>max</th><th>holds</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}
