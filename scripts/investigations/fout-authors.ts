/**
 * Investigation (claims issue, fidelity item 8): the authors' FouT predictor, measure 'fout-authors', on
 *   (a) vdp-paper in the figure-1 setting (N = 17, L = 10^4, theta = 1, dt = the sample spacing), beside LegT, FouT,
 *       the older fout-code + forward-Euler approximation and copy-last;
 *   (b) White Signal gamma = 1, 2, 5: mean second-half one-step MSE vs N = 1..97 step 4 (theta = 1, dt = 1/L, as in
 *       figure 3), beside LegT, FouT, the fout-code + forward-Euler approximation and copy-last.
 *
 *   npx tsx scripts/investigations/fout-authors.ts [--functions 200] [--seed 0]
 *
 * @see arXiv:2407.09375
 */
import { copyLast } from '../../src/baselines/index.ts';
import { prophecy } from '../../src/construction/index.ts';
import type { OutputRule } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import type { MeasureName } from '../../src/hippo/index.ts';
import { perPositionError } from '../../src/metrics/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { generate } from '../../src/systems/index.ts';
import { errorStats, findEvents } from '../../experiments/fig1-vdp/compute.ts';
import { FIG34_FAMILIES, FIG34_NS, argNumber, errorVsN, fmt } from './errorVsN.ts';

const functions = argNumber('functions', 200);
const seed = argNumber('seed', 0);

// (a) figure 1 setting
const g = generate('vdp-paper', { length: 10_000 });
const u = g.values[0];
const dt = g.t[1] - g.t[0];
const events = findEvents(u);
const start = Math.min(2 * Math.round(1 / dt), Math.floor((u.length - 1) / 2));
const halfWidth = Math.round(1 / dt);
const rows: [string, MeasureName | null, OutputRule | undefined][] = [
  ['LegT', 'legt', undefined],
  ['FouT', 'fout', undefined],
  ['fout-code + forward Euler', 'fout-code', 'forward-euler'],
  ['fout-authors', 'fout-authors', undefined],
  ['copy-last', null, undefined],
];
console.log(`## (a) vdp-paper, N = 17, theta = 1, dt = ${dt.toPrecision(4)} (sample spacing), L = 10^4`);
console.log(
  '| predictor | start-up max (k < 50) | max after transient | mean after transient | event peaks | quiet median |',
);
console.log('|---|---|---|---|---|---|');
for (const [name, measure, output] of rows) {
  const out =
    measure === null
      ? copyLast(u)
      : predictNext(prophecy(hippo(measure, 17, { theta: 1 }), { dt, output }), u);
  const s = errorStats(name, perPositionError(out, u), events, start, halfWidth);
  console.log(
    `| ${name} | ${fmt(s.startupMax)} | ${fmt(s.afterMax)} | ${fmt(s.afterMean)} | ${s.eventPeaks.map(fmt).join(', ')} | ${fmt(s.quietMedian)} |`,
  );
}

// (b) figure 3 setting
const foutCodeEuler = {
  name: 'fout-code + forward Euler',
  spec: (N: number, L: number) => ({
    measure: 'fout-code' as const,
    N,
    theta: 1,
    dt: 1 / L,
    output: 'forward-euler' as const,
  }),
};
const families = [FIG34_FAMILIES['fout-authors'], FIG34_FAMILIES.fout, FIG34_FAMILIES.legt, foutCodeEuler];
for (const gamma of [1, 2, 5]) {
  const t = errorVsN('white-signal', { gamma, seed, length: 10_000 }, families, FIG34_NS, functions);
  console.log(
    `\n## (b) White Signal gamma = ${gamma}: mean second-half MSE over ${functions} functions (seed ${seed})`,
  );
  console.log(`copy-last ${fmt(t.copyLast)}`);
  console.log('| N | fout-authors | / copy-last | FouT | LegT | fout-code + forward Euler |');
  console.log('|---|---|---|---|---|---|');
  t.Ns.forEach((N, i) => {
    const a = t.mean['fout-authors'][i];
    console.log(
      `| ${N} | ${fmt(a)} | ${(a / t.copyLast).toFixed(2)} | ${fmt(t.mean.FouT[i])} | ${fmt(t.mean.LegT[i])} | ` +
        `${fmt(t.mean[foutCodeEuler.name][i])} |`,
    );
  });
}
