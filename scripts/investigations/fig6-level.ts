/**
 * Investigation (fig6-trained's paper rows): the level of figure 6's errors. The poster gives the untrained
 * construction (II) a mean error of 1.45e-3 on Linear, 2.0e-3 on Van der Pol and 1.0e-1 on Filtered Noise (alpha 0.1)
 * without stating the metric or the signals' scale. This prints, for the construction of fig6-trained (LegT, N = 32,
 * theta = 1, dt = 1e-4, L = 10^4) and for copy-last, the second-half error under three metrics (mean L1, the training
 * loss and fig6-trained's reported metric; RMSE; MSE) on the three test sets as fig6-trained draws them, and on
 * Filtered Noise also under the authors' convention (nengo's FilteredNoise, unscaled; see
 * src/systems/signals/filteredNoise.ts) and unscaled stationary noise, each against the poster's value.
 *
 *   npx tsx scripts/investigations/fig6-level.ts [--functions 32] [--seed 0]
 *
 * @see arXiv:2407.09375 (figure 6)
 */
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { generateBatch, type GenerateOptions } from '../../src/systems/index.ts';
import { argNumber, fmt } from './errorVsN.ts';

const functions = argNumber('functions', 32);
const seed = argNumber('seed', 0);
const L = 10_000;
const construction = prophecy(hippo('legt', 32, { theta: 1 }), { dt: 1e-4 });

const CASES: { set: string; system: string; options: GenerateOptions; paper: number }[] = [
  { set: 'Linear', system: 'linear-function', options: {}, paper: 1.45e-3 },
  { set: 'Van der Pol', system: 'vdp-paper', options: {}, paper: 2.0e-3 },
  {
    set: 'Filtered Noise (fig6-trained: stationary, min-max)',
    system: 'filtered-noise',
    options: { alpha: 0.1 },
    paper: 1e-1,
  },
  {
    set: 'Filtered Noise (nengo, unscaled)',
    system: 'filtered-noise',
    options: { alpha: 0.1, nengo: 1, scale: 'none' },
    paper: 1e-1,
  },
  {
    set: 'Filtered Noise (stationary, unscaled)',
    system: 'filtered-noise',
    options: { alpha: 0.1, scale: 'none' },
    paper: 1e-1,
  },
];

/** Mean L1, RMSE and MSE of predictions out[k] of u[k + 1] over k in [L/2, L - 1). */
function errors(pairs: { out: ArrayLike<number>; u: ArrayLike<number> }[]): number[] {
  let l1 = 0;
  let se = 0;
  let n = 0;
  for (const { out, u } of pairs) {
    for (let k = L / 2; k < L - 1; k++) {
      const e = out[k] - u[k + 1];
      l1 += Math.abs(e);
      se += e * e;
      n++;
    }
  }
  return [l1 / n, Math.sqrt(se / n), se / n];
}

console.log(`# Figure 6's level: the construction (II) and copy-last, ${functions} functions, seed ${seed}`);
console.log('\n| test set | metric | construction (II) | copy-last | paper (II) | ours / paper |');
console.log('|---|---|---|---|---|---|');
for (const c of CASES) {
  const n = c.system === 'vdp-paper' ? 1 : functions;
  const us = generateBatch(c.system, n, { length: L, seed, ...c.options }).map((g) => g.values[0]);
  const ours = errors(us.map((u) => ({ out: predictNext(construction, u), u })));
  const copy = errors(us.map((u) => ({ out: u, u })));
  ['mean L1', 'RMSE', 'MSE'].forEach((metric, i) => {
    console.log(
      `| ${c.set} | ${metric} | ${fmt(ours[i])} | ${fmt(copy[i])} | ${fmt(c.paper)} | ${(ours[i] / c.paper).toPrecision(2)} |`,
    );
  });
}
