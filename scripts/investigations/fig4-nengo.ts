/**
 * Investigation (claims issue, fidelity item 9): figure 4's level under two Filtered Noise conventions.
 *
 *   ours:  generate('filtered-noise', { alpha })                       stationary exact sampling, min-max to [0, 1]
 *   nengo: generate('filtered-noise', { alpha, nengo: 1, scale: 'none' })  nengo's FilteredNoise(Alpha(alpha)),
 *          N(0, 1)/sqrt(dt) held per step, ZOH synapse from rest, dt = 1e-3, unscaled (the authors' script)
 *   and the two mixed ones (nengo + min-max, stationary unscaled) to separate the generator from the scaling.
 *
 * Mean second-half one-step MSE vs N = 1..97 step 4 (theta = 1, dt = 1 / L, L = 10^4, as figure 4), LegT, FouT and
 * fout-authors, copy-last; the LegT plateau (N = 17) against the poster's 5e-3 / 1.3e-3 / 1.5e-4 and its trend
 * exponent p in plateau ~ alpha^-p (the poster: p ~ 2).
 *
 *   npx tsx scripts/investigations/fig4-nengo.ts [--functions 200] [--seed 0]
 *
 * @see arXiv:2407.09375
 */
import type { GenerateOptions } from '../../src/systems/index.ts';
import { FIG34_FAMILIES, FIG34_NS, argNumber, errorVsN, fmt } from './errorVsN.ts';
import type { ErrorVsNTable } from './errorVsN.ts';

const functions = argNumber('functions', 200);
const seed = argNumber('seed', 0);
const ALPHAS = [0.05, 0.1, 0.3];
const PAPER: Record<number, number> = { 0.05: 5e-3, 0.1: 1.3e-3, 0.3: 1.5e-4 };
const PLATEAU_N = 17;

const conventions: { name: string; options: GenerateOptions; full: boolean }[] = [
  { name: 'ours (stationary, min-max)', options: {}, full: true },
  { name: 'nengo (unscaled)', options: { nengo: 1, scale: 'none' }, full: true },
  { name: 'nengo, min-max', options: { nengo: 1 }, full: false },
  { name: 'stationary, unscaled', options: { scale: 'none' }, full: false },
];

const all = [FIG34_FAMILIES.legt, FIG34_FAMILIES.fout, FIG34_FAMILIES['fout-authors']];
const results = conventions.map((c) =>
  ALPHAS.map((alpha) =>
    errorVsN(
      'filtered-noise',
      { ...c.options, alpha, seed, length: 10_000 },
      c.full ? all : [FIG34_FAMILIES.legt],
      FIG34_NS,
      functions,
    ),
  ),
);

const at = (t: ErrorVsNTable, family: string, N: number) => t.mean[family][t.Ns.indexOf(N)];
const slope = (ys: number[]) => -Math.log(ys[0] / ys[2]) / Math.log(ALPHAS[0] / ALPHAS[2]);

console.log(`# Figure 4 under two conventions: ${functions} functions per alpha, seed ${seed}`);
console.log('\n## LegT plateau (N = 17) and copy-last, second-half MSE; ratio paper / ours');
console.log('| convention | alpha | LegT N=17 | copy-last | paper | paper / LegT |');
console.log('|---|---|---|---|---|---|');
conventions.forEach((c, i) =>
  ALPHAS.forEach((alpha, j) => {
    const t = results[i][j];
    const l = at(t, 'LegT', PLATEAU_N);
    console.log(
      `| ${c.name} | ${alpha} | ${fmt(l)} | ${fmt(t.copyLast)} | ${fmt(PAPER[alpha])} | ${(PAPER[alpha] / l).toFixed(3)} |`,
    );
  }),
);
console.log(
  '\n## Trend: exponent p of plateau ~ alpha^-p between alpha 0.05 and 0.3 (poster: p = ' +
    slope(ALPHAS.map((a) => PAPER[a])).toFixed(2) +
    '), and per step (0.05 -> 0.1, 0.1 -> 0.3)',
);
console.log(
  '| convention | p (LegT N=17) | p (copy-last) | ratio 0.05/0.1 | ratio 0.1/0.3 | poster 0.05/0.1, 0.1/0.3 |',
);
console.log('|---|---|---|---|---|---|');
conventions.forEach((c, i) => {
  const l = results[i].map((t) => at(t, 'LegT', PLATEAU_N));
  const cl = results[i].map((t) => t.copyLast);
  console.log(
    `| ${c.name} | ${slope(l).toFixed(2)} | ${slope(cl).toFixed(2)} | ${(l[0] / l[1]).toFixed(2)} | ${(l[1] / l[2]).toFixed(2)} | ${(PAPER[0.05] / PAPER[0.1]).toFixed(2)}, ${(PAPER[0.1] / PAPER[0.3]).toFixed(2)} |`,
  );
});
conventions.forEach((c, i) => {
  if (!c.full) return;
  ALPHAS.forEach((alpha, j) => {
    const t = results[i][j];
    console.log(`\n## ${c.name}, alpha = ${alpha}: copy-last ${fmt(t.copyLast)}`);
    console.log('| N | LegT | FouT | fout-authors |');
    console.log('|---|---|---|---|');
    t.Ns.forEach((N, k) =>
      console.log(
        `| ${N} | ${fmt(t.mean.LegT[k])} | ${fmt(t.mean.FouT[k])} | ${fmt(t.mean['fout-authors'][k])} |`,
      ),
    );
  });
});
