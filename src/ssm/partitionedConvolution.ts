import FFT from 'fft.js';

/**
 * How a causal convolution of length L is cut into blocks: the input and the kernel are split into P blocks of M
 * samples (P M >= L), every block is transformed with an FFT of size n = 2 M, and output block s collects
 * sum_{i + p = s} U_i Khat_p (uniformly partitioned convolution, overlap-add).
 */
export interface ConvolutionPlan {
  /** block length, a power of two */
  readonly M: number;
  /** number of blocks, ceil(L / M) */
  readonly P: number;
  /** FFT size 2 M */
  readonly n: number;
}

/**
 * Cost model of {@link convolutionPlan}, in nanoseconds: a complex fft.js transform of size n costs ~FFT_NS n log2 n,
 * a complex multiply-add of two half spectra ~MAC_NS, and every block pays ~BLOCK_NS n of O(n) passes (packing,
 * separating the two real spectra, overlap-add). Fitted on bench/run.ts (W0) on a shared 2-core machine; only the
 * ratios matter (they pick M).
 */
export const CONVOLUTION_COST = Object.freeze({ FFT_NS: 1.2, MAC_NS: 2.2, BLOCK_NS: 2 });

/** Smallest block length tried by convolutionPlan (below it the per-block overhead dominates). */
const MIN_BLOCK = 64;

/**
 * The block length M (power of two) minimizing the modelled cost of convolving B real sequences of length L:
 *
 *   cost(M) = ceil(B P / 2) 2 FFT(2M)  +  B P (P + 1)/2 (M + 1) MAC  +  B P 2M BLOCK,   P = ceil(L / M)
 *
 * (two real blocks share one complex transform each way; output block s needs the s + 1 products of input blocks
 * with kernel blocks). One block (M >= L) is the plain FFT convolution of size 2M >= 2L; for L = 10^4 the model picks
 * M = 2048 (5 blocks, transforms of size 4096), about 1.5x cheaper than one transform of size 32768.
 *
 * @param L - sequence length, integer >= 1
 * @param B - number of sequences convolved with the same kernel; @default 1
 * @returns the plan { M, P, n = 2M }
 * @example convolutionPlan(10_000) // { M: 2048, P: 5, n: 4096 }
 * @see arXiv:2407.09375
 */
export function convolutionPlan(L: number, B = 1): ConvolutionPlan {
  const { FFT_NS, MAC_NS, BLOCK_NS } = CONVOLUTION_COST;
  let best: ConvolutionPlan = { M: 1, P: L, n: 2 };
  let bestCost = Infinity;
  let M = 1;
  while (M < Math.min(MIN_BLOCK, L)) M *= 2;
  for (; ; M *= 2) {
    const P = Math.ceil(L / M);
    const n = 2 * M;
    const cost =
      Math.ceil((B * P) / 2) * 2 * FFT_NS * n * Math.log2(n) +
      ((B * P * (P + 1)) / 2) * (M + 1) * MAC_NS +
      B * P * n * BLOCK_NS;
    if (cost < bestCost) {
      bestCost = cost;
      best = { M, P, n };
    }
    if (P === 1) break;
  }
  return best;
}

/**
 * The modelled cost (ns) of convolving B sequences of length L with plan `plan`; used by predictNext's 'auto' mode.
 *
 * @internal
 */
export function convolutionCostNs(L: number, B: number, plan: ConvolutionPlan = convolutionPlan(L, B)): number {
  const { FFT_NS, MAC_NS, BLOCK_NS } = CONVOLUTION_COST;
  const { M, P, n } = plan;
  return (
    Math.ceil((B * P) / 2) * 2 * FFT_NS * n * Math.log2(n) +
    ((B * P * (P + 1)) / 2) * (M + 1) * MAC_NS +
    B * P * n * BLOCK_NS
  );
}

const transforms = new Map<number, FFT>();

/**
 * The fft.js transform of size n, created once per size.
 *
 * @internal
 */
export function transformOf(n: number): FFT {
  let f = transforms.get(n);
  if (!f) {
    f = new FFT(n);
    transforms.set(n, f);
  }
  return f;
}

/**
 * Half spectra (bins 0..M, interleaved re/im, 2 (M + 1) numbers each) of consecutive length-M blocks of real
 * signals, two blocks per complex transform of size n = 2M (block a in the real part, b in the imaginary part, both
 * zero-padded to n), separated with the symmetry of real spectra:
 *
 *   Z = FFT(a + i b),   2 A_k = Z_k + conj(Z_{n-k}),   2 B_k = -i (Z_k - conj(Z_{n-k})).
 *
 * Writes `scale` times 2A and 2B (the 1/2 is folded into `scale`); a and b may be the same array.
 */
