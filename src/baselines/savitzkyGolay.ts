import { requireFinite, requireInteger, requireOptions, requirePositive } from '../util/validate.ts';
import { checkSignalAndOptions } from './checkOptions.ts';

/** Options of {@link savitzkyGolayWeights}. */
export type SavitzkyGolayWeightOptions = {
  /**
   * order m of the derivative of the fitted polynomial (0: its value), integer in [0, degree]; per sample
   * (multiply by dt^-m for time units)
   * @default 0
   */
  readonly derivative?: number;
  /**
   * where the fitted polynomial is evaluated, in samples relative to the newest one: 0 the present (causal
   * smoother / derivative estimator), 1 one step ahead (extrapolation); any finite real
   * @default 0
   */
  readonly lead?: number;
};

/** Options of {@link savitzkyGolay}. */
export type SavitzkyGolayOptions = SavitzkyGolayWeightOptions & {
  /**
   * number n of most recent samples fitted, integer >= degree + 1
   * @default 8
   */
  readonly window?: number;
  /**
   * degree d of the least-squares polynomial, integer >= 0
   * @default 2
   */
  readonly degree?: number;
  /**
   * sample spacing: the m-th derivative is divided by dt^m (irrelevant for derivative 0)
   * @default 1
   */
  readonly dt?: number;
};

/**
 * The fixed linear filter of a causal Savitzky-Golay fit: the weights w with
 *
 *   sum_{i=0}^{n-1} w[i] u[k - i] = q^(m)(k + lead),   q = argmin_{deg q <= d} sum_{i=0}^{n-1} (q(k - i) - u[k - i])^2,
 *
 * so w = V (V^T V)^-1 e with V the n x (d+1) Vandermonde matrix of the window and e the m-th derivative of the
 * monomials at the evaluation point. For numerical stability the fit is done in local coordinates centred on the
 * window and scaled to [-1, 1] (x = (j + (n-1)/2) / ((n-1)/2) for sample offset j = -i), with a twice-reorthogonalised
 * modified Gram-Schmidt QR of V: w = Q R^-T e. The weights are newest first (w[0] multiplies u[k]), like
 * {@link finiteDifferenceCoefficients}; with n = d + 1, lead = 1 and m = 0 they coincide with them.
 *
 * @param window - n, integer >= degree + 1
 * @param degree - d, integer >= 0
 * @param options - derivative order and evaluation point
 * @returns w, shape [n]
 * @throws RangeError when window < degree + 1, derivative > degree, or any argument is not a finite integer
 *   (lead: finite real)
 * @example savitzkyGolayWeights(3, 2, { lead: 1 }) // ~[3, -3, 1]
 * @see arXiv:2407.09375
 */
export function savitzkyGolayWeights(
  window: number,
  degree: number,
  options: SavitzkyGolayWeightOptions = {},
): Float64Array {
  options = requireOptions('savitzkyGolayWeights', options);
  const where = 'savitzkyGolayWeights';
  const d = requireInteger(where, 'degree', degree, 0);
  const n = requireInteger(where, 'window', window, 1);
  if (n < d + 1) {
    throw new RangeError(
      `${where}: window must be >= degree + 1 = ${d + 1} for a least-squares fit, got ${n}`,
    );
  }
  const m = requireInteger(where, 'derivative', options.derivative ?? 0, 0);
  if (m > d) throw new RangeError(`${where}: derivative must be <= degree = ${d}, got ${m}`);
  const lead = requireFinite(where, 'lead', options.lead ?? 0);
  return weights(n, d, m, lead);
}

