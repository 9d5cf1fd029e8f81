/**
 * LegT derivative-readout error vs N (no bound in the paper): the readout y = C x + D u(t) with x the exact
 * Legendre projection of the window, on analytic and on C^k signals.
 *
 * @see arXiv:2407.09375
 */
import { derivativeReadout } from '../../src/construction/index.ts';
import { gaussLegendre, hippo } from '../../src/hippo/index.ts';
import { fitRate } from '../common/fitRate.ts';
import { transferFunction } from '../common/index.ts';
import type { RateLegtParams } from './params.ts';

/** A test signal on the window s in [0, 1] (the present is s = 1). */
export interface WindowSignal {
  name: string;
  kind: 'analytic' | 'algebraic';
  /** exponent a of |s - 1/2|^a for the algebraic signals (expected rate -(a - 1/2)) */
  a?: number;
  u: (s: number) => number;
  /** u'(1) */
  du1: number;
  /** points in (0, 1) where u is not smooth (quadrature panels split there) */
  breaks: number[];
}

/**
 * The test signals: sin(2 pi s), exp(s), Runge 1/(1 + 25 (s - 1/2)^2) (analytic, poles at distance 0.2 from the
 * window) and |s - 1/2|^a for each a (C^(a-1) with a kink of order a inside the window).
 *
 * @param exponents - the a of the algebraic signals
 * @returns the signals
 * @example windowSignals([3, 5]).length // 5
 */
export function windowSignals(exponents: number[]): WindowSignal[] {
  return [
    {
      name: 'sin(2 pi s)',
      kind: 'analytic',
      u: (s) => Math.sin(2 * Math.PI * s),
      du1: 2 * Math.PI,
      breaks: [],
    },
    { name: 'exp(s)', kind: 'analytic', u: (s) => Math.exp(s), du1: Math.E, breaks: [] },
    {
      name: 'Runge 1/(1 + 25 (s - 1/2)^2)',
      kind: 'analytic',
      u: (s) => 1 / (1 + 25 * (s - 0.5) ** 2),
      du1: -25 / (1 + 25 / 4) ** 2,
      breaks: [],
    },
    ...exponents.map((a) => ({
      name: `|s - 1/2|^${a}`,
      kind: 'algebraic' as const,
      a,
      u: (s: number) => Math.abs(s - 0.5) ** a,
      du1: a * 0.5 ** (a - 1),
      breaks: [0.5],
    })),
  ];
}

/**
 * |y - u'(1)| for the LegT readout (theta = 1) applied to the exact projection of u on the window [0, 1]:
 * x_n = int_0^1 u(s) p_n(1, s) ds by Gauss-Legendre quadrature on panels split at the signal's breaks (exact for
 * polynomial pieces of degree < 2 nq - N), y = C x + D u(1).
 *
 * @param N - state size
 * @param signal - the test signal
 * @param nq - quadrature nodes per panel
 * @returns the absolute derivative error at the present
 * @example legtProjectionError(8, { ..., u: (s) => s ** 3, du1: 3, breaks: [] }, 64) // ~1e-13 (polynomial: exact)
 */
export function legtProjectionError(
  N: number,
  signal: Pick<WindowSignal, 'u' | 'du1' | 'breaks'>,
  nq: number,
): number {
  const op = hippo('legt', N, { theta: 1 });
  const { C, D } = derivativeReadout(op);
  const g = gaussLegendre(nq);
  const pts = [0, ...signal.breaks, 1];
  const x = new Float64Array(N);
  for (let p = 0; p + 1 < pts.length; p++) {
    const a = pts[p];
    const b = pts[p + 1];
    const lags = new Float64Array(nq);
    const wu = new Float64Array(nq);
    for (let i = 0; i < nq; i++) {
      const s = a + ((b - a) * (g.nodes[i] + 1)) / 2;
      lags[i] = 1 - s;
      wu[i] = (signal.u(s) * g.weights[i] * (b - a)) / 2;
    }
    const P = op.basis(lags);
    for (let i = 0; i < nq; i++) for (let n = 0; n < N; n++) x[n] += wu[i] * P.data[i * N + n];
  }
  let y = D * signal.u(1);
  for (let n = 0; n < N; n++) y += C[n] * x[n];
  return Math.abs(y - signal.du1);
}

/**
 * The running LegT SSM's steady-state derivative error on sin(2 pi f t): |H(i w) - i w| / w (sup over the phase),
 * H = C (i w I - A)^-1 B + D by a dense solve. Differs from the projection error because LegT's dynamics replace
 * u(t - theta) by its reconstruction.
 *
 * @param N - state size
 * @param f - frequency in cycles per window
 * @returns the relative error
 * @example legtSteadyStateError(24, 1) // ~1e-13
 */
export function legtSteadyStateError(N: number, f: number): number {
  const op = hippo('legt', N, { theta: 1 });
  const { C, D } = derivativeReadout(op);
  const w = 2 * Math.PI * f;
  const h = transferFunction(op.A, op.B, C, D, w);
  return Math.hypot(h.re, h.im - w) / w;
}

export interface RateLegtResult {
  params: RateLegtParams;
  /** slope: fitted log-log slope of the algebraic signals (null for the analytic ones: no power law) */
  signals: {
    name: string;
    kind: 'analytic' | 'algebraic';
    a: number | null;
    errors: number[];
    slope: number | null;
  }[];
  /** relative steady-state error of the running SSM on sin(2 pi t), per N */
  steadyStateSin: number[];
}

/**
 * Runs the measurement.
 *
 * @param params - see {@link RateLegtParams}
 * @param onStep - progress callback
 * @returns the result
 * @example computeRateLegt({ Ns: [8, 16, 32], exponents: [3], nq: 100, fitFrom: 16, fitTo: 32, fitFloor: 1e-10 })
 */
export function computeRateLegt(
  params: RateLegtParams,
  onStep: (d: number, n: number) => void = () => {},
): RateLegtResult {
  const sigs = windowSignals(params.exponents);
  const signals = sigs.map((s, i) => {
    const errors = params.Ns.map((N) => legtProjectionError(N, s, params.nq));
    onStep(i + 1, sigs.length + 1);
    return {
      name: s.name,
      kind: s.kind,
      a: s.a ?? null,
      errors,
      slope:
        s.kind === 'algebraic'
          ? fitRate(params.Ns, errors, { from: params.fitFrom, to: params.fitTo, floor: params.fitFloor })
          : null,
    };
  });
  const steadyStateSin = params.Ns.map((N) => legtSteadyStateError(N, 1));
  onStep(sigs.length + 1, sigs.length + 1);
  return { params, signals, steadyStateSin };
}
