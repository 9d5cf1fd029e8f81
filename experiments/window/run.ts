/**
 * The computation of the window experiment: one-step errors over the (theta, N) grid on the paper's signals, and
 * the window bank (src/window-bank) that chooses among the same grid in context.
 *
 * @see arXiv:2407.09375
 */
import { copyLast } from '../../src/baselines/index.ts';
import { oneStepError } from '../../src/metrics/index.ts';
import { predictNextBatch } from '../../src/ssm/index.ts';
import { generateBatch } from '../../src/systems/index.ts';
import { combineOnline, windowBank, windowBankMembers } from '../../src/window-bank/index.ts';
import type { ExperimentContext } from '../types.ts';
import type { WindowParams } from './params.ts';

/** Errors of one (order, class): every grid cell and the bank, means over the class's functions. */
export type WindowCell = {
  order: number;
  label: string;
  /** mse[i][j]: N = Ns[i], theta = thetas[j]; NaN where N^2 dt / (2 theta) >= 1 (not in the bank) */
  mse: number[][];
  bank: number;
  copyLast: number;
  /** how often (fraction of second-half steps, all functions) each theta led the bank */
  leaderTheta: number[];
};

/** Result of the experiment. */
export type WindowResult = {
  L: number;
  dt: number;
  thetas: number[];
  Ns: number[];
  paperN: number;
  cells: WindowCell[];
};

/**
 * Runs every (order, class): all grid members on every function (FFT path, one kernel per member), their
 * second-half MSE, and the bank's online combination of the same members.
 *
 * @param ctx - experiment context (seed, checkpoint, progress)
 * @param params - the scale's parameters
 * @returns the result (plain JSON)
 * @see arXiv:2407.09375
 */
export async function runWindow(ctx: ExperimentContext, params: WindowParams): Promise<WindowResult> {
  const dt = 1 / params.L;
  const grid = { thetaMin: params.thetaMin, thetaMax: params.thetaMax, count: params.count, Ns: params.Ns };
  const thetas = [...new Set(windowBankMembers(dt, grid).map((m) => m.theta))];
  const cells: WindowCell[] = [];
  const total = params.orders.length * params.classes.length;
  let done = 0;
  for (const order of params.orders) {
    const bank = windowBank(dt, { ...grid, order });
    for (const cls of params.classes) {
      const cell = await ctx.checkpoint(`order${order}-${cls.label.replace(/[^A-Za-z0-9.]+/g, '-')}`, () => {
        const sums = bank.members.map(() => 0);
        let bankSum = 0;
        let copySum = 0;
        const leads = thetas.map(() => 0);
        let leadSteps = 0;
        for (let start = 0; start < params.functions; start += params.chunk) {
          const count = Math.min(params.chunk, params.functions - start);
          const us = generateBatch(cls.system, count, {
            length: params.L,
            seed: ctx.seed,
            stream: start,
            ...cls.params,
          }).map((g) => g.values[0]);
          const preds = bank.members.map((m) => predictNextBatch(m.predictor, us, { mode: 'fft' }));
          preds.forEach((ps, i) =>
            ps.forEach((p, b) => (sums[i] += oneStepError(p, us[b], { window: 'second-half' }))),
          );
          us.forEach((u, b) => {
            const r = combineOnline(
              preds.map((ps) => ps[b]),
              u,
              params.combine,
            );
            bankSum += oneStepError(r.prediction, u, { window: 'second-half' });
            copySum += oneStepError(copyLast(u), u, { window: 'second-half' });
            for (let k = Math.floor((params.L - 1) / 2); k < params.L - 1; k++) {
              leads[thetas.indexOf(bank.members[r.leader[k]].theta)]++;
              leadSteps++;
            }
          });
        }
        const mse = params.Ns.map(() => thetas.map(() => NaN));
        bank.members.forEach((m, i) => {
          mse[params.Ns.indexOf(m.N)][thetas.indexOf(m.theta)] = sums[i] / params.functions;
        });
        return {
          order,
          label: cls.label,
          mse,
          bank: bankSum / params.functions,
          copyLast: copySum / params.functions,
          leaderTheta: leads.map((c) => c / leadSteps),
        };
      });
      cells.push(cell);
      ctx.progress(++done, total, `order ${order}, ${cls.label}`);
    }
  }
  return { L: params.L, dt, thetas, Ns: params.Ns, paperN: params.paperN, cells };
}