function forwardPair(
  f: FFT,
  M: number,
  buf: Float64Array,
  freq: Float64Array,
  a: Float64Array,
  aStart: number,
  aEnd: number,
  b: Float64Array,
  bStart: number,
  bEnd: number,
  outA: Float64Array,
  offA: number,
  outB: Float64Array | null,
  offB: number,
  scale: number,
): void {
  const n = 2 * M;
  // only the first M complex entries carry data; the rest of the zero padding is written once (fill below)
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  for (let k = 0; k < M; k++) {
    buf[2 * k] = k < la ? a[aStart + k] : 0;
    buf[2 * k + 1] = k < lb ? b[bStart + k] : 0;
  }
  f.transform(freq, buf);
  for (let k = 0; k <= M; k++) {
    const j = k === 0 ? 0 : n - k;
    const zr = freq[2 * k];
    const zi = freq[2 * k + 1];
    const wr = freq[2 * j];
    const wi = freq[2 * j + 1];
    outA[offA + 2 * k] = scale * (zr + wr);
    outA[offA + 2 * k + 1] = scale * (zi - wi);
    if (outB) {
      outB[offB + 2 * k] = scale * (zi + wi);
      outB[offB + 2 * k + 1] = scale * (wr - zr);
    }
  }
}

/**
 * The kernel's block spectra for plan block length M: P half spectra of K[pM, (p + 1)M), stored back to back
 * (2 (M + 1) numbers each), stored as Khat_p / (2n) so that the factor 2 of the input spectra (left in by the
 * separation) and the factor n of the unnormalized inverse transform cancel (see partitionedConvolveInto). K must hold at least P M entries.
 *
 * @param K - kernel, length >= P M
 * @param M - block length (power of two)
 * @param P - number of blocks
 * @returns Float64Array of length P 2 (M + 1)
 * @internal
 */
export function kernelBlockSpectra(K: Float64Array, M: number, P: number): Float64Array {
  const n = 2 * M;
  const f = transformOf(n);
  const stride = 2 * (M + 1);
  const out = new Float64Array(P * stride);
  const buf = new Float64Array(2 * n);
  const freq = new Float64Array(2 * n);
  // the 1/2 of the separation is part of the 1/(4n): forwardPair returns 2 Khat
  const scale = 1 / (4 * n);
  for (let p = 0; p < P; p += 2) {
    const hasB = p + 1 < P;
    forwardPair(
      f,
      M,
      buf,
      freq,
      K,
      p * M,
      (p + 1) * M,
      K,
      hasB ? (p + 1) * M : 0,
      hasB ? (p + 2) * M : 0,
      out,
      p * stride,
      hasB ? out : null,
      (p + 1) * stride,
      scale,
    );
  }
  return out;
}

/** Reusable work buffers for one block length. */
interface Workspace {
  buf: Float64Array;
  freq: Float64Array;
  /** half spectra of the input blocks of up to two sequences, [2P, 2(M+1)] */
  U: Float64Array;
}

const workspaces = new Map<number, Workspace>();

function workspaceFor(M: number, P: number): Workspace {
  const n = 2 * M;
  const need = 2 * P * 2 * (M + 1);
  let w = workspaces.get(M);
  if (!w || w.U.length < need) {
    w = {
      buf: new Float64Array(2 * n),
      freq: new Float64Array(2 * n),
      U: new Float64Array(need),
    };
    workspaces.set(M, w);
  }
  return w;
}

/**
 * Adds the causal convolution of every sequence with the kernel to `out` (row-major [B, L]):
 *
 *   out[b L + k] += sum_{j=0..k} K_j us[b][k - j],   k < L,
 *
 * by uniformly partitioned FFT convolution with plan (M, P) and the kernel block spectra of kernelBlockSpectra (at
 * least P blocks). Sequences are taken two at a time so that all their 2P blocks pair up in complex transforms
 * (forward: two real blocks per transform, separated; inverse: two real output blocks per transform). Each output
 * sample is an exact linear combination, so the result equals the plain FFT convolution to rounding
 * (~1e-16 sum_j |K_j| |u| log n).
 *
 * @param Khat - kernel block spectra (kernelBlockSpectra(K, M, >= P))
 * @param plan - { M, P } with P M >= L
 * @param us - B sequences, each of length >= L (only [0, L) read)
 * @param L - sequence length
 * @param out - destination [B, L], accumulated into
 * @internal
 */
