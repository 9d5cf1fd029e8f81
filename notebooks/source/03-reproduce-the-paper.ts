// Notebook source (percent format): build notebooks/03-reproduce-the-paper.ipynb with `npm run notebooks -- --build`.
// %% [markdown]
// # 3. Reproducing the paper
//
// Every experiment lives in `experiments/<id>/` (definition, scales, claims, figures) and is run by the experiment
// runner, which `hippo-prophecy reproduce` and `npm run reproduce` call. A **claim** is a check that can fail: a
// bound, a rate, an ordering, or a paper number within a stated band, each with its measured value.
//
// This notebook stays fast: it shows one or two cheap experiments. When `results/<id>/` already holds a finished
// run (from `npm run reproduce`), it loads it; otherwise it runs the experiment at its `quick` scale into a
// temporary folder. The full set: `npm run reproduce -- --scale paper`.

// %%
import { mkdtempSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { experiments, runExperiments, type Claim, type Experiment, type FigureSpec } from 'hippo-prophecy/experiments';
import { markdown, plot, table } from './show.ts';

// %% [markdown]
// ## The registered experiments

// %%
await table(experiments.map((e) => ({ id: e.id, title: e.title, reproduces: e.reproduces })));
await markdown(`${experiments.length} experiments registered in \`experiments/registry.ts\`.`);

// %% [markdown]
// ## Run (or load) the cheap ones
//
// Figure 1 (per-step errors on the authors' Van der Pol signal) and figure 2 (example traces) cost a few seconds
// each.

// %%
const wanted = ['fig1-vdp', 'fig2-examples'];

/** The experiment definition, from the package's registry. */
function definition(id: string): Experiment {
  const registered = experiments.find((e) => e.id === id);
  if (registered === undefined) throw new RangeError(`no experiment ${id} in hippo-prophecy/experiments`);
  return registered;
}

function finished(dir: string): boolean {
  const result = path.join(dir, 'result.json');
  if (!existsSync(result) || !existsSync(path.join(dir, 'claims.json'))) return false;
  const meta = (JSON.parse(readFileSync(result, 'utf8')) as { meta?: { status?: string } }).meta;
  return meta?.status === 'finished';
}

/** The figure specs the runner embedded in its figure-<name>.html pages. */
function figures(dir: string): Record<string, FigureSpec> {
  const out: Record<string, FigureSpec> = {};
  for (const f of readdirSync(dir).filter((f) => /^figure-.+\.html$/.test(f)).sort()) {
    const html = readFileSync(path.join(dir, f), 'utf8');
    const m = /<script type="application\/json" id="figure-spec">([\s\S]*?)<\/script>/.exec(html);
    if (m) out[f.replace(/^figure-|\.html$/g, '')] = JSON.parse(m[1]) as FigureSpec;
  }
  return out;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'hippo-notebook-results-'));
const loaded: { id: string; source: string; seconds: number; claims: Claim[]; figures: Record<string, FigureSpec> }[] = [];
for (const id of wanted) {
  const committed = path.resolve('..', 'results', id);
  const start = performance.now();
  let dir = committed;
  let source = 'results/ (earlier run)';
  if (!finished(committed)) {
    const exp = definition(id);
    const report = await runExperiments({
      experiments: [exp],
      only: [id],
      scale: 'quick',
      out: tmp,
      workers: 1,
      progress: 'silent',
      png: false,
      summary: false,
      handleSignals: false,
    });
    dir = report.results[0].dir;
    source = 'run now (quick scale)';
  }
  const claims = JSON.parse(readFileSync(path.join(dir, 'claims.json'), 'utf8')) as Claim[];
  loaded.push({ id, source, seconds: (performance.now() - start) / 1000, claims, figures: figures(dir) });
}
await table(
  loaded.map((r) => ({
    experiment: r.id,
    source: r.source,
    seconds: r.seconds,
    claims: r.claims.length,
    passed: r.claims.filter((c) => c.pass).length,
    figures: Object.keys(r.figures).join(', '),
  })),
);

// %% [markdown]
// ## Figure 1: per-step one-step errors on the Van der Pol signal

// %%
const fig1 = loaded.find((r) => r.id === 'fig1-vdp')!;
await table(fig1.claims.map((c) => ({ claim: c.name, value: c.value, bound: c.bound, pass: c.pass })));
for (const spec of Object.values(fig1.figures)) await plot(spec, 420);

// %% [markdown]
// ## Figure 2: example signals and the LegT prediction

// %%
const fig2 = loaded.find((r) => r.id === 'fig2-examples')!;
await table(fig2.claims.map((c) => ({ claim: c.name, value: c.value, bound: c.bound, pass: c.pass })));
for (const spec of Object.values(fig2.figures)) await plot(spec, 420);

// %% [markdown]
// Every claim above carries its measured value and its bound; `npm run reproduce` runs all experiments, writes
// `results/<id>/` (result.json, claims.json, figure pages) and `results/index.html`, and exits non-zero when a
// claim fails.
