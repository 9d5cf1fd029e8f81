import { complexFftPingPong, complexFftPlan, fastRealFftSize, type ComplexFftPlan } from '../ssm/realFft.ts';
import { trainWasm } from './wasm/trainWasm.ts';

/**
 * The transform size and window of {@link convolutionL1Gradient}: outputs k in [from, to) of causal convolutions of
 * sequences and kernels supported on [0, to).
 */
export interface ConvolutionWindow {
  /** first scored output */
  readonly from: number;
  /** one past the last scored output (kernel taps and input samples used: [0, to)) */
  readonly to: number;
  /** complex transform size n = fastRealFftSize(2 to - from - 1): no circular wrap-around reaches [from, to) */
  readonly n: number;
  readonly plan: ComplexFftPlan;
}

/**
 * The window and FFT size of the training convolution. A circular convolution of two sequences supported on [0, to)
 * in size n equals the linear one at k when k + n >= 2 to - 1, so outputs k >= from are exact for
 * n >= 2 to - from - 1 (for the paper's second-half loss about 1.5 L instead of 2 L); the kernel-gradient correlation
 * sum_k g[k] u[k - j] (g on [from, to), j < to) needs the same bound.
 *
 * @param from - first scored output, integer >= 0
 * @param to - one past the last, integer > from
 * @returns the window with n (5-smooth, a multiple of 4) and its complex FFT plan
 * @throws RangeError unless 0 <= from < to are integers
 * @example convolutionWindow(5000, 9999).n // 15360 (>= 14997, 5-smooth)
 * @see arXiv:2407.09375
 */
export function convolutionWindow(from: number, to: number): ConvolutionWindow {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from < to)) {
    throw new RangeError(`convolutionWindow: need integers 0 <= from < to, got from = ${from}, to = ${to}`);
  }
  const n = fastRealFftSize(Math.max(2 * to - from - 1, 4));
  return Object.freeze({ from, to, n, plan: complexFftPlan(n) });
}

/**
 * The half spectrum (bins 0..n/2, interleaved re, im) of one input sequence u[0, to) rotated left by `from`:
 * X~_k = sum_t u[(t + from) mod n] exp(-2 pi i t k / n) = exp(2 pi i k from / n) U_k. The rotation moves the scored
 * outputs to [0, to - from), so that the training transforms may skip the upper half of their inputs and outputs.
 * Inputs are data: computed once per sequence and reused every epoch.
 *
 * @param w - the window
 * @param u - the sequence, length >= to
 * @returns X~, length 2 (n/2 + 1)
 * @throws RangeError when u is shorter than w.to
 * @example shiftedInputSpectrum(convolutionWindow(0, 2), Float64Array.of(1, 0)).length === 2 * (4 / 2 + 1)
 * @see arXiv:2407.09375
 */
export function shiftedInputSpectrum(w: ConvolutionWindow, u: ArrayLike<number>): Float64Array {
  const { from, to, n } = w;
  if (u.length < to) throw new RangeError(`shiftedInputSpectrum: u needs >= ${to} samples, got ${u.length}`);
  const x = new Float64Array(2 * n);
  for (let k = 0; k < to; k++) x[2 * ((k - from + n) % n)] = u[k];
  const X = complexFftPingPong(w.plan, x, new Float64Array(2 * n));
  return X.slice(0, n + 2);
}

function checkBatch(
  where: string,
  w: ConvolutionWindow,
  K: Float64Array,
  spectra: readonly Float64Array[],
  inputs: readonly Float64Array[],
): void {
  const { to, n } = w;
  const B = spectra.length;
  if (B === 0 || inputs.length !== B) {
    throw new RangeError(`${where}: need as many spectra as inputs (>= 1), got ${B} and ${inputs.length}`);
  }
  if (K.length < to) throw new RangeError(`${where}: K needs >= ${to} taps, got ${K.length}`);
  for (let b = 0; b < B; b++) {
    if (spectra[b].length !== n + 2 || inputs[b].length < to + 1) {
      throw new RangeError(
        `${where}: spectra[${b}] must have length ${n + 2} (got ${spectra[b].length}) and ` +
          `inputs[${b}] >= ${to + 1} samples (got ${inputs[b].length})`,
      );
    }
  }
}

/** What {@link convolutionL1Gradient} returns. */
export interface ConvolutionL1Gradient {
  /** mean of |y_b[k] + Dbar u_b[k] - u_b[k + 1]| over the batch and k in [from, to) */
  readonly loss: number;
  /** dLoss/dK_j, j < to */
  readonly dK: Float64Array;
  /** dLoss/dDbar */
  readonly dD: number;
}

