/**
 * The paper's FouT derivative-error bound |u' - y_N| = O(L / N^(k-2)), measured exactly in continuous
 * time: periodic test signals as Fourier series, the model's periodic steady state through the transfer function,
 * and the ideal projection state for comparison.
 *
 * @see arXiv:2407.09375, arXiv:2206.12037
 */
import { hippo } from '../../src/hippo/index.ts';
import { inverseDft } from '../../src/systems/index.ts';
import { fitRate } from '../common/fitRate.ts';
import { foutTransfer, foutTransferPlan } from './foutTransfer.ts';
import type { Complex } from './foutTransfer.ts';
import type { BoundFoutParams } from './params.ts';

/** A test signal of period 1 (the window length): u(t) = Re sum_{m >= 1} a_m exp(2 pi i m t), plus a constant. */
export interface PeriodicSignal {
  name: string;
  /** smoothness: u^(k) is Lipschitz, u^(k+1) is not */
  k: number;
  /** a[m] for m = 0..M (a[0] is ignored: constants are read exactly) */
  a: Complex[];
}

/**
 * The series u_k(t) = sum_{m >= 1} m^-(k+2) cos(2 pi m t): its k-th derivative is (up to sign) sum m^-2 cos or sin,
 * a periodic piecewise quadratic (Lipschitz), and the (k+1)-th a sawtooth-like series with jumps.
 *
 * @param k - smoothness (integer >= 1)
 * @param M - number of harmonics kept
 * @returns the signal
 * @example bernoulliSeries(3, 2048).a[2] // { re: 2^-5, im: 0 }
 */
export function bernoulliSeries(k: number, M: number): PeriodicSignal {
  const a: Complex[] = [{ re: 0, im: 0 }];
  for (let m = 1; m <= M; m++) a.push({ re: m ** -(k + 2), im: 0 });
  return { name: `sum m^-${k + 2} cos(2 pi m t) (k = ${k})`, k, a };
}

/**
 * The authors' probe u(x) = sin(x)^3 + |sin(x)|^3 with x = 2 pi t (period 1 = the window): u'' is Lipschitz,
 * u''' jumps at the zeros of sin, so k = 2. Coefficients from a DFT of 2^16 samples (aliasing ~ (2^15)^-3).
 *
 * @param M - number of harmonics kept (< 2^15)
 * @returns the signal
 * @example authorsSignal(2048).a[1] // { re: 0, im: -3/4 } (from sin^3 = (3 sin x - sin 3x)/4)
 */
export function authorsSignal(M: number): PeriodicSignal {
  const Q = 1 << 16;
  const x = new Float64Array(Q);
  for (let n = 0; n < Q; n++) {
    const s = Math.sin((2 * Math.PI * n) / Q);
    x[n] = s ** 3 + Math.abs(s) ** 3;
  }
  // inverseDft gives sum_n x_n exp(+2 pi i m n / Q); the coefficient of exp(2 pi i m t) in Re-form is 2 conj(.) / Q
  const F = inverseDft(x, new Float64Array(Q));
  const a: Complex[] = [{ re: 0, im: 0 }];
  for (let m = 1; m <= M; m++) a.push({ re: (2 * F.re[m]) / Q, im: (-2 * F.im[m]) / Q });
  return { name: 'sin(2 pi t)^3 + |sin(2 pi t)|^3 (authors, k = 2)', k: 2, a };
}

/**
 * sup_t |e(t)| of e(t) = Re sum_m a_m E_m exp(2 pi i m t), on a grid of 2 M points (inverse DFT).
 *
 * @param a - signal coefficients, length M + 1
 * @param E - error gains E_m, length M + 1
 * @returns the maximum of |e| over the grid
 * @example supError(signal.a, gains)
 */
export function supError(a: Complex[], E: Complex[]): number {
  const M = a.length - 1;
  const P = 2 * M + 2;
  const re = new Float64Array(P);
  const im = new Float64Array(P);
  for (let m = 1; m <= M; m++) {
    re[m] = a[m].re * E[m].re - a[m].im * E[m].im;
    im[m] = a[m].re * E[m].im + a[m].im * E[m].re;
  }
  const e = inverseDft(re, im).re;
  let mx = 0;
  for (const v of e) mx = Math.max(mx, Math.abs(v));
  return mx;
}

