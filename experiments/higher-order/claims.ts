/**
 * Claims of the higher-order experiment: the rows of bounds.ts (fitted orders in dt, the error floors), measured on
 * the result.
 *
 * @see arXiv:2407.09375
 */
import { loglogSlope } from '../../src/metrics/index.ts';
import { evaluateRegistered } from '../claims/index.ts';
import type { Claim } from '../types.ts';
import { BOUNDS } from './bounds.ts';
import type { HigherOrderResult } from './run.ts';

/** Points of a curve a fitted order uses: the FIT_POINTS smallest dt whose RMSE is above the fit floor. */
export const FIT_POINTS = 4;

/**
 * The fitted order of one curve: log-log slope of RMSE against dt over the FIT_POINTS smallest dt with
 * RMSE >= floor (the order is an asymptotic property, dt -> 0; the float64 floor bends the curve flat below
 * `floor`, and the largest dt are pre-asymptotic, e.g. the trapezoid's 1/(1 - D dt/2) amplification).
 *
 * @param dts - steps
 * @param rmse - root-mean-square one-step errors, same length
 * @param floor - smallest RMSE kept
 * @returns the slope and the number of points used (NaN slope with fewer than 3)
 * @see arXiv:2407.09375
 */
export function fittedOrder(dts: number[], rmse: number[], floor: number): { slope: number; points: number } {
  const kept = dts
    .map((dt, j) => ({ dt, e: rmse[j] }))
    .filter((p) => Number.isFinite(p.e) && p.e >= floor)
    .sort((a, b) => a.dt - b.dt)
    .slice(0, FIT_POINTS);
  const xs = kept.map((p) => p.dt);
  const ys = kept.map((p) => p.e);
  if (xs.length < 3) return { slope: NaN, points: xs.length };
  return { slope: loglogSlope(xs, ys).slope, points: xs.length };
}

function ruleIndex(r: HigherOrderResult, name: string, declared?: number): number {
  const i = r.rules.findIndex((x) => x.name === name);
  if (i < 0) throw new RangeError(`higher-order claims: rule ${name} missing from the result`);
  if (declared !== undefined && r.rules[i].declared !== declared) {
    throw new RangeError(
      `higher-order claims: the bound table declares order ${declared} for ${name}, src/higher-order ${r.rules[i].declared}`,
    );
  }
  return i;
}

/**
 * The claims of the higher-order experiment (see bounds.ts for each bound and its reason).
 *
 * @param r - the result
 * @returns the claims, in the order of the bound table
 * @see arXiv:2407.09375
 */
export function higherOrderClaims(r: HigherOrderResult): Claim[] {
  const order = (part: 'smooth' | 'white', name: string, declared: number) => () => {
    const i = ruleIndex(r, name, declared);
    const f = fittedOrder(r[part].dts, r[part].rmse[i], r.fitFloor);
    return {
      value: f.slope,
      detail:
        `fitted over ${f.points} dt; RMSE ${r[part].rmse[i].map((e) => e.toExponential(2)).join(', ')} at dt ` +
        r[part].dts.map((d) => d.toPrecision(3)).join(', '),
    };
  };
  const drop = (part: 'smooth' | 'white') => () => {
    const j = r[part].dts.findIndex((d) => Math.abs(d - 1e-4) <= 1e-9 * 1e-4);
    if (j < 0) throw new RangeError(`higher-order claims: dt = 1e-4 missing from the ${part} sweep`);
    const trap = r[part].rmse[ruleIndex(r, 'trapezoid')][j];
    const m3 = r[part].rmse[ruleIndex(r, 'matched-3')][j];
    return {
      value: (trap / m3) ** 2,
      detail: `MSE ${(trap * trap).toExponential(2)} (trapezoid) vs ${(m3 * m3).toExponential(2)} (matched-3)`,
    };
  };
  return evaluateRegistered(BOUNDS, {
    'smooth-trapezoid': order('smooth', 'trapezoid', 3),
    'smooth-matched-3': order('smooth', 'matched-3', 5),
    'smooth-taylor-3': order('smooth', 'taylor-3', 2),
    'white-trapezoid': order('white', 'trapezoid', 3),
    'white-matched-3': order('white', 'matched-3', 5),
    'paper-floor': () => {
      const p = r.paper;
      const w = p.labels.indexOf('White Signal gamma 1');
      if (w < 0) throw new RangeError('higher-order claims: no White Signal gamma 1 in the paper setting');
      const trap = p.mse[ruleIndex(r, 'trapezoid')][w];
      const m3 = p.mse[ruleIndex(r, 'matched-3')][w];
      return {
        value: trap / m3,
        detail:
          `MSE ${trap.toExponential(3)} (trapezoid) vs ${m3.toExponential(3)} (matched-3), copy-last ` +
          `${p.copyLast[w].toExponential(3)}; N = ${p.N}, dt = 1/${p.L}`,
      };
    },
    'smooth-drop': drop('smooth'),
    'white-drop': drop('white'),
  });
}
