import { complexFftPingPong } from './complexFft.ts';
import type { RealFftPlan } from './plan.ts';

/**
 * Half spectrum of a real signal: X_k = sum_{t<n} x_t exp(-2 pi i t k / n) for k = 0..n/2 (interleaved), x zero-padded
 * to n, through one complex transform of size m = n/2 of z_j = x_{2j} + i x_{2j+1}:
 *
 *   X_k = (Z_k + conj Z_{m-k}) / 2 - i W^k (Z_k - conj Z_{m-k}) / 2,   W = exp(-2 pi i / n).
 *
 * @param plan - from realFftPlan(n)
 * @param x - signal, length <= n (zero-padded)
 * @returns X, length 2 (m + 1)
 * @throws RangeError when x is longer than n
 * @example
 * import { realFftPlan } from './plan.ts';
 * realFft(realFftPlan(8), Float64Array.of(1)) // all bins 1 + 0i
 * @see arXiv:2407.09375
 * @internal
 */
export function realFft(plan: RealFftPlan, x: Float64Array): Float64Array {
  const { m, rot, a, b } = plan;
  if (x.length > plan.n)
    throw new RangeError(`realFft: x must have length <= n = ${plan.n}, got ${x.length}`);
  a.set(x);
  a.fill(0, x.length);
  const Z = complexFftPingPong(plan.complex, a, b);
  const X = new Float64Array(2 * (m + 1));
  X[0] = Z[0] + Z[1];
  X[1] = 0;
  X[2 * m] = Z[0] - Z[1];
  X[2 * m + 1] = 0;
  for (let k = 1; k <= m >> 1; k++) {
    const j = m - k;
    const zr = Z[2 * k];
    const zi = Z[2 * k + 1];
    // conj Z_{m-k}
    const vr = Z[2 * j];
    const vi = -Z[2 * j + 1];
    // the spectra of the even samples E = (Z_k + conj Z_j) / 2 and of the odd ones D = (Z_k - conj Z_j) / 2
    const evenR = 0.5 * (zr + vr);
    const evenI = 0.5 * (zi + vi);
    const oddR = 0.5 * (zr - vr);
    const oddI = 0.5 * (zi - vi);
    const wr = rot[2 * k];
    const wi = rot[2 * k + 1];
    // q = -i W^k D
    const qr = wr * oddI + wi * oddR;
    const qi = -(wr * oddR - wi * oddI);
    X[2 * k] = evenR + qr;
    X[2 * k + 1] = evenI + qi;
    // X_{m-k} = conj(X_{m+k}) and X_{m+k} = E - i W^{m+k} D with W^m = -1: E + i W^k D
    X[2 * j] = evenR - qr;
    X[2 * j + 1] = -(evenI - qi);
  }
  return X;
}

/**
 * Inverse of {@link realFft}: the real signal x_t = (1/n) sum_{k<n} X_k exp(2 pi i t k / n), t < n, from its half
 * spectrum X_0..X_{n/2} (the other half is conj X_{n-k}; the imaginary parts of X_0 and X_{n/2} are ignored).
 *
 * @param plan - from realFftPlan(n)
 * @param X - half spectrum, length 2 (n/2 + 1), interleaved
 * @returns x, length n
 * @throws RangeError when X has the wrong length
 * @example
 * import { realFftPlan } from './plan.ts';
 * const p = realFftPlan(16);
 * const x = Float64Array.from({ length: 16 }, (_, t) => Math.cos(t) + 0.1 * t);
 * const y = inverseRealFft(p, realFft(p, x)); // the round trip returns x, to rounding
 * x.every((v, t) => Math.abs(v - y[t]) < 1e-12)
 * @see arXiv:2407.09375
 * @internal
 */
export function inverseRealFft(plan: RealFftPlan, X: Float64Array): Float64Array {
  const { m, n } = plan;
  if (X.length !== 2 * (m + 1)) {
    throw new RangeError(`inverseRealFft: X must have length 2 (n/2 + 1) = ${2 * (m + 1)}, got ${X.length}`);
  }
  // the packed spectrum Z_k = E_k + i O_k of z_j = x_{2j} + i x_{2j+1}
  const F = plan.a;
  for (let k = 0; k < m; k++) {
    const j = m - k;
    const xr = X[2 * k];
    const xi = X[2 * k + 1];
    // X_{m+k} = conj X_{m-k}
    const yr = X[2 * j];
    const yi = -X[2 * j + 1];
    const evenR = 0.5 * (xr + yr);
    const evenI = 0.5 * (xi + yi);
    const angle = (2 * Math.PI * k) / n;
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    const dr = 0.5 * (xr - yr);
    const di = 0.5 * (xi - yi);
    // O_k = W^{-k} (X_k - X_{m+k}) / 2, Z_k = E_k + i O_k, stored conjugated (the inverse through the forward)
    const oddR = c * dr - s * di;
    const oddI = c * di + s * dr;
    F[2 * k] = (evenR - oddI) / m;
    F[2 * k + 1] = -(evenI + oddR) / m;
  }
  const R = complexFftPingPong(plan.complex, F, plan.b);
  const x = new Float64Array(n);
  for (let t = 0; t < n; t += 2) {
    x[t] = R[t];
    x[t + 1] = -R[t + 1];
  }
  return x;
}
