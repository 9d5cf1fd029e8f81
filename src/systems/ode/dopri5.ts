/**
 * The adaptive embedded Runge-Kutta method of Dormand and Prince, order 5(4), with error control on rtol/atol and
 * a fourth-order continuous extension for output at any requested time.
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireInteger, requireOptions, requirePositive } from '../../util/validate.ts';
import { allFinite, checkState, checkTimes } from './checkTimes.ts';
import { OdeSolverError } from './odeSolverError.ts';
import type { OdeRhs, OdeSolution } from './types.ts';

/** Options of {@link dopri5}. */
export interface Dopri5Options {
  /** Relative tolerance of the local error (per component). @default 1e-9 */
  rtol?: number;
  /** Absolute tolerance of the local error (per component). @default 1e-12 */
  atol?: number;
  /** Maximum number of accepted plus rejected steps before giving up with an OdeSolverError. @default 1e6 */
  maxSteps?: number;
  /** Largest step size. @default Infinity */
  maxStep?: number;
  /** First trial step. @default chosen from f(t0, y0) (Hairer, Norsett and Wanner, Sec. II.4) */
  initialStep?: number;
  /**
   * When set, take fixed steps of this size with the fifth-order solution and no error control (the last step
   * is shortened to land on the final time). Used for convergence studies.
   * @default undefined (adaptive)
   */
  fixedStep?: number;
}

// Butcher tableau of Dormand & Prince (1980), "A family of embedded Runge-Kutta formulae".
const C2 = 1 / 5,
  C3 = 3 / 10,
  C4 = 4 / 5,
  C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40,
  A32 = 9 / 40;
const A41 = 44 / 45,
  A42 = -56 / 15,
  A43 = 32 / 9;
const A51 = 19372 / 6561,
  A52 = -25360 / 2187,
  A53 = 64448 / 6561,
  A54 = -212 / 729;
const A61 = 9017 / 3168,
  A62 = -355 / 33,
  A63 = 46732 / 5247,
  A64 = 49 / 176,
  A65 = -5103 / 18656;
const A71 = 35 / 384,
  A73 = 500 / 1113,
  A74 = 125 / 192,
  A75 = -2187 / 6784,
  A76 = 11 / 84;
// Difference between the fifth- and fourth-order weights: the local error estimate.
const E1 = 71 / 57600,
  E3 = -71 / 16695,
  E4 = 71 / 1920,
  E5 = -17253 / 339200,
  E6 = 22 / 525,
  E7 = -1 / 40;
// Dense output coefficients (Hairer, Norsett & Wanner, Solving ODEs I, Sec. II.6).
const D1 = -12715105075 / 11282082432,
  D3 = 87487479700 / 32700410799,
  D4 = -10690763975 / 1880347072,
  D5 = 701980252875 / 199316789632,
  D6 = -1453857185 / 822651844,
  D7 = 69997945 / 29380423;

const EPS = 2.220446049250313e-16;

/**
 * Solves y' = f(t, y), y(times[0]) = y0 with Dormand-Prince 5(4).
 *
 * Each step computes seven stages (the last one reused as the first of the next step), advances with the
 * fifth-order weights and estimates the local error e = h sum_j (b_j - bhat_j) k_j. The step is accepted when
 * err = sqrt(mean_i (e_i / (atol + rtol max(|y_i|, |y_i^new|)))^2) <= 1, and the next step is
 * h <- h min(5, max(0.2, 0.9 err^(-1/5))). Outputs between steps come from the order-4 continuous extension.
 *
 * @param f - right-hand side, writes f(t, y) into its third argument
 * @param y0 - initial state, shape [n]
 * @param times - strictly increasing output times, shape [K]; times[0] is the initial time
 * @param options - see {@link Dopri5Options}
 * @returns the solution at `times` (one Float64Array of length K per component) and work counters
 * @throws RangeError for bad times, state or options; OdeSolverError (naming t and h) on step size underflow,
 *   after maxSteps steps, or when the state is non-finite
 * @example dopri5((t, y, d) => { d[0] = -y[0]; }, [1], [0, 1]).y[0][1] // exp(-1) to ~1e-9
 * @see arXiv:2407.09375
 */