/**
 * Loss and gradient of the L1 one-step loss of the convolution predictor, for a batch of B sequences:
 *
 *   uhat_b[k] = sum_{j<=k} K_j u_b[k - j] + Dbar u_b[k],   loss = mean_{b, k in [from, to)} |uhat_b[k] - u_b[k + 1]|,
 *   g_b[k] = sign(uhat_b[k] - u_b[k + 1]) / (B R),   dLoss/dK_j = sum_b sum_k g_b[k] u_b[k - j],
 *   dLoss/dDbar = sum_b sum_k g_b[k] u_b[k].
 *
 * Two sequences share each complex transform (z = u_a + i u_b; the kernel is real, so y_a + i y_b = IFFT(Z K^)),
 * and the correlation of both pairs is the real part of one: Re IFFT(sum_pairs W conj Z) with W = FFT(g_a + i g_b).
 * With the rotated spectra of shiftedInputSpectrum the scored outputs and the residuals live on [0, R), R = to - from
 * <= n/2, so the inverse transform computes only its lower half and the residual transform skips its zero upper
 * half. Per step: ~B transforms of size n plus O(B n) per-bin work, all float64 (WebAssembly SIMD when available).
 *
 * @param w - the window (from, to, n)
 * @param K - kernel, length >= to (taps beyond to are not read)
 * @param Dbar - the direct term
 * @param spectra - per sequence, shiftedInputSpectrum(w, u_b)
 * @param inputs - per sequence, u_b with length >= to + 1 (targets u_b[k + 1])
 * @returns loss, dK (length to), dD
 * @throws RangeError when spectra and inputs differ in count or are empty, or lengths are short
 * @example
 *   // K = [1] and Dbar = 0 predict uhat[k] = u[k]: on a ramp every residual is -1, so the loss is 1,
 *   // dLoss/dDbar = -mean u[k] and dLoss/dK_0 = the same
 *   const w = convolutionWindow(0, 3);
 *   const u = Float64Array.of(0, 1, 2, 3);
 *   const r = convolutionL1Gradient(w, Float64Array.of(1, 0, 0), 0, [shiftedInputSpectrum(w, u)], [u]);
 *   Math.abs(r.loss - 1) < 1e-12 && Math.abs(r.dD + 1) < 1e-12 && Math.abs(r.dK[0] + 1) < 1e-12;
 * @see arXiv:2407.09375
 */
export function convolutionL1Gradient(
  w: ConvolutionWindow,
  K: Float64Array,
  Dbar: number,
  spectra: readonly Float64Array[],
  inputs: readonly Float64Array[],
): ConvolutionL1Gradient {
  checkBatch('convolutionL1Gradient', w, K, spectra, inputs);
  const wasm = trainWasm();
  if (wasm !== null) return wasm.convolutionL1Gradient(w, K, Dbar, spectra, inputs);
  return convolutionL1GradientJs(w, K, Dbar, spectra, inputs);
}

/**
 * The JavaScript path of {@link convolutionL1Gradient} (the reference of the WebAssembly one; same arguments,
 * already validated).
 *
 * @internal
 */
