/**
 * Claims of the window experiment: the rows of bounds.ts (the bank against the best fixed window in hindsight and
 * against the paper's theta = 1), measured on the result.
 *
 * @see arXiv:2407.09375
 */
import { evaluateRegistered } from '../claims/index.ts';
import { extreme } from '../common/claimFactors.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { WindowCell, WindowResult } from './run.ts';

/**
 * The best grid cell of one (order, class): smallest class-mean MSE, with its theta and N.
 *
 * @param r - the result
 * @param c - one cell block
 * @returns `{ mse, theta, N }`, all NaN when no cell is finite
 * @see arXiv:2407.09375
 */
export function bestFixed(r: WindowResult, c: WindowCell): { mse: number; theta: number; N: number } {
  let best = { mse: NaN, theta: NaN, N: NaN };
  c.mse.forEach((row, i) =>
    row.forEach((v, j) => {
      if (Number.isFinite(v) && !(v >= best.mse)) best = { mse: v, theta: r.thetas[j], N: r.Ns[i] };
    }),
  );
  return best;
}

function paperCell(r: WindowResult, label: string): number {
  const c = r.cells.find((x) => x.order === 1 && x.label === label);
  if (!c) throw new RangeError(`window claims: no trapezoid result for ${label}`);
  const i = r.Ns.indexOf(r.paperN);
  const j = r.thetas.findIndex((t) => Math.abs(t - 1) < 1e-12);
  if (i < 0 || j < 0) throw new RangeError(`window claims: the grid lacks theta = 1, N = ${r.paperN}`);
  return c.mse[i][j];
}

/**
 * The claims of the window experiment (see bounds.ts for each bound and its reason).
 *
 * @param r - the result
 * @returns the claims, in the order of the bound table
 * @see arXiv:2407.09375
 */
export function windowClaims(r: WindowResult): Claim[] {
  const cellsOf = (order: number) => r.cells.filter((c) => c.order === order);
  const bankVsBest = (order: number) => () => {
    const w = extreme(
      cellsOf(order),
      (c) => c.bank / bestFixed(r, c).mse,
      'max',
      `class with order ${order}`,
    );
    const b = bestFixed(r, w.at);
    return {
      value: w.value,
      detail:
        `worst at ${w.at.label}: bank ${w.at.bank.toExponential(2)} vs best fixed ${b.mse.toExponential(2)} ` +
        `(theta = ${b.theta.toPrecision(3)}, N = ${b.N})`,
    };
  };
  const bankVsPaper = (order: number) => () => {
    const label = 'White Signal gamma 1';
    const c = cellsOf(order).find((x) => x.label === label);
    if (!c) throw new RangeError(`window claims: no order-${order} result for ${label}`);
    const paper = paperCell(r, label);
    return {
      value: paper / c.bank,
      detail: `paper construction ${paper.toExponential(2)} vs bank ${c.bank.toExponential(2)}`,
    };
  };
  return evaluateRegistered(BOUNDS, {
    'bank-trapezoid': bankVsBest(1),
    'bank-matched-3': bankVsBest(3),
    'paper-trapezoid': bankVsPaper(1),
    'paper-matched-3': bankVsPaper(3),
  });
}