export function dopri5(
  f: OdeRhs,
  y0: ArrayLike<number>,
  times: ArrayLike<number>,
  options: Dopri5Options = {},
): OdeSolution {
  options = requireOptions('dopri5', options);
  const W = 'dopri5';
  const tOut = checkTimes(W, times);
  let y: Float64Array = checkState(W, y0);
  const rtol = requireFinite(W, 'options.rtol', options.rtol ?? 1e-9);
  const atol = requireFinite(W, 'options.atol', options.atol ?? 1e-12);
  if (rtol < 0 || atol < 0 || (rtol === 0 && atol === 0)) {
    throw new RangeError(
      `${W}: options.rtol and options.atol must be >= 0 and not both 0, got ${rtol}, ${atol}`,
    );
  }
  if (rtol > 0 && rtol < 10 * EPS) {
    throw new RangeError(
      `${W}: options.rtol must be 0 or >= 10 eps = ${10 * EPS} (float64 resolution), got ${rtol}`,
    );
  }
  const maxSteps = requireInteger(W, 'options.maxSteps', options.maxSteps ?? 1e6, 1);
  const maxStep =
    options.maxStep === undefined ? Infinity : requirePositive(W, 'options.maxStep', options.maxStep);
  const fixed =
    options.fixedStep === undefined ? 0 : requirePositive(W, 'options.fixedStep', options.fixedStep);
  const n = y.length;
  const K = tOut.length;
  const out: Float64Array[] = [];
  for (let c = 0; c < n; c++) {
    out.push(new Float64Array(K));
    out[c][0] = y[c];
  }
  const tEnd = tOut[K - 1];
  let t = tOut[0];
  let k1: Float64Array = new Float64Array(n);
  const k2 = new Float64Array(n),
    k3 = new Float64Array(n),
    k4 = new Float64Array(n),
    k5 = new Float64Array(n),
    k6 = new Float64Array(n);
  let k7: Float64Array = new Float64Array(n);
  let y1: Float64Array = new Float64Array(n);
  const tmp = new Float64Array(n);
  const r5 = new Float64Array(n);
  let evaluations = 0;
  let steps = 0;
  let rejected = 0;
  const norm = (v: Float64Array, ref: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      if (v[i] === 0) continue; // 0 / 0 when atol = 0 and the reference is 0
      const q = v[i] / (atol + rtol * Math.abs(ref[i]));
      s += q * q;
    }
    return Math.sqrt(s / n);
  };
  f(t, y, k1);
  evaluations++;
  if (!allFinite(k1)) throw new OdeSolverError(W, 'non-finite right-hand side at the initial state', t, 0);
  if (K === 1) return { t: Float64Array.from(tOut), y: out, stats: { steps, rejected, evaluations } };

  let h: number;
  if (fixed > 0) h = fixed;
  else if (options.initialStep !== undefined)
    h = requirePositive(W, 'options.initialStep', options.initialStep);
  else {
    const d0 = norm(y, y);
    const d1 = norm(k1, y);
    const h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : (0.01 * d0) / d1;
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h0 * k1[i];
    f(t + h0, tmp, k2);
    evaluations++;
    for (let i = 0; i < n; i++) k3[i] = (k2[i] - k1[i]) / h0;
    const d2 = norm(k3, y);
    const dm = Math.max(d1, d2);
    const h1 = Number.isFinite(dm) && dm > 1e-15 ? Math.pow(0.01 / dm, 1 / 5) : Math.max(1e-6, h0 * 1e-3);
    h = Math.min(100 * h0, h1);
    if (!(h > 0) || !Number.isFinite(h)) h = 1e-6 * (tEnd - t);
  }
  h = Math.min(h, maxStep, tEnd - t);
  let next = 1; // index of the next output time to fill
  let facmax = 5;
  let nonFinite = false;
  while (next < K) {
    if (steps + rejected >= maxSteps) {
      throw new OdeSolverError(W, `maximum number of steps (${maxSteps}) reached before t = ${tEnd}`, t, h);
    }
    let last = false;
    // Land on the final time instead of leaving a sliver of rounding size for one more step.
    if (tEnd - t <= h * (1 + 1e-6)) {
      h = tEnd - t;
      last = true;
    }
    if (!(h > 16 * EPS * Math.max(Math.abs(t), 1e-300)) || t + h === t) {
      throw new OdeSolverError(
        W,
        nonFinite
          ? 'non-finite state even for a vanishing step (blow-up or invalid right-hand side)'
          : 'step size underflow (tolerance cannot be met)',
        t,
        h,
      );
    }
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * A21 * k1[i];
    f(t + C2 * h, tmp, k2);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
    f(t + C3 * h, tmp, k3);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
    f(t + C4 * h, tmp, k4);
    for (let i = 0; i < n; i++) tmp[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
    f(t + C5 * h, tmp, k5);
    for (let i = 0; i < n; i++) {
      tmp[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
    }
    // In fixed-step mode, times are t0 + k h (no accumulated rounding).
    const tNew = last ? tEnd : fixed > 0 ? tOut[0] + (steps + 1) * fixed : t + h;
    f(tNew, tmp, k6);
    for (let i = 0; i < n; i++) {
      y1[i] = y[i] + h * (A71 * k1[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
    }
    f(tNew, y1, k7);
    evaluations += 6;
    const finite = allFinite(y1) && allFinite(k7);
    let err = 0;
    if (finite && fixed === 0) {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const e = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
        const ymax = Math.max(Math.abs(y[i]), Math.abs(y1[i]));
        const sc = atol + rtol * ymax;
        // Below ~10 ulps the error estimate is rounding noise (it can even be exactly 0): refuse, do not pretend.
        if (sc < 10 * EPS * ymax) {
          throw new OdeSolverError(
            W,
            `tolerance cannot be met in float64: atol + rtol |y[${i}]| = ${sc} is below 10 ulps of |y[${i}]| = ${ymax}`,
            t,
            h,
          );
        }
        if (e === 0) continue;
        const q = e / sc;
        s += q * q;
      }
      err = Math.sqrt(s / n);
    }
    if (!finite) {
      if (fixed > 0) throw new OdeSolverError(W, 'non-finite state', tNew, h);
      nonFinite = true;
      rejected++;
      h *= 0.25;
      facmax = 1;
      continue;
    }
    if (err > 1) {
      rejected++;
      h *= Math.max(0.2, 0.9 * Math.pow(err, -0.2));
      facmax = 1;
      continue;
    }
    nonFinite = false;
    steps++;
    // Dense output on [t, tNew]: y(t + th h) = y + th (r2 + (1 - th)(r3 + th (r4 + (1 - th) r5))).
    if (tOut[next] <= tNew) {
      for (let i = 0; i < n; i++) {
        r5[i] = h * (D1 * k1[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * k7[i]);
      }
      while (next < K && tOut[next] <= tNew) {
        if (tOut[next] === tNew) {
          for (let c = 0; c < n; c++) out[c][next] = y1[c];
        } else {
          const th = (tOut[next] - t) / h;
          const th1 = 1 - th;
          for (let c = 0; c < n; c++) {
            const r2 = y1[c] - y[c];
            const r3 = h * k1[c] - r2;
            const r4 = r2 - h * k7[c] - r3;
            out[c][next] = y[c] + th * (r2 + th1 * (r3 + th * (r4 + th1 * r5[c])));
          }
        }
        next++;
      }
    }
    t = tNew;
    [y, y1] = [y1, y];
    [k1, k7] = [k7, k1];
    if (fixed > 0) h = fixed;
    else h *= Math.min(facmax, Math.max(0.2, 0.9 * Math.pow(Math.max(err, 1e-10), -0.2)));
    h = Math.min(h, maxStep);
    facmax = 5;
  }
  return { t: Float64Array.from(tOut), y: out, stats: { steps, rejected, evaluations } };
}