/**
 * Derivative-error gains of the FouT readout at harmonics m = 0..M:
 * 'model' E_m = H(2 pi i m) - 2 pi i m (steady state of the running SSM, exact);
 * 'projection' E_m = 0 for m <= (N-1)/2 and D - 2 pi i m above (the state replaced by the exact projection of the
 * window: represented harmonics are differentiated exactly, the others enter only through D u).
 *
 * @param N - odd state size
 * @param M - highest harmonic
 * @param measure - 'fout' or 'fout-code'
 * @returns both gain lists, length M + 1
 * @example foutGains(17, 2048, 'fout').model[3] // ~0 (represented)
 */
export function foutGains(
  N: number,
  M: number,
  measure: 'fout' | 'fout-code' = 'fout',
): { model: Complex[]; projection: Complex[] } {
  const plan = foutTransferPlan(hippo(measure, N, { theta: 1 }));
  const model: Complex[] = [];
  const projection: Complex[] = [];
  for (let m = 0; m <= M; m++) {
    const w = 2 * Math.PI * m;
    const h = foutTransfer(plan, w);
    model.push({ re: h.re, im: h.im - w });
    projection.push(m <= (N - 1) / 2 ? { re: 0, im: 0 } : { re: plan.D, im: -w });
  }
  return { model, projection };
}

/**
 * Relative steady-state derivative error |H(i w) - i w| / w of a pure sinusoid of frequency f cycles per window
 * (exact: the input is an eternal sinusoid, so the state is H's steady state).
 *
 * @param N - odd state size
 * @param f - frequency in cycles per window (non-integer: not periodic over the window)
 * @param measure - 'fout' or 'fout-code'
 * @returns the relative error
 * @example sinusoidRelativeError(65, 1.25) // ~0.7: the bias does not decay
 */
export function sinusoidRelativeError(N: number, f: number, measure: 'fout' | 'fout-code' = 'fout'): number {
  const w = 2 * Math.PI * f;
  const h = foutTransfer(foutTransferPlan(hippo(measure, N, { theta: 1 })), w);
  return Math.hypot(h.re, h.im - w) / w;
}

export interface BoundFoutResult {
  params: BoundFoutParams;
  periodic: {
    name: string;
    k: number;
    model: number[];
    projection: number[];
    slopeModel: number;
    slopeProjection: number;
  }[];
  /** relative derivative error of non-periodic sinusoids (fout) */
  nonPeriodic: { f: number; relative: number[] }[];
  /** the authors' 4 pi m convention on window harmonics 3 (odd: not represented) and 2 (even) */
  foutCode: { harmonic: number; relative: number[] }[];
}

/**
 * Runs the whole measurement.
 *
 * @param params - see {@link BoundFoutParams}
 * @param onStep - progress callback
 * @returns the result
 * @example computeBoundFout({ Ns: [5, 9, 17, 33], M: 512, ks: [3], fitFrom: 9, fitFloor: 1e-10, nonPeriodic: [1.25] })
 */
export function computeBoundFout(
  params: BoundFoutParams,
  onStep: (d: number, n: number) => void = () => {},
): BoundFoutResult {
  const signals = [authorsSignal(params.M), ...params.ks.map((k) => bernoulliSeries(k, params.M))];
  const model = signals.map(() => [] as number[]);
  const projection = signals.map(() => [] as number[]);
  params.Ns.forEach((N, i) => {
    const g = foutGains(N, params.M);
    signals.forEach((s, j) => {
      model[j].push(supError(s.a, g.model));
      projection[j].push(supError(s.a, g.projection));
    });
    onStep(i + 1, params.Ns.length);
  });
  return {
    params,
    periodic: signals.map((s, j) => ({
      name: s.name,
      k: s.k,
      model: model[j],
      projection: projection[j],
      slopeModel: fitRate(params.Ns, model[j], { from: params.fitFrom, floor: params.fitFloor }),
      slopeProjection: fitRate(params.Ns, projection[j], { from: params.fitFrom, floor: params.fitFloor }),
    })),
    nonPeriodic: params.nonPeriodic.map((f) => ({
      f,
      relative: params.Ns.map((N) => sinusoidRelativeError(N, f)),
    })),
    foutCode: [3, 2].map((harmonic) => ({
      harmonic,
      relative: params.Ns.map((N) => sinusoidRelativeError(N, harmonic, 'fout-code')),
    })),
  };
}