/** The weights without argument checks (n >= d + 1 >= m + 1). */
function weights(n: number, d: number, m: number, lead: number): Float64Array {
  const cols = d + 1;
  const centre = -(n - 1) / 2;
  const scale = n > 1 ? (n - 1) / 2 : 1;
  // Q: column-major n x cols, starts as the Vandermonde matrix in local coordinates
  const Q = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) {
    const x = (-i - centre) / scale;
    let p = 1;
    for (let c = 0; c < cols; c++) {
      Q[c * n + i] = p;
      p *= x;
    }
  }
  const R = new Float64Array(cols * cols); // row-major upper triangular
  for (let c = 0; c < cols; c++) {
    for (let pass = 0; pass < 2; pass++) {
      for (let l = 0; l < c; l++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += Q[l * n + i] * Q[c * n + i];
        R[l * cols + c] += dot;
        for (let i = 0; i < n; i++) Q[c * n + i] -= dot * Q[l * n + i];
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += Q[c * n + i] ** 2;
    norm = Math.sqrt(norm);
    R[c * cols + c] = norm;
    for (let i = 0; i < n; i++) Q[c * n + i] /= norm;
  }
  // e_c = d^m/dj^m of x^c at the evaluation point, with dx/dj = 1 / scale
  const x0 = (lead - centre) / scale;
  const e = new Float64Array(cols);
  for (let c = m; c < cols; c++) {
    let f = 1;
    for (let t = 0; t < m; t++) f *= c - t;
    e[c] = (f * x0 ** (c - m)) / scale ** m;
  }
  // R^T z = e by forward substitution, then w = Q z
  const z = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    let s = e[c];
    for (let l = 0; l < c; l++) s -= R[l * cols + c] * z[l];
    z[c] = s / R[c * cols + c];
  }
  const w = new Float64Array(n);
  for (let c = 0; c < cols; c++) for (let i = 0; i < n; i++) w[i] += Q[c * n + i] * z[c];
  return w;
}

/**
 * Causal Savitzky-Golay filter: at every step k, the least-squares polynomial of degree d through the last n
 * samples u[k-n+1 .. k], its m-th derivative evaluated at k + lead:
 *
 *   out[k] = dt^-m sum_{i=0}^{n-1} w[i] u[k - i],   w = savitzkyGolayWeights(n, d, { derivative: m, lead }).
 *
 * lead = 0 gives a causal smoother (m = 0) or derivative estimator (m >= 1); lead = 1 with m = 0 is one-step
 * polynomial extrapolation (see {@link polynomialExtrapolation}), a forecast of u[k + 1]. For fixed (n, d, m, lead)
 * it is one fixed FIR filter, so the cost is O(L n).
 *
 * Start-up: for k < n - 1 only k + 1 samples exist; the fit then uses all of them with degree min(d, k), and when
 * that degree is below m the output is 0 (the m-th derivative of the lower-degree fit). Causal: out[k] uses
 * u[k-n+1 .. k] only.
 *
 * @param u - the signal, shape [L]
 * @param options - window, degree, derivative, lead, dt
 * @returns out, shape [L]
 * @throws TypeError for a non-array u or an unknown option; RangeError on NaN or Infinity, window < degree + 1,
 *   derivative > degree or dt <= 0
 * @example savitzkyGolay(Float64Array.of(0, 1, 4, 9, 16), { window: 4, degree: 2, lead: 1 })[4] // 25
 * @see arXiv:2407.09375
 */
export function savitzkyGolay(u: Float64Array, options?: SavitzkyGolayOptions): Float64Array {
  const where = 'savitzkyGolay';
  const [x, o] = checkSignalAndOptions(where, u, options, ['window', 'degree', 'derivative', 'lead', 'dt']);
  const d = requireInteger(where, 'degree', o.degree ?? 2, 0);
  const n = requireInteger(where, 'window', o.window ?? 8, 1);
  if (n < d + 1) {
    throw new RangeError(
      `${where}: window must be >= degree + 1 = ${d + 1} for a least-squares fit, got ${n}`,
    );
  }
  const m = requireInteger(where, 'derivative', o.derivative ?? 0, 0);
  if (m > d) throw new RangeError(`${where}: derivative must be <= degree = ${d}, got ${m}`);
  const lead = requireFinite(where, 'lead', o.lead ?? 0);
  const dt = requirePositive(where, 'dt', o.dt ?? 1);
  const L = x.length;
  const out = new Float64Array(L);
  const unit = 1 / dt ** m;
  let w: Float64Array = new Float64Array(0);
  for (let k = 0; k < L; k++) {
    const avail = Math.min(n, k + 1);
    if (k < n) {
      // start-up filters change each step; from k = n - 1 on the full-window filter is reused
      const dk = Math.min(d, avail - 1);
      w = dk < m ? new Float64Array(avail) : weights(avail, dk, m, lead);
      for (let i = 0; i < avail; i++) w[i] *= unit;
    }
    let s = 0;
    for (let i = 0; i < avail; i++) s += w[i] * x[k - i];
    out[k] = s;
  }
  return out;
}
