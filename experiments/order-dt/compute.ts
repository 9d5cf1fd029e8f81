/**
 * Order in dt of the discrete predictor's one-step error at fixed N, for several discretizations of (A, B).
 *
 * @see arXiv:2407.09375
 */
import { prophecy } from '../../src/construction/index.ts';
import type { DiscretizationMethod } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { loglogSlope } from '../../src/metrics/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import type { OrderDtParams } from './params.ts';

export interface OrderDtResult {
  params: OrderDtParams;
  /** per method: RMS one-step error at each dt and the fitted log-log slope */
  methods: { method: string; rms: number[]; slope: number }[];
}

/** The test signal u(t) = sin(2 pi t) + 0.5 (smooth; |u'''| <= (2 pi)^3). */
export function orderSignal(t: number): number {
  return Math.sin(2 * Math.PI * t) + 0.5;
}

/**
 * RMS of out[k] - u[k + 1] over the last window, for LegT (N, theta) discretized by `method` with step dt, fed
 * u(t_k) = sin(2 pi t_k) + 0.5 on t_k = k dt in [0, T] from the zero state.
 *
 * @param N - state size
 * @param theta - window
 * @param dt - time step
 * @param T - time span
 * @param method - discretization of (A, B)
 * @returns the RMS one-step error
 * @example oneStepRms(17, 1, 1e-3, 4, 'bilinear') // ~2.4e-6
 */
export function oneStepRms(
  N: number,
  theta: number,
  dt: number,
  T: number,
  method: DiscretizationMethod,
): number {
  const L = Math.round(T / dt) + 1;
  const u = new Float64Array(L);
  for (let k = 0; k < L; k++) u[k] = orderSignal(k * dt);
  const out = predictNext(prophecy(hippo('legt', N, { theta }), { dt, discretization: method }), u, {
    mode: 'scan',
  });
  let s = 0;
  let n = 0;
  for (let k = Math.round((T - theta) / dt); k < L - 1; k++) {
    s += (out[k] - u[k + 1]) ** 2;
    n++;
  }
  return Math.sqrt(s / n);
}

/**
 * Runs every method at every dt and fits the slopes.
 *
 * @param params - see {@link OrderDtParams}
 * @param onStep - progress callback
 * @returns the result
 * @example computeOrderDt({ N: 17, theta: 1, dts: [1e-4, 1e-3], T: 4, methods: ['bilinear'] })
 */
export function computeOrderDt(
  params: OrderDtParams,
  onStep: (d: number, n: number) => void = () => {},
): OrderDtResult {
  const methods = params.methods.map((method, i) => {
    const rms = params.dts.map((dt) => oneStepRms(params.N, params.theta, dt, params.T, method));
    onStep(i + 1, params.methods.length);
    return { method, rms, slope: loglogSlope(params.dts, rms).slope };
  });
  return { params, methods };
}
