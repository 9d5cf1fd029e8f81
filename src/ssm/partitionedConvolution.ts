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
 * Cost model of {@link convolutionPlan}, in nanoseconds: a complex fft.js transform of size n costs
 * ~FFT_NS n log2 n while it fits in cache (n <= 2^15), ~FFT_NS_LARGE n log2 n above 2^18 (measured 0.85-1.0 vs
 * 2.0-2.5 ns, cache misses), interpolated between; a complex multiply-add of two half spectra ~MAC_NS; every block
 * pays ~BLOCK_NS n of O(n) passes (packing, separating the two real spectra, overlap-add). Fitted to timings of
 * partitionedConvolveInto on a shared 2-core machine; only the ratios matter (they pick M).
 */
export const CONVOLUTION_COST = Object.freeze({ FFT_NS: 0.9, FFT_NS_LARGE: 2.3, MAC_NS: 2.2, BLOCK_NS: 2 });

/** ns per (n log2 n) of one complex transform of size n (see CONVOLUTION_COST). */
function fftNs(n: number): number {
  const { FFT_NS, FFT_NS_LARGE } = CONVOLUTION_COST;
  const e = Math.log2(n);
  if (e <= 15) return FFT_NS;
  if (e >= 18) return FFT_NS_LARGE;
  return FFT_NS + ((FFT_NS_LARGE - FFT_NS) * (e - 15)) / 3;
}

/** Smallest block length tried by convolutionPlan (below it the per-block overhead dominates). */
const MIN_BLOCK = 64;

/**
 * The block length M (power of two) minimizing the modelled cost of convolving B real sequences of length L
 * (fftPredict no longer convolves in blocks: realFft.causalConvolveInto at a 5-smooth size measured faster for every
 * L from 10^2 to 3 10^5 at B = 1 and 2, e.g. 259 vs 398 us at L = 10^4; this plan and partitionedConvolveInto stay
 * for their callers and the public API):
 *
 *   cost(M) = ceil(B P / 2) 2 FFT(2M)  +  B P (P + 1)/2 (M + 1) MAC  +  B P 2M BLOCK,   P = ceil(L / M)
 *
 * (see CONVOLUTION_COST; FFT(n) grows faster than n log n once a transform leaves the cache)
 *
 * (two real blocks share one complex transform each way; output block s needs the s + 1 products of input blocks
 * with kernel blocks). One block (M >= L) is the plain FFT convolution of size 2M >= 2L; for L = 10^4 the model picks
 * M = 1024 or 2048 (10 or 5 blocks, transforms of size 2048 or 4096), ~2x cheaper than one transform of size 32768.
 *
 * @param L - sequence length, integer >= 1
 * @param B - number of sequences convolved with the same kernel; @default 1
 * @returns the plan { M, P, n = 2M }
 * @example convolutionPlan(10_000).P // 10
 * @see arXiv:2407.09375
 */
