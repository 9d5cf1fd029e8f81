import { complexFftPingPong } from '../ssm/fft/complexFft.ts';
import { fastRealFftSize } from '../ssm/fft/fftSize.ts';
import { complexFftPlan, type ComplexFftPlan } from '../ssm/fft/plan.ts';
import { fftTablesLayout, writeFftTables } from '../ssm/wasm/wasmLayout.ts';
import { requireRows } from './requireRows.ts';
import type { SequenceSet } from './sequenceSet.ts';
import { layout, trainInstance, type TrainExports } from './wasm/trainWasm.ts';

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

/** Where an {@link InputSpectra} store's data lives in its WebAssembly instance (byte offsets). */
interface ConvolutionWasm {
  readonly ex: TrainExports;
  readonly plan: number;
  /** float32 stage table and twiddles (-1 for a float64 store) */
  readonly plan32: number;
  /** float32 kernel spectrum, two copies per bin (-1 for a float64 store) */
  readonly KF32: number;
  /** float32 accumulator of the two interleaved transforms (-1 for a float64 store) */
  readonly acc32: number;
  readonly spec: number;
  readonly inp: number;
  readonly KF: number;
  readonly acc: number;
  readonly a: number;
  readonly b: number;
  /** `to` doubles: the kernel in, dLoss/dK out */
  readonly K: number;
  readonly idx: number;
  readonly pred: number;
  /** rows of pred */
  readonly predRows: number;
  readonly res: number;
}

/**
 * The data of a set for the FFT path, computed once: per sequence the rotated half spectrum
 * (shiftedInputSpectrum) and the input window u[from .. to]. Backed by its own WebAssembly instance when the trainer's
 * kernels are available (the arrays are views of its memory), else by plain float64 arrays. A float32 store keeps
 * them in float32 and runs the batch passes in float32 SIMD, four sequences per transform (two interleaved complex
 * transforms of two pairs), as float32 training computes them; the kernel spectrum and the final correlation stay
 * float64.
 */
export interface InputSpectra {
  readonly w: ConvolutionWindow;
  /** number of sequences */
  readonly count: number;
  /** the arithmetic of the batch passes: float32 (WebAssembly only) or float64 */
  readonly precision: 'float64' | 'float32';
  /** row s (n + 2 values) at s (n + 2): the rotated half spectrum of sequence s */
  readonly spectra: Float64Array | Float32Array;
  /** row s (R + 1 values, R = to - from) at s (R + 1): u_s[from .. to] */
  readonly windows: Float64Array | Float32Array;
  /** @internal */
  readonly wasm: ConvolutionWasm | null;
}

/**
 * The {@link InputSpectra} of the sequences `rows` of a set (all by default), for its loss window.
 *
 * @param set - the sequences (inputs64) and window [from, to)
 * @param rows - which sequences, in store order @default all
 * @param precision - arithmetic of the batch passes ('float32': WebAssembly only; the JS path is float64)
 *   @default 'float64'
 * @returns the store; row r of it is sequence rows[r] of the set
 * @throws RangeError for a row outside the set or an unknown precision
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   const s = inputSpectra(sequenceSet([[0, 1, 2, 3]], { lossFrom: 0 }));
 *   s.count === 1 && s.windows.join() === '0,1,2,3';
 * @see arXiv:2407.09375
 */
