/**
 * Measurement of the in-context forecasters (not part of `npm test`): every method of scripts/forecast/task.ts on
 * classic systems, contexts of 10^4 and 10^3 samples, 10 seeded initial conditions each; prints the valid time per
 * method (mean, min, max; Lyapunov times for chaotic systems, time units otherwise), the pre-registered checks of
 * issue 17, and the one-step cost of the stabilised construction.
 *
 *   npx tsx scripts/forecast/table.ts                      # defaults below, 2 workers
 *   npx tsx scripts/forecast/table.ts --systems lorenz,rossler --contexts 1000 --ics 3 --workers 1
 *   npx tsx scripts/forecast/table.ts --json /tmp/forecast.json   # also write the raw results
 *
 * Valid time: the first forecast step at which sqrt(mean_c ((forecast_c - truth_c) / sigma_c)^2) exceeds 0.4, with
 * sigma_c the channel's standard deviation over the context; a forecast valid over the whole horizon counts as its
 * horizon (a lower bound, marked by the censored count). The ridge methods tune their ridge strength (and window or
 * stride) on the context only: a free-running causal hold-out on its last 20 %.
 */
import { writeFileSync } from 'node:fs';
import { prophecy, stabilizeClosedLoop } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { generate, systems } from '../../src/systems/index.ts';
import type { SystemName } from '../../src/systems/index.ts';
import { FORECAST_SYSTEMS } from '../../experiments/forecast/params.ts';
import { createWorkerPool } from '../../experiments/runner/workerPool.ts';
import { METHOD_SPECS } from './task.ts';
import type { MethodResult, TrajectoryInput } from './task.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const systemList = arg('systems', FORECAST_SYSTEMS.join(',')).split(',') as SystemName[];
const contexts = arg('contexts', '10000,1000').split(',').map(Number);
const ics = Number(arg('ics', '10'));
const horizon = Number(arg('horizon', '3000'));
const workers = Number(arg('workers', '2'));
const seed = Number(arg('seed', '0'));
const labels = arg('methods', METHOD_SPECS.map((m) => m.label).join(',')).split(',');
const jsonPath = arg('json', '');

const TASK = { module: new URL('./task.ts', import.meta.url).href, fn: 'runTrajectory' };

interface Cell {
  system: SystemName;
  context: number;
  results: MethodResult[][];
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const inputs: TrajectoryInput[] = [];
  for (const system of systemList)
    for (const context of contexts)
      for (let stream = 0; stream < ics; stream++)
        inputs.push({ system, context, horizon, seed, stream, transient: 50, labels });
  // the longest tasks first, so two workers finish together
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[b].context - inputs[a].context);
  const pool = createWorkerPool(workers);
  let outputs: MethodResult[][];
  try {
    const sorted = await pool.map<TrajectoryInput, MethodResult[]>(
      TASK,
      order.map((i) => inputs[i]),
    );
    outputs = new Array(inputs.length);
    order.forEach((i, k) => (outputs[i] = sorted[k]));
  } finally {
    await pool.terminate();
  }
  const cells: Cell[] = [];
  let k = 0;
  for (const system of systemList)
    for (const context of contexts) {
      cells.push({ system, context, results: outputs.slice(k, k + ics) });
      k += ics;
    }
  const wall = (performance.now() - t0) / 1000;
  printTable(cells);
  printChecks(cells);
  printTimes(cells);
  printStabilisedCost();
  console.log(
    `\n${inputs.length} trajectories x ${labels.length} methods, horizon ${horizon}, ${workers} workers: ` +
      `${wall.toFixed(0)} s wall`,
  );
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ horizon, seed, ics, cells }, null, 1));
}

function stats(xs: number[]): { mean: number; min: number; max: number } {
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) };
}

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function of(cell: Cell, label: string): MethodResult[] {
  return cell.results.map((r) => r.find((m) => m.label === label) as MethodResult);
}

function printTable(cells: Cell[]): void {
  console.log(
    `\nValid time per method: mean [min, max] over ${ics} initial conditions; Lyapunov times (LT) for chaotic ` +
      'systems, time units (tu) otherwise; c = forecasts valid over the whole horizon (lower bounds), ' +
      'd = diverged (non-finite or 10x outside the context range)\n',
  );
  console.log(`| system | T | unit | ${labels.join(' | ')} |`);
  console.log(`|---|---|---|${labels.map(() => '---').join('|')}|`);
  for (const cell of cells) {
    const def = systems[cell.system];
    const unit = def.chaotic ? 'LT' : 'tu';
    const cols = labels.map((label) => {
      const rs = of(cell, label);
      const s = stats(rs.map((r) => r.valid));
      const c = rs.filter((r) => r.censored).length;
      const d = rs.filter((r) => r.diverged).length;
      const marks = [c > 0 ? `c${c}` : '', d > 0 ? `d${d}` : ''].filter(Boolean).join(' ');
      return `${fmt(s.mean)} [${fmt(s.min)}, ${fmt(s.max)}]${marks ? ` ${marks}` : ''}`;
    });
    console.log(`| ${cell.system} | ${cell.context} | ${unit} | ${cols.join(' | ')} |`);
  }
  const feats = new Map<string, Set<string>>();
  for (const cell of cells)
    for (const label of labels) {
      const f = of(cell, label)[0].features;
      if (f !== null) {
        const set = feats.get(label) ?? new Set<string>();
        set.add(`${systems[cell.system].dimension} channels: ${f}`);
        feats.set(label, set);
      }
    }
  for (const [label, set] of feats) console.log(`features of ${label}: ${[...set].join(', ')}`);
}