export function convolutionPlan(L: number, B = 1): ConvolutionPlan {
  let best: ConvolutionPlan = { M: 1, P: L, n: 2 };
  let bestCost = Infinity;
  let M = 1;
  while (M < Math.min(MIN_BLOCK, L)) M *= 2;
  for (; ; M *= 2) {
    const P = Math.ceil(L / M);
    const cost = convolutionCostNs(L, B, { M, P, n: 2 * M });
    if (cost < bestCost) {
      bestCost = cost;
      best = { M, P, n: 2 * M };
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
export function convolutionCostNs(
  L: number,
  B: number,
  plan: ConvolutionPlan = convolutionPlan(L, B),
): number {
  const { MAC_NS, BLOCK_NS } = CONVOLUTION_COST;
  const { M, P, n } = plan;
  return (
    Math.ceil((B * P) / 2) * 2 * fftNs(n) * n * Math.log2(n) +
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
 * Half spectra (bins 0..M) of two length-M blocks of real signals from one complex transform of size n = 2M (block
 * a in the real part, b in the imaginary part, both zero-padded to n), separated with the symmetry of real spectra:
 *
 *   Z = FFT(a + i b),   2 A_k = Z_k + conj(Z_{n-k}),   2 B_k = -i (Z_k - conj(Z_{n-k})).
 *
 * Writes `scale` times 2A and 2B (the 1/2 is folded into `scale`) bin-major: bin k of A goes to
 * out[offA + k step], out[offA + k step + 1] (re, im), and of B to out[offA + 2 + k step] (B is the next block).
 * a and b may be the same array. buf[2M, 4M) must be zero (the padding); only buf[0, 2M) is written.
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
  out: Float64Array,
  offA: number,
  step: number,
  hasB: boolean,
  scale: number,
): void {
  const n = 2 * M;
  const la = aEnd - aStart;
  const lb = bEnd - bStart;
  for (let k = 0; k < M; k++) {
    buf[2 * k] = k < la ? a[aStart + k] : 0;
    buf[2 * k + 1] = k < lb ? b[bStart + k] : 0;
  }
  f.transform(freq, buf);
  for (let k = 0, o = offA; k <= M; k++, o += step) {
    const j = k === 0 ? 0 : n - k;
    const zr = freq[2 * k];
    const zi = freq[2 * k + 1];
    const wr = freq[2 * j];
    const wi = freq[2 * j + 1];
    out[o] = scale * (zr + wr);
    out[o + 1] = scale * (zi - wi);
    if (hasB) {
      out[o + 2] = scale * (zi + wi);
      out[o + 3] = scale * (wr - zr);
    }
  }
}

/** The kernel block spectra of {@link kernelBlockSpectra}: P blocks, bin-major. */
export interface KernelBlockSpectra {
  readonly M: number;
  /** number of kernel blocks */
  readonly P: number;
  /** bin k of block p at data[2 (k P + p)] (re), + 1 (im); length 2 (M + 1) P */
  readonly data: Float64Array;
}

/**
 * The kernel's block spectra for block length M: the half spectra (bins 0..M) of K[pM, (p + 1)M) for p < P,
 * bin-major, stored as Khat_p / (2n) so that the factor 2 of the input spectra (left in by the separation) and the
 * factor n of the unnormalized inverse transform cancel (see partitionedConvolveInto). K must hold at least P M
 * entries.
 *
 * @param K - kernel, length >= P M
 * @param M - block length (power of two)
 * @param P - number of blocks
 * @returns the spectra
 * @internal
 */
export function kernelBlockSpectra(K: Float64Array, M: number, P: number): KernelBlockSpectra {
  const n = 2 * M;
  const f = transformOf(n);
  const data = new Float64Array(2 * (M + 1) * P);
  const buf = new Float64Array(2 * n);
  const freq = new Float64Array(2 * n);
  for (let p = 0; p < P; p += 2) {
    const hasB = p + 1 < P;
    // forwardPair returns 2 Khat; 1/(4n) makes it Khat/(2n)
    forwardPair(
      f,
      M,
      buf,
      freq,
      K,
      p * M,
      (p + 1) * M,
      K,
      (p + 1) * M,
      hasB ? (p + 2) * M : (p + 1) * M,
      data,
      2 * p,
      2 * P,
      hasB,
      1 / (4 * n),
    );
  }
  return { M, P, data };
}

/** Reusable work buffers for one block length. */
interface Workspace {
  buf: Float64Array;
  freq: Float64Array;
  /** half spectra of the input blocks of up to two sequences, bin-major [M + 1, 2P] complex */
  U: Float64Array;
  /** the packed inverse-transform inputs, ceil(2P / 2) of length 2n */
  inv: Float64Array;
  /** output spectra of one bin, [2P] complex */
  Sk: Float64Array;
}

const workspaces = new Map<number, Workspace>();

function workspaceFor(M: number, P: number): Workspace {
  const n = 2 * M;
  let w = workspaces.get(M);
  if (!w || w.Sk.length < 4 * P) {
    w = {
      buf: new Float64Array(2 * n),
      freq: new Float64Array(2 * n),
      U: new Float64Array(2 * (M + 1) * 2 * P),
      inv: new Float64Array(P * 2 * n),
      Sk: new Float64Array(4 * P),
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
 * (forward: two real blocks per transform, separated; inverse: two real output blocks per transform, through the
 * forward transform of the conjugate). Per frequency bin, the output spectra S_s = sum_{i <= s} U_i Khat_{s - i}
 * are accumulated in registers from bin-major storage. Each output sample is an exact linear combination, so the
 * result equals the plain FFT convolution to rounding (~1e-16 sum_j |K_j| |u| log n).
 *
 * @param spectra - kernel block spectra with at least plan.P blocks and block length plan.M
 * @param plan - { M, P } with P M >= L
 * @param us - B sequences, each of length >= L (only [0, L) read)
 * @param L - sequence length
 * @param out - destination [B, L], accumulated into
 * @internal
 */
export function partitionedConvolveInto(
  spectra: KernelBlockSpectra,
  plan: ConvolutionPlan,
  us: readonly Float64Array[],
  L: number,
  out: Float64Array,
): void {
  const { M, P } = plan;
  const n = 2 * M;
  const f = transformOf(n);
  const Kh = spectra.data;
  const Pk = spectra.P;
  const { buf, freq, U, inv, Sk } = workspaceFor(M, P);
  // buf[2M, 4M) is the zero padding of every forward transform
  buf.fill(0, n, 2 * n);
  for (let b0 = 0; b0 < us.length; b0 += 2) {
    const G = Math.min(2, us.length - b0);
    const nb = G * P;
    // forward: blocks q = g P + i (sequence g of the group, block i), paired (q, q + 1)
    for (let q = 0; q < nb; q += 2) {
      const ga = Math.floor(q / P);
      const ia = q - ga * P;
      const hasB = q + 1 < nb;
      const gb = hasB ? Math.floor((q + 1) / P) : ga;
      const ib = hasB ? q + 1 - gb * P : ia;
      forwardPair(
        f,
        M,
        buf,
        freq,
        us[b0 + ga],
        ia * M,
        Math.min((ia + 1) * M, L),
        us[b0 + gb],
        ib * M,
        hasB ? Math.min((ib + 1) * M, L) : ib * M,
        U,
        2 * q,
        2 * nb,
        hasB,
        1,
      );
    }
    // per bin: S_q for every output block q of the group, then packed in pairs (conjugated: the inverse is the
    // forward transform of the conjugate, and the 1/n is in Khat)
    for (let k = 0; k <= M; k++) {
      const uo = 2 * k * nb;
      const ko = 2 * k * Pk;
      for (let g = 0; g < G; g++) {
        const ug = uo + 2 * g * P;
        for (let s = 0; s < P; s++) {
          let re = 0;
          let im = 0;
          for (let i = 0, ki = ko + 2 * s; i <= s; i++, ki -= 2) {
            const ur = U[ug + 2 * i];
            const ui = U[ug + 2 * i + 1];
            const kr = Kh[ki];
            const kim = Kh[ki + 1];
            re += ur * kr - ui * kim;
            im += ur * kim + ui * kr;
          }
          Sk[2 * (g * P + s)] = re;
          Sk[2 * (g * P + s) + 1] = im;
        }
      }
      const mirror = k > 0 && k < M;
      for (let q = 0; q < nb; q += 2) {
        const sar = Sk[2 * q];
        const sai = Sk[2 * q + 1];
        const hasB = q + 1 < nb;
        const sbr = hasB ? Sk[2 * q + 2] : 0;
        const sbi = hasB ? Sk[2 * q + 3] : 0;
        const o = (q >> 1) * 2 * n;
        inv[o + 2 * k] = sar - sbi;
        inv[o + 2 * k + 1] = -(sai + sbr);
        if (mirror) {
          inv[o + 2 * (n - k)] = sar + sbi;
          inv[o + 2 * (n - k) + 1] = sai - sbr;
        }
      }
    }
    for (let q = 0; q < nb; q += 2) {
      const o = (q >> 1) * 2 * n;
      f.transform(freq, inv.subarray(o, o + 2 * n));
      // real part: output block q in the time domain (length 2M); minus the imaginary part: block q + 1
      addBlock(freq, 0, 1, q, P, M, L, out, b0);
      if (q + 1 < nb) addBlock(freq, 1, -1, q + 1, P, M, L, out, b0);
    }
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