export function inputSpectra(
  set: SequenceSet,
  rows?: Int32Array,
  precision: 'float64' | 'float32' = 'float64',
): InputSpectra {
  const idx = rows ?? Int32Array.from({ length: set.count }, (_, i) => i);
  requireRows('inputSpectra', idx, set.count);
  if (precision !== 'float64' && precision !== 'float32') {
    throw new RangeError(`inputSpectra: precision must be float64 or float32, got ${String(precision)}`);
  }
  const w = convolutionWindow(set.from, set.to);
  const { from, to, n } = w;
  const R = to - from;
  const count = idx.length;
  const L = set.length;
  const bytes = precision === 'float32' ? 4 : 8;
  const lay = layout(0);
  const tables = fftTablesLayout(0, w.plan).end;
  const plan = lay.take(tables);
  const plan32 = precision === 'float32' ? lay.take(tables) : -1;
  const spec = lay.take(bytes * count * (n + 2));
  const inp = lay.take(bytes * count * (R + 1));
  const KF = lay.take(16 * n);
  const KF32 = precision === 'float32' ? lay.take(16 * n) : -1;
  const acc = lay.take(16 * n);
  const acc32 = precision === 'float32' ? lay.take(16 * n) : -1;
  const a = lay.take(16 * n);
  const b = lay.take(16 * n);
  const K = lay.take(8 * to);
  const idxPtr = lay.take(4 * count);
  const predRows = Math.min(count, 64);
  const pred = lay.take(8 * predRows * R);
  const res = lay.take(16);
  // byte offsets are i32 in the module: larger stores take the JS path
  const ex = lay.end < 2 ** 31 ? trainInstance(lay.end) : null;
  let spectra: Float64Array | Float32Array;
  let windows: Float64Array | Float32Array;
  let wasm: ConvolutionWasm | null = null;
  if (ex !== null) {
    const buf = ex.memory.buffer;
    writeFftTables(buf, plan, fftTablesLayout(plan, w.plan).twPtr, w.plan);
    if (plan32 >= 0) writeFftTables(buf, plan32, fftTablesLayout(plan32, w.plan).twPtr, w.plan, true);
    const Arr = precision === 'float32' ? Float32Array : Float64Array;
    spectra = new Arr(buf, spec, count * (n + 2));
    windows = new Arr(buf, inp, count * (R + 1));
    wasm = { ex, plan, plan32, spec, inp, KF, KF32, acc, acc32, a, b, K, idx: idxPtr, pred, predRows, res };
  } else {
    // the JS path computes in float64 whatever the precision asked
    spectra = new Float64Array(count * (n + 2));
    windows = new Float64Array(count * (R + 1));
  }
  for (let r = 0; r < count; r++) {
    const u = set.inputs64.subarray(idx[r] * L, (idx[r] + 1) * L);
    spectra.set(shiftedInputSpectrum(w, u), r * (n + 2));
    windows.set(u.subarray(from, to + 1), r * (R + 1));
  }
  return Object.freeze({ w, count, precision: ex === null ? 'float64' : precision, spectra, windows, wasm });
}

function checkBatch(where: string, store: InputSpectra, idx: Int32Array, K: Float64Array): void {
  requireRows(where, idx, store.count);
  const { to } = store.w;
  if (K.length < to) throw new RangeError(`${where}: K needs >= ${to} taps, got ${K.length}`);
}