export function convolutionL1GradientJs(
  w: ConvolutionWindow,
  K: Float64Array,
  Dbar: number,
  spectra: readonly Float64Array[],
  inputs: readonly Float64Array[],
  predictions: Float64Array | null = null,
): ConvolutionL1Gradient {
  const { from, to, n, plan } = w;
  const B = spectra.length;
  const R = to - from;
  const half = n >> 1;
  const scale = 1 / (B * R);
  // K^ / n (the 1/n of the inverse folded in), full spectrum
  const a = new Float64Array(2 * n);
  const b = new Float64Array(2 * n);
  for (let j = 0; j < to; j++) a[2 * j] = K[j];
  const KF = complexFftPingPong(plan, a, b).slice();
  for (let i = 0; i < 2 * n; i++) KF[i] /= n;
  const acc = new Float64Array(2 * n);
  let loss = 0;
  let dD = 0;
  for (let p = 0; p < B; p += 2) {
    const Xa = spectra[p];
    const Xb = p + 1 < B ? spectra[p + 1] : null;
    const ua = inputs[p];
    const ub = p + 1 < B ? inputs[p + 1] : null;
    // conj(Z K^ / n) into a, Z = Xa + i Xb over all n bins (X_{n-k} = conj X_k)
    for (let k = 0; k <= half; k++) {
      const xar = Xa[2 * k];
      const xai = Xa[2 * k + 1];
      const xbr = Xb === null ? 0 : Xb[2 * k];
      const xbi = Xb === null ? 0 : Xb[2 * k + 1];
      const kr = KF[2 * k];
      const ki = KF[2 * k + 1];
      // Z_k = (xar - xbi, xai + xbr)
      const zr = xar - xbi;
      const zi = xai + xbr;
      a[2 * k] = zr * kr - zi * ki;
      a[2 * k + 1] = -(zr * ki + zi * kr);
      if (k !== 0 && k !== half) {
        // Z_{n-k} = (xar + xbi, xbr - xai), K^_{n-k} = conj K^_k
        const vr = xar + xbi;
        const vi = xbr - xai;
        const q = 2 * (n - k);
        a[q] = vr * kr + vi * ki;
        a[q + 1] = -(vi * kr - vr * ki);
      }
    }
    const Y = complexFftPingPong(plan, a, b, false, true);
    // Y = conj(y'), y'_t = y_a[from + t] + i y_b[from + t]; residuals, loss, g' = g_a + i g_b into the other buffer
    const G = Y === a ? b : a;
    if (predictions !== null) {
      for (let t = 0; t < R; t++) {
        predictions[p * R + t] = Y[2 * t] + Dbar * ua[from + t];
        if (ub !== null) predictions[(p + 1) * R + t] = -Y[2 * t + 1] + Dbar * ub[from + t];
      }
      continue;
    }
    for (let t = 0; t < R; t++) {
      const k = from + t;
      const ra = Y[2 * t] + Dbar * ua[k] - ua[k + 1];
      const ga = ra > 0 ? scale : ra < 0 ? -scale : 0;
      loss += Math.abs(ra);
      dD += ga * ua[k];
      G[2 * t] = ga;
      if (ub !== null) {
        const rb = -Y[2 * t + 1] + Dbar * ub[k] - ub[k + 1];
        const gb = rb > 0 ? scale : rb < 0 ? -scale : 0;
        loss += Math.abs(rb);
        dD += gb * ub[k];
        G[2 * t + 1] = gb;
      } else G[2 * t + 1] = 0;
    }
    G.fill(0, 2 * R, n);
    const W = complexFftPingPong(plan, G, Y, true, false);
    // acc += W conj(Z)
    for (let k = 0; k <= half; k++) {
      const xar = Xa[2 * k];
      const xai = Xa[2 * k + 1];
      const xbr = Xb === null ? 0 : Xb[2 * k];
      const xbi = Xb === null ? 0 : Xb[2 * k + 1];
      const zr = xar - xbi;
      const zi = xai + xbr;
      const wr = W[2 * k];
      const wi = W[2 * k + 1];
      acc[2 * k] += wr * zr + wi * zi;
      acc[2 * k + 1] += wi * zr - wr * zi;
      if (k !== 0 && k !== half) {
        const q = 2 * (n - k);
        const vr = xar + xbi;
        const vi = xbr - xai;
        const w2r = W[q];
        const w2i = W[q + 1];
        acc[q] += w2r * vr + w2i * vi;
        acc[q + 1] += w2i * vr - w2r * vi;
      }
    }
  }
  if (predictions !== null) return { loss: NaN, dK: new Float64Array(0), dD: NaN };
  // dK_j = Re IFFT(acc)_j = Re F(conj acc)_j / n
  for (let i = 1; i < 2 * n; i += 2) acc[i] = -acc[i];
  const D = complexFftPingPong(plan, acc, a);
  const dK = new Float64Array(to);
  for (let j = 0; j < to; j++) dK[j] = D[2 * j] / n;
  return { loss: loss * scale, dK, dD };
}

/**
 * Predictions uhat_b[k] = sum_{j<=k} K_j u_b[k - j] + Dbar u_b[k] for k in [from, to), by the forward half of
 * {@link convolutionL1Gradient} (same transforms and rotated spectra).
 *
 * @param w - the window
 * @param K - kernel, length >= to
 * @param Dbar - the direct term
 * @param spectra - per sequence, shiftedInputSpectrum(w, u_b)
 * @param inputs - per sequence, u_b with length >= to + 1
 * @returns predictions, shape [B, to - from] row-major
 * @throws RangeError when spectra and inputs differ in count or are empty, or lengths are short
 * @example
 *   const w = convolutionWindow(0, 3);
 *   const u = Float64Array.of(1, 2, 3, 4);
 *   const y = convolutionPredict(w, Float64Array.of(1, 1, 0), 0, [shiftedInputSpectrum(w, u)], [u]); // u[k] + u[k - 1]
 *   [1, 3, 5].every((v, k) => Math.abs(y[k] - v) < 1e-12);
 * @see arXiv:2407.09375
 */
export function convolutionPredict(
  w: ConvolutionWindow,
  K: Float64Array,
  Dbar: number,
  spectra: readonly Float64Array[],
  inputs: readonly Float64Array[],
): Float64Array {
  checkBatch('convolutionPredict', w, K, spectra, inputs);
  const out = new Float64Array(spectra.length * (w.to - w.from));
  const wasm = trainWasm();
  if (wasm !== null) wasm.convolutionPredict(w, K, Dbar, spectra, inputs, out);
  else convolutionL1GradientJs(w, K, Dbar, spectra, inputs, out);
  return out;
}
