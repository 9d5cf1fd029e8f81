/**
 * The overview page of a results folder: a summary of every experiment, the deviations from the paper in their own
 * section, the seeds section of a `--seeds` run, then per experiment its claims table (kind, value, bound, for paper
 * rows the paper's value and the ratio ours / paper, status PASS / DEVIATION / FAIL, the detail and, for a deviation,
 * its explanation and what was tried) and its figures, drawn with the shared plotly.min.js (loaded once for the whole
 * page; figures are drawn when scrolled into view).
 *
 * @see arXiv:2407.09375
 */
import type { Claim, FigureSpec } from '../types.ts';
import { escapeHtml, jsonForScript } from '../../src/plot/write/htmlText.ts';
import { writeFileAtomic } from '../../src/util/writeFileAtomic.ts';
import { countClaims } from './computeClaims.ts';
import { seedsSection, type SeedsSectionInput } from './seedsHtml.ts';
import { statusText } from './summaryTable.ts';

/** One experiment on the index page. */
export interface IndexEntry {
  id: string;
  title: string;
  /** paper figure or claim reproduced */
  reproduces: string;
  /** 'passed' | 'failed' | 'error' or any short word */
  status: string;
  scale?: string;
  seed?: number;
  seconds?: number;
  claims: Claim[];
  /** figures: name, link to the standalone page (relative to the index), and the spec to draw inline */
  figures: { name: string; href: string; spec?: FigureSpec }[];
  /** error message of a failed run */
  error?: string;
  notes?: string;
}

/** Options of {@link writeIndexHtml}. */
export interface IndexHtmlOptions {
  /** URL of plotly.min.js relative to the index @default 'plotly.min.js' */
  plotlyPath?: string;
  /** page title @default 'hippo-prophecy results' */
  title?: string;
  /** the seeds section of a `--seeds` run @default none */
  seeds?: SeedsSectionInput;
}

/** A number for a table cell (5 significant digits, exponential when tiny or huge), or escaped text. */
export function cell(v: number | string | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    return Math.abs(v) !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)
      ? v.toExponential(3)
      : String(+v.toPrecision(5));
  }
  return escapeHtml(v);
}

function deviationText(c: Claim): string {
  if (c.deviation === undefined) return '';
  return `${escapeHtml(c.deviation.explanation)} <em>Tried:</em> ${escapeHtml(c.deviation.tried)}`;
}