/** One batch pass over the B rows listed at m.idx: float32 quads or float64 pairs (see asm/train.ts). */
function batchPass(
  store: InputSpectra,
  m: ConvolutionWasm,
  B: number,
  Dbar: number,
  scale: number,
  pred: number,
): void {
  const { from, to, n } = store.w;
  const R = to - from;
  if (store.precision === 'float32') {
    m.ex.quads(
      m.plan32,
      n,
      m.KF32,
      m.idx,
      B,
      m.spec,
      4 * (n + 2),
      m.inp,
      4 * (R + 1),
      R,
      Dbar,
      scale,
      m.acc32,
      m.a,
      m.b,
      pred,
      m.res,
    );
  } else {
    m.ex.pairs(
      m.plan,
      n,
      m.KF,
      m.idx,
      B,
      m.spec,
      8 * (n + 2),
      m.inp,
      8 * (R + 1),
      R,
      Dbar,
      scale,
      m.acc,
      m.a,
      m.b,
      pred,
      m.res,
    );
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
 * half. Per step: ~B transforms of size n plus O(B n) per-bin work, all float64 (WebAssembly SIMD when the store has
 * an instance).
 *
 * @param store - the set's spectra and windows (inputSpectra)
 * @param idx - the batch: rows of the store
 * @param K - kernel, length >= to (taps beyond to are not read)
 * @param Dbar - the direct term
 * @returns loss, dK (length to), dD
 * @throws RangeError for an empty batch, a row outside the store or a short kernel
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   // K = [1] and Dbar = 0 predict uhat[k] = u[k]: on a ramp every residual is -1, so the loss is 1,
 *   // dLoss/dDbar = -mean u[k] and dLoss/dK_0 = the same
 *   const store = inputSpectra(sequenceSet([[0, 1, 2, 3]], { lossFrom: 0 }));
 *   const r = convolutionL1Gradient(store, Int32Array.of(0), Float64Array.of(1, 0, 0), 0);
 *   Math.abs(r.loss - 1) < 1e-12 && Math.abs(r.dD + 1) < 1e-12 && Math.abs(r.dK[0] + 1) < 1e-12;
 * @see arXiv:2407.09375
 */
export function convolutionL1Gradient(
  store: InputSpectra,
  idx: Int32Array,
  K: Float64Array,
  Dbar: number,
): ConvolutionL1Gradient {
  checkBatch('convolutionL1Gradient', store, idx, K);
  const { from, to, n } = store.w;
  const B = idx.length;
  const scale = 1 / (B * (to - from));
  const m = store.wasm;
  if (m === null) return convolutionL1GradientJs(store, idx, K, Dbar);
  const buf = m.ex.memory.buffer;
  new Float64Array(buf, m.K, to).set(K.subarray(0, to));
  m.ex.kernelSpectrum(m.plan, n, m.K, to, m.KF, m.a, m.b);
  new Int32Array(buf, m.idx, B).set(idx);
  if (store.precision === 'float32') m.ex.kernelSpectrum32(n, m.KF, m.KF32);
  batchPass(store, m, B, Dbar, scale, 0);
  if (store.precision === 'float32') m.ex.accToF64(n, m.acc32, m.acc);
  const res = new Float64Array(buf, m.res, 2);
  const loss = res[0] * scale;
  const dD = res[1];
  m.ex.correlation(m.plan, n, m.acc, to, m.K, m.a, m.b);
  return { loss, dK: new Float64Array(buf, m.K, to).slice(), dD };
}

/**
 * The JavaScript path of {@link convolutionL1Gradient} (the reference of the WebAssembly one; arguments validated);
 * with `predictions`, the forward half only, writing uhat there ([B, R]).
 *
 * @internal
 */
export function convolutionL1GradientJs(
  store: InputSpectra,
  idx: Int32Array,
  K: Float64Array,
  Dbar: number,
  predictions: Float64Array | null = null,
): ConvolutionL1Gradient {
  const { from, to, n, plan } = store.w;
  const B = idx.length;
  const R = to - from;
  const half = n >> 1;
  const scale = 1 / (B * R);
  const spectrum = (s: number): Float64Array | Float32Array =>
    store.spectra.subarray(s * (n + 2), (s + 1) * (n + 2));
  const window = (s: number): Float64Array | Float32Array =>
    store.windows.subarray(s * (R + 1), (s + 1) * (R + 1));
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
    const Xa = spectrum(idx[p]);
    const Xb = p + 1 < B ? spectrum(idx[p + 1]) : null;
    const ua = window(idx[p]);
    const ub = p + 1 < B ? window(idx[p + 1]) : null;
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
        predictions[p * R + t] = Y[2 * t] + Dbar * ua[t];
        if (ub !== null) predictions[(p + 1) * R + t] = -Y[2 * t + 1] + Dbar * ub[t];
      }
      continue;
    }
    for (let t = 0; t < R; t++) {
      const ra = Y[2 * t] + Dbar * ua[t] - ua[t + 1];
      const ga = ra > 0 ? scale : ra < 0 ? -scale : 0;
      loss += Math.abs(ra);
      dD += ga * ua[t];
      G[2 * t] = ga;
      if (ub !== null) {
        const rb = -Y[2 * t + 1] + Dbar * ub[t] - ub[t + 1];
        const gb = rb > 0 ? scale : rb < 0 ? -scale : 0;
        loss += Math.abs(rb);
        dD += gb * ub[t];
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
 * @param store - the set's spectra and windows (inputSpectra)
 * @param idx - the batch: rows of the store
 * @param K - kernel, length >= to
 * @param Dbar - the direct term
 * @returns predictions, shape [idx.length, to - from] row-major
 * @throws RangeError for an empty batch, a row outside the store or a short kernel
 * @example
 *   import { sequenceSet } from './sequenceSet.ts';
 *   const store = inputSpectra(sequenceSet([[1, 2, 3, 4]], { lossFrom: 0 }));
 *   const y = convolutionPredict(store, Int32Array.of(0), Float64Array.of(1, 1, 0), 0); // u[k] + u[k - 1]
 *   [1, 3, 5].every((v, k) => Math.abs(y[k] - v) < 1e-12);
 * @see arXiv:2407.09375
 */
export function convolutionPredict(
  store: InputSpectra,
  idx: Int32Array,
  K: Float64Array,
  Dbar: number,
): Float64Array {
  checkBatch('convolutionPredict', store, idx, K);
  const { from, to, n } = store.w;
  const R = to - from;
  const out = new Float64Array(idx.length * R);
  const m = store.wasm;
  if (m === null) {
    convolutionL1GradientJs(store, idx, K, Dbar, out);
    return out;
  }
  const buf = m.ex.memory.buffer;
  new Float64Array(buf, m.K, to).set(K.subarray(0, to));
  m.ex.kernelSpectrum(m.plan, n, m.K, to, m.KF, m.a, m.b);
  if (store.precision === 'float32') m.ex.kernelSpectrum32(n, m.KF, m.KF32);
  for (let c = 0; c < idx.length; c += m.predRows) {
    const part = idx.subarray(c, Math.min(idx.length, c + m.predRows));
    new Int32Array(buf, m.idx, part.length).set(part);
    batchPass(store, m, part.length, Dbar, 0, m.pred);
    out.set(new Float64Array(buf, m.pred, part.length * R), c * R);
  }
  return out;
}
