import { complexFftPingPong } from './complexFft.ts';
import type { RealFftPlan } from './plan.ts';
import { realFft } from './realFft.ts';

/**
 * The kernel spectrum in the form {@link causalConvolveInto} uses. With H the half spectrum of K zero-padded to n,
 * G = H / (2n) (the 1/n of the inverse and the two factors 1/2 of the real-to-complex packing folded in once) and
 * W = exp(-2 pi i / n), the whole per-bin work of the convolution (separate the real spectrum X from the packed
 * Z, multiply by H, pack the product for the inverse) is, for each pair (k, j = m - k), k = 1..m/2, a complex-linear
 * map of Z_k and V = conj Z_j:
 *
 *   F_k = conj(alpha Z_k + beta V),   F_j = gamma Z_k + delta V,
 *   alpha, gamma = (a1 + a2) +- c (a1 - a2),   beta, delta = (b1 + b2) +- c (b1 - b2),
 *   a1 = (1 - i W^k) G_k,  a2 = (1 + i W^k) conj G_j,  b1 = (1 + i W^k) G_k,  b2 = (1 - i W^k) conj G_j,  c = i conj W^k,
 *
 * so it is precomputed here once per kernel: 4 complex products per pair instead of ~50 flops.
 *
 * @param plan - from realFftPlan(n)
 * @param K - kernel, length <= n
 * @returns coefficients, length 8 (m/2 + 1): pair k at [8k, 8k + 8) = alpha, beta, gamma, delta (re, im); slot 0
 *   holds G_0 and G_m (real)
 * @throws RangeError when K is longer than n
 * @example
 * import { realFftPlan } from './plan.ts';
 * const plan = realFftPlan(16); // causal convolution of L <= 8 samples with K = [1, 1] (a running pair sum)
 * const u = Float64Array.from([1, 2, 3, 4]);
 * const out = new Float64Array(4);
 * causalConvolveInto(plan, convolutionSpectrum(plan, Float64Array.from([1, 1])), u, 4, out, 0, 0);
 * [1, 3, 5, 7].every((v, t) => Math.abs(out[t] - v) < 1e-12)
 * @see arXiv:2407.09375
 * @internal
 */
export function convolutionSpectrum(plan: RealFftPlan, K: Float64Array): Float64Array {
  const { m, rot } = plan;
  const G = realFft(plan, K);
  const scale = 1 / (4 * m);
  const half = m >> 1;
  const out = new Float64Array(8 * (half + 1));
  out[0] = G[0] * scale;
  out[1] = G[2 * m] * scale;
  for (let k = 1; k <= half; k++) {
    const j = m - k;
    const gkr = G[2 * k] * scale;
    const gki = G[2 * k + 1] * scale;
    // conj G_j
    const hr = G[2 * j] * scale;
    const hi = -G[2 * j + 1] * scale;
    const wr = rot[2 * k];
    const wi = rot[2 * k + 1];
    // i W = (-wi, wr): 1 - i W = (1 + wi, -wr), 1 + i W = (1 - wi, wr)
    const mr = 1 + wi;
    const mi = -wr;
    const pr = 1 - wi;
    const pi = wr;
    const a1r = mr * gkr - mi * gki;
    const a1i = mr * gki + mi * gkr;
    const a2r = pr * hr - pi * hi;
    const a2i = pr * hi + pi * hr;
    const b1r = pr * gkr - pi * gki;
    const b1i = pr * gki + pi * gkr;
    const b2r = mr * hr - mi * hi;
    const b2i = mr * hi + mi * hr;
    // c = i conj W = (wi, wr)
    const cr = wi;
    const ci = wr;
    const sar = a1r + a2r;
    const sai = a1i + a2i;
    const dar = a1r - a2r;
    const dai = a1i - a2i;
    const car = cr * dar - ci * dai;
    const cai = cr * dai + ci * dar;
    const sbr = b1r + b2r;
    const sbi = b1i + b2i;
    const dbr = b1r - b2r;
    const dbi = b1i - b2i;
    const cbr = cr * dbr - ci * dbi;
    const cbi = cr * dbi + ci * dbr;
    const o = 8 * k;
    out[o] = sar + car;
    out[o + 1] = sai + cai;
    out[o + 2] = sbr + cbr;
    out[o + 3] = sbi + cbi;
    out[o + 4] = sar - car;
    out[o + 5] = sai - cai;
    out[o + 6] = sbr - cbr;
    out[o + 7] = sbi - cbi;
  }
  return out;
}

/**
 * The packed spectrum Z of z_j = u_{2j} + i u_{2j+1}, j < m (u zero beyond L <= m): one forward complex transform
 * of size m with the known-zero upper half pruned. Returns the plan buffer holding Z (plan.a or plan.b; valid until
 * the next use of the plan's buffers).
 *
 * @internal
 */
export function packedSpectrum(plan: RealFftPlan, u: Float64Array, L: number): Float64Array {
  const { m, a, b } = plan;
  // z_j is zero for j >= m/2 (L <= m): only a[0, m) is written
  a.set(L === u.length ? u : u.subarray(0, L));
  a.fill(0, L, m);
  return complexFftPingPong(plan.complex, a, b, true, false);
}