function claimsTable(claims: Claim[]): string {
  if (claims.length === 0) return '<p><em>no claims</em></p>';
  const rows = claims
    .map((c) => {
      const main =
        `<tr class="${c.status}"><td>${escapeHtml(c.name)}<div class="source">${escapeHtml(c.source)}</div></td>` +
        `<td>${escapeHtml(c.kind)}</td><td>${cell(c.value)}</td><td>${cell(c.bound)}</td><td>${cell(c.paper)}</td>` +
        `<td>${cell(c.ratio)}</td><td class="status">${statusText(c)}</td><td>${escapeHtml(c.detail ?? '')}</td></tr>`;
      return c.status === 'deviation'
        ? `${main}\n<tr class="deviation-note"><td colspan="8">Deviation: ${deviationText(c)}</td></tr>`
        : main;
    })
    .join('\n');
  return `<table><thead><tr><th>claim</th><th>kind</th><th>value</th><th>bound</th><th>paper</th><th>ratio</th><th>status</th><th>detail</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

/** The section listing every claim with status deviation (empty text when there is none). */
function deviationsSection(entries: IndexEntry[]): string {
  const rows = entries.flatMap((e) =>
    e.claims
      .filter((c) => c.status === 'deviation')
      .map(
        (c) =>
          `<tr><td><a href="#${escapeHtml(e.id)}">${escapeHtml(e.id)}</a></td><td>${escapeHtml(c.name)}</td>` +
          `<td>${cell(c.paper)}</td><td>${cell(c.value)}</td><td>${cell(c.ratio)}</td><td>${deviationText(c)}</td></tr>`,
      ),
  );
  if (rows.length === 0) return '';
  return `<section id="deviations">
<h2>Deviations from the paper</h2>
<p>Paper numbers we measure and do not reproduce (registered in the experiments' bound tables, with what was tried);
they do not fail the run.</p>
<table><thead><tr><th>experiment</th><th>claim</th><th>paper</th><th>ours</th><th>ratio ours / paper</th><th>explanation</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
}

/**
 * The HTML text of the index page (see {@link writeIndexHtml}).
 *
 * @param entries - the experiments, in display order
 * @param options - see {@link IndexHtmlOptions}
 * @example
 *   const entries = [{ id: 'a', title: 'A', reproduces: 'Fig. 1', status: 'passed', claims: [], figures: [] }];
 *   const html = indexHtml(entries, { title: 'run 1' });
 *   html.includes('<section id="a">') && html.includes('<title>run 1</title>');
 */
export function indexHtml(entries: IndexEntry[], options: IndexHtmlOptions = {}): string {
  const title = options.title ?? 'hippo-prophecy results';
  const summary = entries
    .map((e) => {
      const k = countClaims(e.claims);
      return (
        `<tr class="${e.status === 'passed' ? 'pass' : 'fail'}"><td><a href="#${escapeHtml(e.id)}">${escapeHtml(e.id)}</a></td>` +
        `<td>${escapeHtml(e.reproduces)}</td><td class="status">${escapeHtml(e.status)}</td><td>${k.pass}/${k.deviation}/${k.fail}</td>` +
        `<td>${escapeHtml(e.scale ?? '')}</td><td>${e.seconds === undefined ? '' : e.seconds.toFixed(1)}</td></tr>`
      );
    })
    .join('\n');
  let figureCount = 0;
  const sections = entries
    .map((e) => {
      const figures = e.figures
        .map((f) => {
          const n = figureCount++;
          const spec = f.spec
            ? `<script type="application/json" id="spec-${n}">${jsonForScript(f.spec)}</script>`
            : '';
          return `<figure><div class="plot" data-spec="spec-${n}">${f.spec ? '' : 'no inline spec'}</div>${spec}
<figcaption>${escapeHtml(f.name)} - <a href="${escapeHtml(f.href)}">open</a></figcaption></figure>`;
        })
        .join('\n');
      const meta = [
        `reproduces: ${escapeHtml(e.reproduces)}`,
        `status: <strong>${escapeHtml(e.status)}</strong>`,
        e.scale ? `scale: ${escapeHtml(e.scale)}` : '',
        e.seed !== undefined ? `seed: ${e.seed}` : '',
        e.seconds !== undefined ? `${e.seconds.toFixed(1)} s` : '',
      ]
        .filter(Boolean)
        .join(' | ');
      return `<section id="${escapeHtml(e.id)}">
<h2>${escapeHtml(e.id)}: ${escapeHtml(e.title)}</h2>
<p class="meta">${meta}</p>
${e.notes ? `<p class="notes">${escapeHtml(e.notes)}</p>` : ''}
${e.error ? `<pre class="error">${escapeHtml(e.error)}</pre>` : ''}
${claimsTable(e.claims)}
${figures}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<script src="${escapeHtml(options.plotlyPath ?? 'plotly.min.js')}"></script>
<style>
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1100px; padding: 0 1em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
td.status { font-weight: bold; } tr.pass td.status { color: #1a7f37; } tr.fail td.status { color: #cf222e; }
tr.deviation td.status { color: #9a6700; } tr.deviation-note td { background: #fff8c5; }
.source { color: #777; font-size: 0.85em; } tr.holds-no td { color: #cf222e; }
.plot { width: 100%; height: 480px; } figure { margin: 0 0 1.5em; } .error { color: #cf222e; white-space: pre-wrap; }
.meta { color: #555; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<table><thead><tr><th>experiment</th><th>reproduces</th><th>status</th><th>claims pass/deviation/fail</th><th>scale</th><th>seconds</th></tr></thead>
<tbody>
${summary}
</tbody></table>
${deviationsSection(entries)}
${options.seeds === undefined ? '' : seedsSection(options.seeds)}
${sections}
<script>
  function draw(div) {
    const el = document.getElementById(div.dataset.spec);
    if (!el || typeof Plotly === 'undefined') return;
    const spec = JSON.parse(el.textContent);
    Plotly.newPlot(div, spec.data, spec.layout, { responsive: true });
  }
  const plots = document.querySelectorAll('.plot');
  if ('IntersectionObserver' in window) {
    const io = new IntersectionObserver((items) => {
      for (const it of items) if (it.isIntersecting) { io.unobserve(it.target); draw(it.target); }
    }, { rootMargin: '400px' });
    plots.forEach((p) => io.observe(p));
  } else {
    plots.forEach(draw);
  }
</script>
</body>
</html>
`;
}

/**
 * Writes the index page atomically.
 *
 * @param path - target file, normally `<out>/index.html`
 * @param entries - the experiments, in display order
 * @param options - see {@link IndexHtmlOptions}
 * @throws the fs error when the file cannot be written
 * @example
 *   import { readFile } from 'node:fs/promises';
 *   const entries = [{ id: 'a', title: 'A', reproduces: 'Fig. 1', status: 'passed', claims: [], figures: [] }];
 *   await writeIndexHtml('results/index.html', entries);
 *   (await readFile('results/index.html', 'utf8')) === indexHtml(entries);
 * @see arXiv:2407.09375
 */
export async function writeIndexHtml(
  path: string,
  entries: IndexEntry[],
  options: IndexHtmlOptions = {},
): Promise<void> {
  await writeFileAtomic(path, indexHtml(entries, options));
}
