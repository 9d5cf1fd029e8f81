/**
 * The computation of the higher-order experiment: one-step errors of the trapezoid and the higher-order rules
 * (src/higher-order) over dt and at the paper's setting. Plain JSON out.
 *
 * @see arXiv:2407.09375
 */
import { copyLast } from '../../src/baselines/index.ts';
import { prophecy } from '../../src/construction/index.ts';
import type { DiscretePredictor } from '../../src/construction/index.ts';
import { higherOrderPredictor, localOrder } from '../../src/higher-order/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { oneStepError } from '../../src/metrics/index.ts';
import { predictNextBatch } from '../../src/ssm/index.ts';
import { generateBatch } from '../../src/systems/index.ts';
import type { ExperimentContext } from '../types.ts';
import type { HigherOrderParams } from './params.ts';

/** One output rule of the comparison. */
export interface RuleSpec {
  /** 'trapezoid' (prophecy), 'matched-M' or 'taylor-M' */
  readonly name: string;
  readonly rule: 'trapezoid' | 'matched' | 'taylor';
  readonly M: number;
  /** declared local order (src/higher-order localOrder) */
  readonly declared: number;
}

/** Result of the experiment. */
export interface HigherOrderResult {
  rules: RuleSpec[];
  smooth: { N: number; theta: number; T: number; dts: number[]; rmse: number[][] };
  white: { N: number; theta: number; gamma: number; dts: number[]; rmse: number[][] };
  paper: {
    N: number;
    L: number;
    theta: number;
    labels: string[];
    /** mse[r][s]: rule r, signal s (mean over functions, second half) */
    mse: number[][];
    copyLast: number[];
  };
  fitFloor: number;
}

/** The smooth two-tone test signal, analytic so that every dt samples the same function. */
export function smoothSignal(t: number): number {
  return Math.sin(2 * t) + 0.5 * Math.cos(3.1 * t + 0.3);
}

function makePredictor(spec: RuleSpec, N: number, theta: number, dt: number): DiscretePredictor {
  const op = hippo('legt', N, { theta });
  if (spec.rule === 'trapezoid') return prophecy(op, { dt });
  return higherOrderPredictor(op, { dt, order: spec.M, rule: spec.rule });
}

function meanSecondHalf(p: DiscretePredictor, us: Float64Array[]): number {
  const outs = predictNextBatch(p, us);
  let s = 0;
  outs.forEach((o, i) => (s += oneStepError(o, us[i], { window: 'second-half' })));
  return s / us.length;
}

/**
 * Runs the three parts: the smooth dt sweep (N, theta of the paper), the White Signal dt sweep with a resolving
 * window, and the paper's setting on its signals.
 *
 * @param ctx - experiment context (seed, checkpoint, progress)
 * @param params - the scale's parameters
 * @returns the result (plain JSON)
 * @see arXiv:2407.09375
 */
export async function runHigherOrder(
  ctx: ExperimentContext,
  params: HigherOrderParams,
): Promise<HigherOrderResult> {
  const rules: RuleSpec[] = params.rules.map(({ rule, M }) => ({
    name: rule === 'trapezoid' ? 'trapezoid' : `${rule}-${M}`,
    rule,
    M,
    declared: rule === 'trapezoid' ? localOrder('matched', 1) : localOrder(rule, M),
  }));
  const total = 3;
  const s = params.smooth;
  const smooth = await ctx.checkpoint('smooth', () => {
    const rmse = rules.map(() => new Array<number>(s.dts.length).fill(NaN));
    s.dts.forEach((dt, j) => {
      const L = Math.round(s.T / dt) + 1;
      const u = new Float64Array(L);
      for (let k = 0; k < L; k++) u[k] = smoothSignal(k * dt);
      const from = Math.ceil((s.T - 2) / dt);
      rules.forEach((r, i) => {
        const out = predictNextBatch(makePredictor(r, s.N, s.theta, dt), [u])[0];
        rmse[i][j] = Math.sqrt(oneStepError(out, u, { from, to: L - 1 }));
      });
    });
    return { N: s.N, theta: s.theta, T: s.T, dts: s.dts, rmse };
  });
  ctx.progress(1, total, 'smooth dt sweep');
  const w = params.white;
  const white = await ctx.checkpoint('white', () => {
    const rmse = rules.map(() => new Array<number>(w.lengths.length).fill(NaN));
    w.lengths.forEach((L, j) => {
      // the same continuous White Signal at every L: period 10 s, unscaled (minmax would depend on the sampling)
      const us = generateBatch('white-signal', w.functions, {
        length: L,
        dt: 10 / L,
        gamma: w.gamma,
        seed: ctx.seed,
        scale: 'none',
      }).map((g) => g.values[0]);
      rules.forEach((r, i) => {
        rmse[i][j] = Math.sqrt(meanSecondHalf(makePredictor(r, w.N, w.theta, 1 / L), us));
      });
    });
    return { N: w.N, theta: w.theta, gamma: w.gamma, dts: w.lengths.map((L) => 1 / L), rmse };
  });
  ctx.progress(2, total, 'White Signal dt sweep');
  const pp = params.paper;
  const paper = await ctx.checkpoint('paper', () => {
    const dt = 1 / pp.L;
    const mse = rules.map(() => new Array<number>(pp.signals.length).fill(NaN));
    const cl: number[] = [];
    pp.signals.forEach((sig, j) => {
      const us = generateBatch(sig.system, pp.functions, { length: pp.L, seed: ctx.seed, ...sig.params }).map(
        (g) => g.values[0],
      );
      rules.forEach((r, i) => (mse[i][j] = meanSecondHalf(makePredictor(r, pp.N, 1, dt), us)));
      cl.push(
        us.reduce((a, u) => a + oneStepError(copyLast(u), u, { window: 'second-half' }), 0) / us.length,
      );
    });
    return { N: pp.N, L: pp.L, theta: 1, labels: pp.signals.map((x) => x.label), mse, copyLast: cl };
  });
  ctx.progress(3, total, 'paper setting');
  return { rules, smooth, white, paper, fitFloor: params.fitFloor };
}