/**
 * The per-bin-pair pass of the convolution: from the packed spectrum Z (zIn) and C = convolutionSpectrum(plan, K),
 * the conjugated packed spectrum F of the product, ready for the inverse as a forward transform (zOut, may be zIn):
 * F_k = conj(alpha Z_k + beta V), F_j = gamma Z_k + delta V, V = conj Z_j, j = m - k, each complex product and sum
 * in the order of the WebAssembly pass (asm/fft.ts), so both give the same bits.
 *
 * @internal
 */
export function spectrumProductInto(m: number, C: Float64Array, zIn: Float64Array, zOut: Float64Array): void {
  // k = 0 (pairs with m): X_0 = Re Z_0 + Im Z_0, X_m = Re Z_0 - Im Z_0, real; P = 2 X G
  {
    const p0 = 2 * (zIn[0] + zIn[1]) * C[0];
    const pm = 2 * (zIn[0] - zIn[1]) * C[1];
    zOut[0] = p0 + pm;
    zOut[1] = -(p0 - pm);
  }
  const half = m >> 1;
  for (let k = 1; k <= half; k++) {
    const j = m - k;
    const o = 8 * k;
    const zr = zIn[2 * k];
    const zi = zIn[2 * k + 1];
    const vr = zIn[2 * j];
    const vi = -zIn[2 * j + 1];
    const alphaR = C[o];
    const alphaI = C[o + 1];
    const betaR = C[o + 2];
    const betaI = C[o + 3];
    const gammaR = C[o + 4];
    const gammaI = C[o + 5];
    const deltaR = C[o + 6];
    const deltaI = C[o + 7];
    zOut[2 * k] = zr * alphaR - zi * alphaI + (vr * betaR - vi * betaI);
    zOut[2 * k + 1] = -(zi * alphaR + zr * alphaI + (vi * betaR + vr * betaI));
    zOut[2 * j] = zr * gammaR - zi * gammaI + (vr * deltaR - vi * deltaI);
    zOut[2 * j + 1] = zi * gammaR + zr * gammaI + (vi * deltaR + vr * deltaI);
  }
}

/**
 * The output pass: out[outOffset + t] = y_t + dbar u_t, t < L, from R = conj(z'), z'_j = y_{2j} + i y_{2j+1} (the
 * inverse computed as a forward transform).
 *
 * @internal
 */
export function unpackConvolutionInto(
  R: Float64Array,
  u: Float64Array,
  L: number,
  out: Float64Array,
  outOffset: number,
  dbar: number,
): void {
  const even = L & ~1;
  for (let t = 0; t < even; t += 2) {
    out[outOffset + t] = R[t] + dbar * u[t];
    out[outOffset + t + 1] = dbar * u[t + 1] - R[t + 1];
  }
  if (even < L) out[outOffset + even] = R[even] + dbar * u[even];
}

/**
 * Writes the causal convolution of u with the kernel K of C = convolutionSpectrum(plan, K), plus dbar u, to out:
 *
 *   out[outOffset + t] = sum_{j<=t} K_j u_{t-j} + dbar u_t,   t < L,
 *
 * exact (to rounding) when plan.n >= L + K.length - 1 (no circular wrap-around reaches t < L) and L <= n/2. One
 * forward complex transform of the packed input z_j = u_{2j} + i u_{2j+1} (packedSpectrum), one fused pass per bin
 * pair (k, m - k) that separates the real spectrum, multiplies by the kernel spectrum and packs the product for the
 * inverse (spectrumProductInto), one forward transform of the conjugate (= the inverse), one output pass. No
 * allocation.
 *
 * @param plan - from realFftPlan(n)
 * @param C - from convolutionSpectrum(plan, K)
 * @param u - input, length >= L (only [0, L) read)
 * @param L - number of samples (and of outputs), L <= n/2 (the transforms skip the known-zero upper half of the
 *   packed input and the unused upper half of the output)
 * @param out - destination, written at [outOffset, outOffset + L)
 * @param outOffset - start in out
 * @param dbar - coefficient of the direct term dbar u_t
 * @internal
 */
export function causalConvolveInto(
  plan: RealFftPlan,
  C: Float64Array,
  u: Float64Array,
  L: number,
  out: Float64Array,
  outOffset: number,
  dbar: number,
): void {
  const { a, b } = plan;
  const Z = packedSpectrum(plan, u, L);
  spectrumProductInto(plan.m, C, Z, Z);
  // outputs t < L <= m are the complex entries j < m/2
  const R = complexFftPingPong(plan.complex, Z, Z === a ? b : a, false, true);
  unpackConvolutionInto(R, u, L, out, outOffset, dbar);
}

/**
 * The second half of {@link causalConvolveInto} for a packed spectrum Z = packedSpectrum(plan, u, L) kept by the
 * caller (not modified, so that one input serves many kernels): the per-bin pass, the inverse and the output pass.
 *
 * @internal
 */
export function convolveSpectrumInto(
  plan: RealFftPlan,
  C: Float64Array,
  Z: Float64Array,
  u: Float64Array,
  L: number,
  out: Float64Array,
  outOffset: number,
  dbar: number,
): void {
  spectrumProductInto(plan.m, C, Z, plan.a);
  const R = complexFftPingPong(plan.complex, plan.a, plan.b, false, true);
  unpackConvolutionInto(R, u, L, out, outOffset, dbar);
}
