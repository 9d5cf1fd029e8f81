import type { Matrix } from '../linalg/matrix.ts';
import { requireFiniteArray, requireInteger, requireOptions } from '../util/validate.ts';
import { dlsim } from './dlsim.ts';
import { lsim } from './lsim.ts';
import { requireSystem } from './requireSystem.ts';
import { requireInitialState } from './signal.ts';
import type { InputResponses, LtiSystem } from './types.ts';

/** Options of {@link impulse} and {@link step}. */
export interface ContinuousResponseOptions {
  /** the state at time 0, shape [N]; @default zeros */
  x0?: ArrayLike<number>;
}

/** Options of {@link dimpulse} and {@link dstep}. */
export interface DiscreteResponseOptions {
  /** the initial state x_0, shape [N]; @default zeros */
  x0?: ArrayLike<number>;
  /** number of samples; @default 100 (as scipy) */
  n?: number;
}

/** Column m of B as a vector. */
function column(B: Matrix, m: number): Float64Array {
  return Float64Array.from({ length: B.rows }, (_, i) => B.data[i * B.cols + m]);
}

/** An [L, M] input that is `value(k)` in column m and 0 elsewhere. */
function unitInput(L: number, M: number, m: number, value: (k: number) => number): Matrix {
  const data = new Float64Array(L * M);
  for (let k = 0; k < L; k++) data[k * M + m] = value(k);
  return { rows: L, cols: M, data };
}

/**
 * Impulse response of a continuous system (scipy.signal.impulse, extended to MIMO): for each input m, the output of
 * the unforced system started from x(0+) = x0 + B e_m,
 *
 *   y_m(t) = C e^{tA} (x0 + B_{:,m})   (the D delta(t) term at t = 0 is left out, as in scipy),
 *
 * evaluated on equally spaced t (through lsim, so t[0] >= 0 and the state runs from time 0). scipy picks default
 * times from the poles when T is omitted; here t is required.
 *
 * @param sys - continuous system, A [N, N], B [N, M], C [P, N], D [P, M]
 * @param t - sample times, shape [L], t[0] >= 0, increasing, equally spaced
 * @param options - {@link ContinuousResponseOptions}
 * @returns `{ t, y }` with y[m] of shape [L, P]
 * @throws as lsim: RangeError for a discrete system or bad t; TypeError for an x0 of the wrong length
 * @example
 * const t = Float64Array.from({ length: 5 }, (_, k) => k * 0.5);
 * const { y } = impulse(ss([[-2]], [3], [1], 0), t); // 3 e^{-2t}
 * Math.abs(y[0].data[4] - 3 * Math.exp(-4)) < 1e-14;
 * @see scipy.signal.impulse (docs.scipy.org); arXiv:2407.09375
 */
export function impulse(
  sys: unknown,
  t: ArrayLike<number>,
  options: ContinuousResponseOptions = {},
): InputResponses {
  options = requireOptions('impulse', options);
  const where = 'impulse';
  const s = requireSystem(where, sys, 'continuous');
  const x0 = requireInitialState(where, options.x0, s.A.rows);
  return perInput(s, (m) => {
    const start = column(s.B, m).map((b, i) => b + x0[i]);
    return lsim(s, null, t, { x0: start, interp: false, states: false });
  });
}

/**
 * Step response of a continuous system (scipy.signal.step, extended to MIMO): for each input m, lsim with
 * u(t) = e_m for t >= t[0] and x(0) = x0; from rest and t[0] = 0 that is y_m(t) = C A^-1 (e^{tA} - I) B_{:,m} + D_{:,m}
 * (for invertible A). t is required (scipy computes default times when T is omitted).
 *
 * @param sys - continuous system, A [N, N], B [N, M], C [P, N], D [P, M]
 * @param t - sample times, shape [L], t[0] >= 0, increasing, equally spaced
 * @param options - {@link ContinuousResponseOptions}
 * @returns `{ t, y }` with y[m] of shape [L, P]
 * @throws as lsim
 * @example
 * const t = Float64Array.from({ length: 5 }, (_, k) => k * 0.5);
 * const { y } = step(ss([[-2]], [4], [1], 0), t); // 2 (1 - e^{-2t})
 * Math.abs(y[0].data[4] - 2 * (1 - Math.exp(-4))) < 1e-14;
 * @see scipy.signal.step (docs.scipy.org); arXiv:2407.09375
 */