export function partitionedConvolveInto(
  Khat: Float64Array,
  plan: ConvolutionPlan,
  us: readonly Float64Array[],
  L: number,
  out: Float64Array,
): void {
  const { M, P } = plan;
  const n = 2 * M;
  const f = transformOf(n);
  const stride = 2 * (M + 1);
  const { buf, freq, U } = workspaceFor(M, P);
  // the upper half of buf is the zero padding of the forward transforms; the inverse pass overwrites it
  const zeroPad = () => buf.fill(0, n, 2 * n);
  zeroPad();
  for (let b0 = 0; b0 < us.length; b0 += 2) {
    const G = Math.min(2, us.length - b0);
    const nb = G * P;
    // forward: blocks numbered q = g P + i (sequence g of the group, block i), paired (q, q + 1)
    for (let q = 0; q < nb; q += 2) {
      const ga = Math.floor(q / P);
      const ia = q - ga * P;
      const hasB = q + 1 < nb;
      const gb = hasB ? Math.floor((q + 1) / P) : 0;
      const ib = hasB ? q + 1 - gb * P : 0;
      forwardPair(
        f,
        M,
        buf,
        freq,
        us[b0 + ga],
        ia * M,
        Math.min((ia + 1) * M, L),
        us[b0 + gb],
        hasB ? ib * M : 0,
        hasB ? Math.min((ib + 1) * M, L) : 0,
        U,
        q * stride,
        hasB ? U : null,
        (q + 1) * stride,
        1,
      );
    }
    // inverse: output spectra S_s = sum_{i <= s} U_i Khat_{s - i} (accumulated in registers, per bin) for two
    // output blocks at once, packed into one transform via the forward transform of the conjugate (the 1/n is in
    // Khat)
    for (let q = 0; q < nb; q += 2) {
      const hasB = q + 1 < nb;
      const ga = Math.floor(q / P);
      const sA = q - ga * P;
      const uA = ga * P * stride;
      const gb = hasB ? Math.floor((q + 1) / P) : 0;
      const sB = hasB ? q + 1 - gb * P : -1;
      const uB = gb * P * stride;
      for (let k = 0; k < stride; k += 2) {
        let sar = 0;
        let sai = 0;
        for (let i = 0; i <= sA; i++) {
          const uo = uA + i * stride + k;
          const ko = (sA - i) * stride + k;
          const ur = U[uo];
          const ui = U[uo + 1];
          const kr = Khat[ko];
          const ki = Khat[ko + 1];
          sar += ur * kr - ui * ki;
          sai += ur * ki + ui * kr;
        }
        let sbr = 0;
        let sbi = 0;
        for (let i = 0; i <= sB; i++) {
          const uo = uB + i * stride + k;
          const ko = (sB - i) * stride + k;
          const ur = U[uo];
          const ui = U[uo + 1];
          const kr = Khat[ko];
          const ki = Khat[ko + 1];
          sbr += ur * kr - ui * ki;
          sbi += ur * ki + ui * kr;
        }
        buf[k] = sar - sbi;
        buf[k + 1] = -(sai + sbr);
        if (k > 0 && k < 2 * M) {
          const j = 2 * n - k;
          buf[j] = sar + sbi;
          buf[j + 1] = sai - sbr;
        }
      }
      f.transform(freq, buf);
      // real part: output block a in the time domain (length 2M); minus the imaginary part: block b
      addBlock(freq, 0, 1, q, P, M, L, out, b0);
      if (hasB) addBlock(freq, 1, -1, q + 1, P, M, L, out, b0);
    }
    zeroPad();
  }
}

/** Overlap-add of one inverse-transformed output block q = g P + s into out (sign flips the imaginary part). */
function addBlock(
  freq: Float64Array,
  part: number,
  sign: number,
  q: number,
  P: number,
  M: number,
  L: number,
  out: Float64Array,
  b0: number,
): void {
  const g = Math.floor(q / P);
  const s = q - g * P;
  const base = (b0 + g) * L;
  const start = s * M;
  const end = Math.min(start + 2 * M, L);
  for (let t = start, k = 0; t < end; t++, k++) out[base + t] += sign * freq[2 * k + part];
}