function printChecks(cells: Cell[]): void {
  console.log('\nPre-registered checks (issue 17)');
  const has = (l: string) => labels.includes(l);
  const lorenz = cells.find((c) => c.system === 'lorenz' && c.context === 10000);
  if (lorenz && has('hippo-ridge')) {
    const n = of(lorenz, 'hippo-ridge').filter((r) => r.valid >= 1).length;
    console.log(
      `- hippo-ridge >= 1 LT on Lorenz (T = 10^4, dt = 0.01): ${n}/${ics} initial conditions (needs >= 9/10): ` +
        (n >= Math.ceil(0.9 * ics) ? 'PASS' : 'FAIL'),
    );
  }
  for (const hippoLabel of ['hippo-ridge', 'hippo-ridge N=2']) {
    if (!has(hippoLabel) || !has('ngrc')) continue;
    let within = 0;
    let better = 0;
    for (const cell of cells) {
      const h = stats(of(cell, hippoLabel).map((r) => r.valid)).mean;
      const n = stats(of(cell, 'ngrc').map((r) => r.valid)).mean;
      if (h >= n / 2) within++;
      if (h > n) better++;
    }
    console.log(
      `- ${hippoLabel} mean valid time within 2x of NG-RC's or better: ${within}/${cells.length} (system, T) cells ` +
        `(needs most: ${within > cells.length / 2 ? 'PASS' : 'FAIL'}); strictly better: ${better}/${cells.length}`,
    );
  }
  if (has('legt-stable')) {
    const d = cells.flatMap((c) => of(c, 'legt-stable')).filter((r) => r.diverged).length;
    const dp = has('legt') ? cells.flatMap((c) => of(c, 'legt')).filter((r) => r.diverged).length : NaN;
    console.log(
      `- legt-stable diverged in ${d} of ${cells.length * ics} forecasts (plain legt: ${dp}): ` +
        (d === 0 ? 'PASS' : 'FAIL'),
    );
  }
}

function printTimes(cells: Cell[]): void {
  console.log('\nMean seconds per forecast (fit, selection and free run; 2 workers share the machine)');
  for (const context of contexts) {
    const row = labels.map((label) => {
      const xs = cells
        .filter((c) => c.context === context)
        .flatMap((c) => of(c, label).map((r) => r.seconds));
      return `${label} ${stats(xs).mean.toFixed(3)}`;
    });
    console.log(`- T = ${context}: ${row.join(', ')}`);
  }
}

/**
 * One-step (teacher-forced) cost of the stabilised construction: normalised MSE (MSE / variance, second half of the
 * signal) of the plain construction, the stabilised one and copy-last, with the blend weight gamma and the plain
 * closed-loop radius.
 */
function printStabilisedCost(): void {
  const L = 4000;
  const signals: [string, Float64Array][] = [
    [
      'sine, 100 samples/period',
      Float64Array.from({ length: L }, (_, k) => Math.sin((2 * Math.PI * k) / 100)),
    ],
    ['lorenz x, dt 0.01', generate('lorenz', { length: L, seed: 1, transient: 50 }).values[0]],
    ['white signal gamma 2, dt 1e-3', generate('white-signal', { length: L, gamma: 2, seed: 1 }).values[0]],
  ];
  const nmse = (pred: Float64Array, u: Float64Array) => {
    let s = 0;
    let m = 0;
    for (let k = L / 2; k < L - 1; k++) m += u[k + 1];
    m /= L / 2 - 1;
    let v = 0;
    for (let k = L / 2; k < L - 1; k++) {
      s += (pred[k] - u[k + 1]) ** 2;
      v += (u[k + 1] - m) ** 2;
    }
    return s / v;
  };
  console.log(
    '\nStabilised construction: one-step NMSE (MSE / variance, second half of 4000 samples), plain / stabilised; ' +
      'copy-last for reference',
  );
  console.log(`| N | W | rho plain - 1 | gamma | ${signals.map(([n]) => n).join(' | ')} |`);
  console.log(`|---|---|---|---|${signals.map(() => '---').join('|')}|`);
  const e = (x: number) => x.toExponential(1);
  const copy = signals.map(([, u]) => e(nmse(u, u)));
  console.log(`| copy-last | | | | ${copy.join(' | ')} |`);
  for (const N of [2, 3, 4, 6, 9])
    for (const W of [16, 32, 64, 256]) {
      if (N * N >= 2 * W) continue;
      const p = prophecy(hippo('legt', N, { theta: W / L }), { dt: 1 / L });
      const s = stabilizeClosedLoop(p);
      const cols = signals.map(
        ([, u]) => `${e(nmse(predictNext(p, u), u))} / ${e(nmse(predictNext(s, u), u))}`,
      );
      console.log(`| ${N} | ${W} | ${e(s.plainRadius - 1)} | ${s.gamma.toFixed(3)} | ${cols.join(' | ')} |`);
    }
}

await main();