export function step(
  sys: unknown,
  t: ArrayLike<number>,
  options: ContinuousResponseOptions = {},
): InputResponses {
  options = requireOptions('step', options);
  const where = 'step';
  const s = requireSystem(where, sys, 'continuous');
  const x0 = requireInitialState(where, options.x0, s.A.rows);
  const L = requireFiniteArray(where, 't', t).length;
  const M = s.B.cols;
  return perInput(s, (m) =>
    lsim(
      s,
      unitInput(L, M, m, () => 1),
      t,
      { x0, interp: false, states: false },
    ),
  );
}

/**
 * Impulse response of a discrete system (scipy.signal.dimpulse): for each input m, dlsim with u_k = e_m at k = 0
 * and 0 after, from x_0 = x0. From rest these are the Markov parameters h_0 = D_{:,m}, h_k = C A^{k-1} B_{:,m}.
 *
 * @param sys - discrete system, A [N, N], B [N, M], C [P, N], D [P, M]
 * @param options - {@link DiscreteResponseOptions}
 * @returns `{ t, y }` with t_k = k dt and y[m] of shape [n, P]
 * @throws RangeError for a continuous system or n not an integer >= 0; TypeError for an x0 of the wrong length
 * @example
 * const { y } = dimpulse(ss([[0.5]], [1], [2], 3, { dt: 1 }), { n: 4 });
 * Array.from(y[0].data).join() === '3,2,1,0.5';
 * @see scipy.signal.dimpulse (docs.scipy.org); arXiv:2407.09375
 */
export function dimpulse(sys: unknown, options: DiscreteResponseOptions = {}): InputResponses {
  options = requireOptions('dimpulse', options);
  return discreteResponse('dimpulse', sys, options, (k) => (k === 0 ? 1 : 0));
}

/**
 * Step response of a discrete system (scipy.signal.dstep): for each input m, dlsim with u_k = e_m for all k >= 0,
 * from x_0 = x0.
 *
 * @param sys - discrete system, A [N, N], B [N, M], C [P, N], D [P, M]
 * @param options - {@link DiscreteResponseOptions}
 * @returns `{ t, y }` with t_k = k dt and y[m] of shape [n, P]
 * @throws as dimpulse
 * @example
 * const { y } = dstep(ss([[0.5]], [1], [1], 0, { dt: 1 }), { n: 4 });
 * Array.from(y[0].data).join() === '0,1,1.5,1.75';
 * @see scipy.signal.dstep (docs.scipy.org); arXiv:2407.09375
 */
export function dstep(sys: unknown, options: DiscreteResponseOptions = {}): InputResponses {
  options = requireOptions('dstep', options);
  return discreteResponse('dstep', sys, options, () => 1);
}

function discreteResponse(
  where: string,
  sys: unknown,
  options: DiscreteResponseOptions,
  value: (k: number) => number,
): InputResponses {
  const s = requireSystem(where, sys, 'discrete');
  const n = requireInteger(where, 'options.n', options.n ?? 100, 0);
  const x0 = requireInitialState(where, options.x0, s.A.rows);
  const M = s.B.cols;
  return perInput(s, (m) => dlsim(s, unitInput(n, M, m, value), { x0, states: false }));
}

function perInput(s: LtiSystem, run: (m: number) => { t: Float64Array; y: Matrix }): InputResponses {
  const runs = Array.from({ length: s.B.cols }, (_, m) => run(m));
  return Object.freeze({ t: runs[0].t, y: Object.freeze(runs.map((r) => r.y)) });
}
