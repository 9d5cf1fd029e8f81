/**
 * The library's own float64 FFT for the convolution path: a mixed-radix (8, 4, 2, 3, 5) Stockham complex transform
 * with precomputed twiddle tables, a real-input transform of size n = 2m through one complex transform of size m, and
 * a fused causal convolution (copy, transform, one per-bin pass, inverse, output pass: no allocation per call), with
 * the known-zero upper half of the padded input and the unused upper half of the output pruned from the transforms.
 *
 * Why not fft.js here (design.md prefers a maintained package for generic needs): fft.js only has power-of-two sizes,
 * so a convolution of length L = 10^4 needs a transform of size 32768 where 20480 (= 2^12 5) suffices, and its real
 * transform still runs a complex transform of size n. predictNext once per sequence (bench W0) is bound by exactly
 * these two transforms. Measured (bench/realFft.bench.ts, shared 2-core AMD EPYC, Node 20, ns per n log2 n, +-15%
 * run to run): at powers of two the complex transform is on par with fft.js (0.78-0.84 vs 0.71-0.88 at 2^14, 2^15),
 * the gain is elsewhere: the size 20480 (0.84) instead of 32768, the pruned halves and the fused passes make one
 * convolution of L = 10^4 ~260 us instead of ~470 us with fft.js blocks. fft.js stays where sizes are powers of two
 * anyway (src/sweep, src/train, kernelSpectrum).
 *
 * The FFT path (fftPredict) runs the same algorithm compiled to WebAssembly SIMD when available
 * (wasm/wasmConvolution.ts, ~3x faster: ~87 us for L = 10^4); this JS version is the fallback and the reference.
 */
import { wasmConvolutionAvailable } from './wasm/wasmConvolution.ts';

/** One Stockham stage: radix r, sub-transform length len (= r * mm) and stride s, twiddles at tw[off, ...). */
interface Stage {
  readonly r: number;
  readonly len: number;
  readonly s: number;
  readonly off: number;
}

/** A complex transform of size m: its stages and twiddle table (see {@link complexFftPlan}). */
export interface ComplexFftPlan {
  /** transform size */
  readonly m: number;
  readonly stages: readonly Stage[];
  /** twiddles w^{p k} (interleaved re, im) of every stage, k = 1..r-1, p = 0..len/r - 1 */
  readonly tw: Float64Array;
}

/** A real transform of size n = 2m (see {@link realFftPlan}). */
export interface RealFftPlan {
  /** real transform size, a multiple of 4 */
  readonly n: number;
  /** complex size n / 2 */
  readonly m: number;
  readonly complex: ComplexFftPlan;
  /** W^k = exp(-2 pi i k / n), k = 0..m/2, interleaved */
  readonly rot: Float64Array;
  /** two work buffers of 2m entries each, shared by every call with this plan (single-threaded) */
  readonly a: Float64Array;
  readonly b: Float64Array;
}

/**
 * Relative cost per point and per bit (one stage of radix r counts log2 r bits) of each radix, radix 4 = 1, from
 * per-stage timings at m = 10240 (radix 8 ~0.65 ns, 4 ~0.6, 5 ~0.87, 2 ~1.3 per point and bit); only ratios matter.
 */
const RADIX_COST: Readonly<Record<number, number>> = Object.freeze({
  2: 2.2,
  3: 1.5,
  4: 1,
  5: 1.45,
  8: 1.05,
});

function factorize(m: number): number[] | null {
  let x = m;
  let a = 0;
  while (x % 2 === 0) {
    a++;
    x /= 2;
  }
  const odd: number[] = [];
  for (const r of [3, 5]) {
    while (x % r === 0) {
      odd.push(r);
      x /= r;
    }
  }
  if (x !== 1) return null;
  // 2^a as radix 8 stages, then 4 4 (a = 3e + 1) or 4 (a = 3e + 2); a single 2 only for a = 1
  const e = Math.floor(a / 3);
  const even: number[] = a === 1 ? [2] : Array<number>(a % 3 === 1 ? e - 1 : e).fill(8);
  if (a > 1 && a % 3 === 1) even.push(4, 4);
  if (a % 3 === 2) even.push(4);
  if (even.length === 0) return odd;
  // the last stage has no twiddles (and, pruned, half its outputs): keep an even radix there
  return [...even.slice(0, -1), ...odd, even[even.length - 1]];
}

/** Modelled cost of a complex transform of size m (arbitrary units), or Infinity when m is not 5-smooth. */
function complexCost(m: number): number {
  const rs = factorize(m);
  if (!rs) return Infinity;
  return m * rs.reduce((c, r) => c + RADIX_COST[r] * Math.log2(r), 0);
}

/**
 * The real transform size the convolution path uses for a linear convolution of total length `minLength`: the
 * n = 2m >= minLength, m even and 5-smooth (m = 2^a 3^b 5^c), of smallest modelled cost (RADIX_COST per stage; e.g.
 * 20480 = 2 * 2^11 * 5 rather than 20000 = 2 * 2^4 5^4 for minLength 19999: 2.4% more points, three radix-5 stages
 * fewer, measured 20% faster). Memoized per minLength.
 *
 * @param minLength - needed length (e.g. 2L - 1 for the causal convolution of two length-L sequences), integer >= 1
 * @returns n, a multiple of 4 >= max(4, minLength)
 * @example fastRealFftSize(19_999) === 20_480; fastRealFftSize(1999) === 2048
 * @see arXiv:2407.09375
 */
export function fastRealFftSize(minLength: number): number {
  const need = Math.max(2, Math.ceil(minLength / 2));
  let n = fastSizes.get(need);
  if (n === undefined) {
    let best = 0;
    let bestCost = Infinity;
    // candidates m = 2^a 3^b 5^c >= need, a >= 1; a power of two is within 2x, so larger m never win
    for (let p5 = 1; p5 <= 2 * need; p5 *= 5) {
      for (let p35 = p5; p35 <= 2 * need; p35 *= 3) {
        let m = 2 * p35;
        while (m < need) m *= 2;
        const c = complexCost(m);
        if (c < bestCost) {
          bestCost = c;
          best = m;
        }
      }
    }
    n = 2 * best;
    fastSizes.set(need, n);
  }
  return n;
}

const fastSizes = new Map<number, number>();

/**
 * Cost model of {@link causalConvolveInto}, in nanoseconds: one call (two complex transforms of size n/2 and three
 * O(n) passes) costs ~NS n log2 n for n = fastRealFftSize(2L - 1), measured 0.95-1.05 for n from 2048 to 614400 on
 * a shared 2-core machine (radix-3 sizes up to ~1.3); NS_WASM for the WebAssembly SIMD version the FFT path uses
 * when available (wasm/wasmConvolution.ts), measured 0.27-0.35 for n from 2048 to 204800, 0.44 at 2^21.
 */
export const REAL_FFT_CONVOLUTION_COST = Object.freeze({ NS: 1.05, NS_WASM: 0.4 });

/**
 * The modelled cost (ns) of the FFT path's convolutions of B sequences of length L (see REAL_FFT_CONVOLUTION_COST);
 * used by predictNext's 'auto' mode.
 *
 * @internal
 */
export function realFftConvolutionCostNs(L: number, B: number): number {
  if (L === 0 || B === 0) return 0;
  const n = fastRealFftSize(2 * L - 1);
  const ns = wasmConvolutionAvailable() ? REAL_FFT_CONVOLUTION_COST.NS_WASM : REAL_FFT_CONVOLUTION_COST.NS;
  return B * ns * n * Math.log2(n);
}

const complexPlans = new Map<number, ComplexFftPlan>();

/**
 * The Stockham plan of a complex transform of size m (5-smooth), cached per size: stages of radix 8 (then 4 or 2),
 * 3 and 5 (an even radix last), each with its twiddles w^{p k}, w = exp(-2 pi i / len), precomputed with Math.cos / Math.sin of the exact
 * angle (no recurrence, so no error growth in the table).
 *
 * @param m - transform size, integer >= 1 with no prime factor above 5
 * @returns the plan
 * @throws RangeError when m is not a 5-smooth positive integer
 * @example complexFftPlan(20).stages.map((s) => s.r) // [5, 4]
 * @see arXiv:2407.09375
 */
export function complexFftPlan(m: number): ComplexFftPlan {
  let plan = complexPlans.get(m);
  if (plan) return plan;
  const rs = Number.isInteger(m) && m >= 1 ? factorize(m) : null;
  if (!rs)
    throw new RangeError(`complexFftPlan: m must be a positive integer of the form 2^a 3^b 5^c, got ${m}`);
  const stages: Stage[] = [];
  let len = m;
  let s = 1;
  let off = 0;
  for (const r of rs) {
    stages.push({ r, len, s, off });
    off += 2 * (r - 1) * (len / r);
    s *= r;
    len /= r;
  }
  const tw = new Float64Array(off);
  for (const st of stages) {
    const mm = st.len / st.r;
    for (let p = 0; p < mm; p++) {
      for (let k = 1; k < st.r; k++) {
        const ang = (-2 * Math.PI * ((p * k) % st.len)) / st.len;
        const o = st.off + 2 * ((st.r - 1) * p + (k - 1));
        tw[o] = Math.cos(ang);
        tw[o + 1] = Math.sin(ang);
      }
    }
  }
  plan = Object.freeze({ m, stages: Object.freeze(stages), tw });
  complexPlans.set(m, plan);
  return plan;
}

const C3 = -0.5;
const S3 = Math.sqrt(3) / 2;
const C51 = Math.cos((2 * Math.PI) / 5);
const C52 = Math.cos((4 * Math.PI) / 5);
const S51 = Math.sin((2 * Math.PI) / 5);
const S52 = Math.sin((4 * Math.PI) / 5);

const H = Math.SQRT1_2;

function stage8(x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array): void {
  const { len, s, off } = st;
  const mm = len >> 3;
  const d = 2 * s * mm;
  const s2 = 2 * s;
  for (let p = 0; p < mm; p++) {
    const t = off + 14 * p;
    const w1r = tw[t];
    const w1i = tw[t + 1];
    const w2r = tw[t + 2];
    const w2i = tw[t + 3];
    const w3r = tw[t + 4];
    const w3i = tw[t + 5];
    const w4r = tw[t + 6];
    const w4i = tw[t + 7];
    const w5r = tw[t + 8];
    const w5i = tw[t + 9];
    const w6r = tw[t + 10];
    const w6i = tw[t + 11];
    const w7r = tw[t + 12];
    const w7i = tw[t + 13];
    let i0 = 2 * s * p;
    let o0 = 16 * s * p;
    const end = i0 + s2;
    for (; i0 < end; i0 += 2, o0 += 2) {
      const i1 = i0 + d;
      const i2 = i1 + d;
      const i3 = i2 + d;
      const i4 = i3 + d;
      const i5 = i4 + d;
      const i6 = i5 + d;
      const i7 = i6 + d;
      // radix 2 across j, j + 4, then two 4-point DFTs (even and odd outputs)
      const a0r = x[i0];
      const a0i = x[i0 + 1];
      const a4r = x[i4];
      const a4i = x[i4 + 1];
      const e0r = a0r + a4r;
      const e0i = a0i + a4i;
      const f0r = a0r - a4r;
      const f0i = a0i - a4i;
      const a1r = x[i1];
      const a1i = x[i1 + 1];
      const a5r = x[i5];
      const a5i = x[i5 + 1];
      const e1r = a1r + a5r;
      const e1i = a1i + a5i;
      const g1r = a1r - a5r;
      const g1i = a1i - a5i;
      const f1r = H * (g1r + g1i);
      const f1i = H * (g1i - g1r);
      const a2r = x[i2];
      const a2i = x[i2 + 1];
      const a6r = x[i6];
      const a6i = x[i6 + 1];
      const e2r = a2r + a6r;
      const e2i = a2i + a6i;
      const f2r = a2i - a6i;
      const f2i = a6r - a2r;
      const a3r = x[i3];
      const a3i = x[i3 + 1];
      const a7r = x[i7];
      const a7i = x[i7 + 1];
      const e3r = a3r + a7r;
      const e3i = a3i + a7i;
      const g3r = a3r - a7r;
      const g3i = a3i - a7i;
      const f3r = H * (g3i - g3r);
      const f3i = -H * (g3r + g3i);
      // even outputs 0 2 4 6 from e
      let t0r = e0r + e2r;
      let t0i = e0i + e2i;
      let t1r = e0r - e2r;
      let t1i = e0i - e2i;
      let t2r = e1r + e3r;
      let t2i = e1i + e3i;
      let t3r = e1r - e3r;
      let t3i = e1i - e3i;
      const b0r = t0r + t2r;
      const b0i = t0i + t2i;
      const b4r = t0r - t2r;
      const b4i = t0i - t2i;
      const b2r = t1r + t3i;
      const b2i = t1i - t3r;
      const b6r = t1r - t3i;
      const b6i = t1i + t3r;
      // odd outputs 1 3 5 7 from f
      t0r = f0r + f2r;
      t0i = f0i + f2i;
      t1r = f0r - f2r;
      t1i = f0i - f2i;
      t2r = f1r + f3r;
      t2i = f1i + f3i;
      t3r = f1r - f3r;
      t3i = f1i - f3i;
      const b1r = t0r + t2r;
      const b1i = t0i + t2i;
      const b5r = t0r - t2r;
      const b5i = t0i - t2i;
      const b3r = t1r + t3i;
      const b3i = t1i - t3r;
      const b7r = t1r - t3i;
      const b7i = t1i + t3r;
      y[o0] = b0r;
      y[o0 + 1] = b0i;
      {
        y[o0 + s2] = b1r * w1r - b1i * w1i;
        y[o0 + s2 + 1] = b1r * w1i + b1i * w1r;
        y[o0 + 2 * s2] = b2r * w2r - b2i * w2i;
        y[o0 + 2 * s2 + 1] = b2r * w2i + b2i * w2r;
        y[o0 + 3 * s2] = b3r * w3r - b3i * w3i;
        y[o0 + 3 * s2 + 1] = b3r * w3i + b3i * w3r;
        y[o0 + 4 * s2] = b4r * w4r - b4i * w4i;
        y[o0 + 4 * s2 + 1] = b4r * w4i + b4i * w4r;
        y[o0 + 5 * s2] = b5r * w5r - b5i * w5i;
        y[o0 + 5 * s2 + 1] = b5r * w5i + b5i * w5r;
        y[o0 + 6 * s2] = b6r * w6r - b6i * w6i;
        y[o0 + 6 * s2 + 1] = b6r * w6i + b6i * w6r;
        y[o0 + 7 * s2] = b7r * w7r - b7i * w7i;
        y[o0 + 7 * s2 + 1] = b7r * w7i + b7i * w7r;
      }
    }
  }
}

/**
 * The last stage of radix 8 (len = 8, no twiddles): x[q + s j] -> y[q + s k]; with half, only the outputs k < 4
 * (the first half of the transform) are written.
 */
function last8(x: Float64Array, y: Float64Array, s: number, half: boolean): void {
  const d = 2 * s;
  for (let i0 = 0; i0 < d; i0 += 2) {
    const a0r = x[i0];
    const a0i = x[i0 + 1];
    const a4r = x[i0 + 4 * d];
    const a4i = x[i0 + 4 * d + 1];
    const e0r = a0r + a4r;
    const e0i = a0i + a4i;
    const f0r = a0r - a4r;
    const f0i = a0i - a4i;
    const a1r = x[i0 + d];
    const a1i = x[i0 + d + 1];
    const a5r = x[i0 + 5 * d];
    const a5i = x[i0 + 5 * d + 1];
    const e1r = a1r + a5r;
    const e1i = a1i + a5i;
    const g1r = a1r - a5r;
    const g1i = a1i - a5i;
    const f1r = H * (g1r + g1i);
    const f1i = H * (g1i - g1r);
    const a2r = x[i0 + 2 * d];
    const a2i = x[i0 + 2 * d + 1];
    const a6r = x[i0 + 6 * d];
    const a6i = x[i0 + 6 * d + 1];
    const e2r = a2r + a6r;
    const e2i = a2i + a6i;
    const f2r = a2i - a6i;
    const f2i = a6r - a2r;
    const a3r = x[i0 + 3 * d];
    const a3i = x[i0 + 3 * d + 1];
    const a7r = x[i0 + 7 * d];
    const a7i = x[i0 + 7 * d + 1];
    const e3r = a3r + a7r;
    const e3i = a3i + a7i;
    const g3r = a3r - a7r;
    const g3i = a3i - a7i;
    const f3r = H * (g3i - g3r);
    const f3i = -H * (g3r + g3i);
    const t0r = e0r + e2r;
    const t0i = e0i + e2i;
    const t1r = e0r - e2r;
    const t1i = e0i - e2i;
    const t2r = e1r + e3r;
    const t2i = e1i + e3i;
    const t3r = e1r - e3r;
    const t3i = e1i - e3i;
    const u0r = f0r + f2r;
    const u0i = f0i + f2i;
    const u1r = f0r - f2r;
    const u1i = f0i - f2i;
    const u2r = f1r + f3r;
    const u2i = f1i + f3i;
    const u3r = f1r - f3r;
    const u3i = f1i - f3i;
    y[i0] = t0r + t2r;
    y[i0 + 1] = t0i + t2i;
    y[i0 + d] = u0r + u2r;
    y[i0 + d + 1] = u0i + u2i;
    y[i0 + 2 * d] = t1r + t3i;
    y[i0 + 2 * d + 1] = t1i - t3r;
    y[i0 + 3 * d] = u1r + u3i;
    y[i0 + 3 * d + 1] = u1i - u3r;
    if (half) continue;
    y[i0 + 4 * d] = t0r - t2r;
    y[i0 + 4 * d + 1] = t0i - t2i;
    y[i0 + 5 * d] = u0r - u2r;
    y[i0 + 5 * d + 1] = u0i - u2i;
    y[i0 + 6 * d] = t1r - t3i;
    y[i0 + 6 * d + 1] = t1i + t3r;
    y[i0 + 7 * d] = u1r - u3i;
    y[i0 + 7 * d + 1] = u1i + u3r;
  }
}

/** The last stage of radix 4 (no twiddles); with half, only outputs k < 2. */
function last4(x: Float64Array, y: Float64Array, s: number, half: boolean): void {
  const d = 2 * s;
  for (let i0 = 0; i0 < d; i0 += 2) {
    const a0r = x[i0];
    const a0i = x[i0 + 1];
    const a1r = x[i0 + d];
    const a1i = x[i0 + d + 1];
    const a2r = x[i0 + 2 * d];
    const a2i = x[i0 + 2 * d + 1];
    const a3r = x[i0 + 3 * d];
    const a3i = x[i0 + 3 * d + 1];
    const t0r = a0r + a2r;
    const t0i = a0i + a2i;
    const t1r = a0r - a2r;
    const t1i = a0i - a2i;
    const t2r = a1r + a3r;
    const t2i = a1i + a3i;
    const t3r = a1r - a3r;
    const t3i = a1i - a3i;
    y[i0] = t0r + t2r;
    y[i0 + 1] = t0i + t2i;
    y[i0 + d] = t1r + t3i;
    y[i0 + d + 1] = t1i - t3r;
    if (half) continue;
    y[i0 + 2 * d] = t0r - t2r;
    y[i0 + 2 * d + 1] = t0i - t2i;
    y[i0 + 3 * d] = t1r - t3i;
    y[i0 + 3 * d + 1] = t1i + t3r;
  }
}

/** The last stage of radix 2 (no twiddles); with half, only output k = 0. */
function last2(x: Float64Array, y: Float64Array, s: number, half: boolean): void {
  const d = 2 * s;
  for (let i0 = 0; i0 < d; i0 += 2) {
    const ar = x[i0];
    const ai = x[i0 + 1];
    const br = x[i0 + d];
    const bi = x[i0 + d + 1];
    y[i0] = ar + br;
    y[i0 + 1] = ai + bi;
    if (half) continue;
    y[i0 + d] = ar - br;
    y[i0 + d + 1] = ai - bi;
  }
}

/** The first stage of radix 8 (s = 1) when the upper half of x is zero (a4 .. a7 = 0). */
function first8Half(x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array): void {
  const mm = st.len >> 3;
  const d = 2 * mm;
  for (let p = 0; p < mm; p++) {
    const t = st.off + 14 * p;
    const i0 = 2 * p;
    const o0 = 16 * p;
    const e0r = x[i0];
    const e0i = x[i0 + 1];
    const e1r = x[i0 + d];
    const e1i = x[i0 + d + 1];
    const f1r = H * (e1r + e1i);
    const f1i = H * (e1i - e1r);
    const e2r = x[i0 + 2 * d];
    const e2i = x[i0 + 2 * d + 1];
    const e3r = x[i0 + 3 * d];
    const e3i = x[i0 + 3 * d + 1];
    const f3r = H * (e3i - e3r);
    const f3i = -H * (e3r + e3i);
    // f0 = e0, f2 = -i e2
    let t0r = e0r + e2r;
    let t0i = e0i + e2i;
    let t1r = e0r - e2r;
    let t1i = e0i - e2i;
    let t2r = e1r + e3r;
    let t2i = e1i + e3i;
    let t3r = e1r - e3r;
    let t3i = e1i - e3i;
    y[o0] = t0r + t2r;
    y[o0 + 1] = t0i + t2i;
    let br = t0r - t2r;
    let bi = t0i - t2i;
    y[o0 + 8] = br * tw[t + 6] - bi * tw[t + 7];
    y[o0 + 9] = br * tw[t + 7] + bi * tw[t + 6];
    br = t1r + t3i;
    bi = t1i - t3r;
    y[o0 + 4] = br * tw[t + 2] - bi * tw[t + 3];
    y[o0 + 5] = br * tw[t + 3] + bi * tw[t + 2];
    br = t1r - t3i;
    bi = t1i + t3r;
    y[o0 + 12] = br * tw[t + 10] - bi * tw[t + 11];
    y[o0 + 13] = br * tw[t + 11] + bi * tw[t + 10];
    t0r = e0r + e2i;
    t0i = e0i - e2r;
    t1r = e0r - e2i;
    t1i = e0i + e2r;
    t2r = f1r + f3r;
    t2i = f1i + f3i;
    t3r = f1r - f3r;
    t3i = f1i - f3i;
    br = t0r + t2r;
    bi = t0i + t2i;
    y[o0 + 2] = br * tw[t] - bi * tw[t + 1];
    y[o0 + 3] = br * tw[t + 1] + bi * tw[t];
    br = t0r - t2r;
    bi = t0i - t2i;
    y[o0 + 10] = br * tw[t + 8] - bi * tw[t + 9];
    y[o0 + 11] = br * tw[t + 9] + bi * tw[t + 8];
    br = t1r + t3i;
    bi = t1i - t3r;
    y[o0 + 6] = br * tw[t + 4] - bi * tw[t + 5];
    y[o0 + 7] = br * tw[t + 5] + bi * tw[t + 4];
    br = t1r - t3i;
    bi = t1i + t3r;
    y[o0 + 14] = br * tw[t + 12] - bi * tw[t + 13];
    y[o0 + 15] = br * tw[t + 13] + bi * tw[t + 12];
  }
}

function stage4(x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array): void {
  const { len, s, off } = st;
  const mm = len >> 2;
  const d = 2 * s * mm;
  for (let p = 0; p < mm; p++) {
    const t = off + 6 * p;
    const w1r = tw[t];
    const w1i = tw[t + 1];
    const w2r = tw[t + 2];
    const w2i = tw[t + 3];
    const w3r = tw[t + 4];
    const w3i = tw[t + 5];
    let i0 = 2 * s * p;
    let o0 = 8 * s * p;
    const end = i0 + 2 * s;
    for (; i0 < end; i0 += 2, o0 += 2) {
      const i1 = i0 + d;
      const i2 = i1 + d;
      const i3 = i2 + d;
      const a0r = x[i0];
      const a0i = x[i0 + 1];
      const a1r = x[i1];
      const a1i = x[i1 + 1];
      const a2r = x[i2];
      const a2i = x[i2 + 1];
      const a3r = x[i3];
      const a3i = x[i3 + 1];
      const t0r = a0r + a2r;
      const t0i = a0i + a2i;
      const t1r = a0r - a2r;
      const t1i = a0i - a2i;
      const t2r = a1r + a3r;
      const t2i = a1i + a3i;
      const t3r = a1r - a3r;
      const t3i = a1i - a3i;
      y[o0] = t0r + t2r;
      y[o0 + 1] = t0i + t2i;
      // b1 = t1 - i t3, b2 = t0 - t2, b3 = t1 + i t3, each times its twiddle
      const b1r = t1r + t3i;
      const b1i = t1i - t3r;
      const b2r = t0r - t2r;
      const b2i = t0i - t2i;
      const b3r = t1r - t3i;
      const b3i = t1i + t3r;
      const o1 = o0 + 2 * s;
      const o2 = o1 + 2 * s;
      const o3 = o2 + 2 * s;
      y[o1] = b1r * w1r - b1i * w1i;
      y[o1 + 1] = b1r * w1i + b1i * w1r;
      y[o2] = b2r * w2r - b2i * w2i;
      y[o2 + 1] = b2r * w2i + b2i * w2r;
      y[o3] = b3r * w3r - b3i * w3i;
      y[o3 + 1] = b3r * w3i + b3i * w3r;
    }
  }
}

function stage2(x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array): void {
  const { len, s, off } = st;
  const mm = len >> 1;
  const d = 2 * s * mm;
  for (let p = 0; p < mm; p++) {
    const wr = tw[off + 2 * p];
    const wi = tw[off + 2 * p + 1];
    let i0 = 2 * s * p;
    let o0 = 4 * s * p;
    const end = i0 + 2 * s;
    for (; i0 < end; i0 += 2, o0 += 2) {
      const i1 = i0 + d;
      const ar = x[i0];
      const ai = x[i0 + 1];
      const br = x[i1];
      const bi = x[i1 + 1];
      y[o0] = ar + br;
      y[o0 + 1] = ai + bi;
      const dr = ar - br;
      const di = ai - bi;
      const o1 = o0 + 2 * s;
      y[o1] = dr * wr - di * wi;
      y[o1 + 1] = dr * wi + di * wr;
    }
  }
}

function stage3(x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array): void {
  const { len, s, off } = st;
  const mm = len / 3;
  const d = 2 * s * mm;
  for (let p = 0; p < mm; p++) {
    const t = off + 4 * p;
    const w1r = tw[t];
    const w1i = tw[t + 1];
    const w2r = tw[t + 2];
    const w2i = tw[t + 3];
    let i0 = 2 * s * p;
    let o0 = 6 * s * p;
    const end = i0 + 2 * s;
    for (; i0 < end; i0 += 2, o0 += 2) {
      const i1 = i0 + d;
      const i2 = i1 + d;
      const a0r = x[i0];
      const a0i = x[i0 + 1];
      const a1r = x[i1];
      const a1i = x[i1 + 1];
      const a2r = x[i2];
      const a2i = x[i2 + 1];
      const sr = a1r + a2r;
      const si = a1i + a2i;
      const dr = S3 * (a1r - a2r);
      const di = S3 * (a1i - a2i);
      y[o0] = a0r + sr;
      y[o0 + 1] = a0i + si;
      const mr = a0r + C3 * sr;
      const mi = a0i + C3 * si;
      // b1 = m - i d, b2 = m + i d
      const b1r = mr + di;
      const b1i = mi - dr;
      const b2r = mr - di;
      const b2i = mi + dr;
      const o1 = o0 + 2 * s;
      const o2 = o1 + 2 * s;
      y[o1] = b1r * w1r - b1i * w1i;
      y[o1 + 1] = b1r * w1i + b1i * w1r;
      y[o2] = b2r * w2r - b2i * w2i;
      y[o2 + 1] = b2r * w2i + b2i * w2r;
    }
  }
}

function stage5(x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array): void {
  const { len, s, off } = st;
  const mm = len / 5;
  const d = 2 * s * mm;
  for (let p = 0; p < mm; p++) {
    const t = off + 8 * p;
    const w1r = tw[t];
    const w1i = tw[t + 1];
    const w2r = tw[t + 2];
    const w2i = tw[t + 3];
    const w3r = tw[t + 4];
    const w3i = tw[t + 5];
    const w4r = tw[t + 6];
    const w4i = tw[t + 7];
    let i0 = 2 * s * p;
    let o0 = 10 * s * p;
    const end = i0 + 2 * s;
    for (; i0 < end; i0 += 2, o0 += 2) {
      const i1 = i0 + d;
      const i2 = i1 + d;
      const i3 = i2 + d;
      const i4 = i3 + d;
      const a0r = x[i0];
      const a0i = x[i0 + 1];
      const a1r = x[i1];
      const a1i = x[i1 + 1];
      const a2r = x[i2];
      const a2i = x[i2 + 1];
      const a3r = x[i3];
      const a3i = x[i3 + 1];
      const a4r = x[i4];
      const a4i = x[i4 + 1];
      const s1r = a1r + a4r;
      const s1i = a1i + a4i;
      const d1r = a1r - a4r;
      const d1i = a1i - a4i;
      const s2r = a2r + a3r;
      const s2i = a2i + a3i;
      const d2r = a2r - a3r;
      const d2i = a2i - a3i;
      y[o0] = a0r + s1r + s2r;
      y[o0 + 1] = a0i + s1i + s2i;
      const m1r = a0r + C51 * s1r + C52 * s2r;
      const m1i = a0i + C51 * s1i + C52 * s2i;
      const m2r = a0r + C52 * s1r + C51 * s2r;
      const m2i = a0i + C52 * s1i + C51 * s2i;
      const n1r = S51 * d1r + S52 * d2r;
      const n1i = S51 * d1i + S52 * d2i;
      const n2r = S52 * d1r - S51 * d2r;
      const n2i = S52 * d1i - S51 * d2i;
      // b1 = m1 - i n1, b4 = m1 + i n1, b2 = m2 - i n2, b3 = m2 + i n2
      const b1r = m1r + n1i;
      const b1i = m1i - n1r;
      const b4r = m1r - n1i;
      const b4i = m1i + n1r;
      const b2r = m2r + n2i;
      const b2i = m2i - n2r;
      const b3r = m2r - n2i;
      const b3i = m2i + n2r;
      const o1 = o0 + 2 * s;
      const o2 = o1 + 2 * s;
      const o3 = o2 + 2 * s;
      const o4 = o3 + 2 * s;
      y[o1] = b1r * w1r - b1i * w1i;
      y[o1 + 1] = b1r * w1i + b1i * w1r;
      y[o2] = b2r * w2r - b2i * w2i;
      y[o2 + 1] = b2r * w2i + b2i * w2r;
      y[o3] = b3r * w3r - b3i * w3i;
      y[o3 + 1] = b3r * w3i + b3i * w3r;
      y[o4] = b4r * w4r - b4i * w4i;
      y[o4 + 1] = b4r * w4i + b4i * w4r;
    }
  }
}

/**
 * Runs the forward transform Z_k = sum_j z_j exp(-2 pi i j k / m) of x (interleaved, length 2m) ping-ponging between
 * x and y (both overwritten) and returns the buffer holding the result (x after an even number of stages, else y).
 * halfIn: z_j = 0 for j >= m/2 may be assumed (x[m, 2m) need not be written; the first radix-8 stage skips it);
 * halfOut: only Z_k for k < m/2 are needed (the last stage, even radix, writes only those).
 *
 * @internal
 */
export function complexFftPingPong(
  plan: ComplexFftPlan,
  x: Float64Array,
  y: Float64Array,
  halfIn = false,
  halfOut = false,
): Float64Array {
  const { stages, tw, m } = plan;
  const S = stages.length;
  let src = x;
  let dst = y;
  for (let i = 0; i < S; i++) {
    const st = stages[i];
    if (i === 0 && halfIn && st.r === 8 && S > 1) first8Half(src, dst, st, tw);
    else {
      if (i === 0 && halfIn) src.fill(0, m, 2 * m);
      if (i === S - 1 && st.len === st.r && st.r === 8) last8(src, dst, st.s, halfOut);
      else if (i === S - 1 && st.len === st.r && st.r === 4) last4(src, dst, st.s, halfOut);
      else if (i === S - 1 && st.len === st.r && st.r === 2) last2(src, dst, st.s, halfOut);
      else if (st.r === 8) stage8(src, dst, st, tw);
      else if (st.r === 4) stage4(src, dst, st, tw);
      else if (st.r === 2) stage2(src, dst, st, tw);
      else if (st.r === 5) stage5(src, dst, st, tw);
      else stage3(src, dst, st, tw);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/**
 * Forward complex DFT of size m, Z_k = sum_{j<m} z_j exp(-2 pi i j k / m), interleaved (re, im) in and out.
 *
 * @param input - z, length 2m (not modified)
 * @param m - transform size, 5-smooth
 * @returns Z, length 2m
 * @throws RangeError when m is not 5-smooth or input.length !== 2m
 * @example complexFft(Float64Array.of(1, 0, 0, 0, 0, 0), 3) // [1, 0, 1, 0, 1, 0]
 * @see arXiv:2407.09375
 */
export function complexFft(input: Float64Array, m: number): Float64Array {
  const plan = complexFftPlan(m);
  if (input.length !== 2 * m) {
    throw new RangeError(`complexFft: input must have length 2m = ${2 * m}, got ${input.length}`);
  }
  const x = Float64Array.from(input);
  const res = complexFftPingPong(plan, x, new Float64Array(2 * m));
  return res;
}

const realPlans = new Map<number, RealFftPlan>();

/**
 * The real-transform plan of size n (n = 2m, m even and 5-smooth), cached per size with its work buffers.
 *
 * @param n - transform size, e.g. from fastRealFftSize
 * @returns the plan
 * @throws RangeError when n is not a positive multiple of 4 with n / 2 5-smooth
 * @example realFftPlan(20_480).m === 10_240
 * @see arXiv:2407.09375
 */
export function realFftPlan(n: number): RealFftPlan {
  let plan = realPlans.get(n);
  if (plan) return plan;
  if (!Number.isInteger(n) || n < 4 || n % 4 !== 0 || !factorize(n / 2)) {
    throw new RangeError(`realFftPlan: n must be a positive multiple of 4 with n / 2 5-smooth, got ${n}`);
  }
  const m = n / 2;
  const complex = complexFftPlan(m);
  const rot = new Float64Array(2 * (m / 2 + 1));
  for (let k = 0; k <= m / 2; k++) {
    const ang = (-2 * Math.PI * k) / n;
    rot[2 * k] = Math.cos(ang);
    rot[2 * k + 1] = Math.sin(ang);
  }
  plan = Object.freeze({ n, m, complex, rot, a: new Float64Array(2 * m), b: new Float64Array(2 * m) });
  realPlans.set(n, plan);
  return plan;
}

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
 * @example realFft(realFftPlan(8), Float64Array.of(1)) // all bins 1 + 0i
 * @see arXiv:2407.09375
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
    const vr = Z[2 * j];
    const vi = -Z[2 * j + 1];
    // E = (Z_k + conj Z_j) / 2, D = (Z_k - conj Z_j) / 2, X_k = E - i W^k D, X_j = conj(E + i conj(W^k) ... )
    const er = 0.5 * (zr + vr);
    const ei = 0.5 * (zi + vi);
    const dr = 0.5 * (zr - vr);
    const di = 0.5 * (zi - vi);
    const wr = rot[2 * k];
    const wi = rot[2 * k + 1];
    // q = -i W D
    const qr = wr * di + wi * dr;
    const qi = -(wr * dr - wi * di);
    X[2 * k] = er + qr;
    X[2 * k + 1] = ei + qi;
    // X_{m-k} = conj(X_{n-(m-k)}) = conj(X_{m+k}) and X_{m+k} = E - i W^{m+k} D with W^m = -1: E + i W^k D
    X[2 * j] = er - qr;
    X[2 * j + 1] = -(ei - qi);
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
 * const p = realFftPlan(16);
 * const x = Float64Array.from({ length: 16 }, (_, t) => Math.cos(t) + 0.1 * t);
 * const y = inverseRealFft(p, realFft(p, x)); // the round trip returns x, to rounding
 * x.every((v, t) => Math.abs(v - y[t]) < 1e-12)
 * @see arXiv:2407.09375
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
    const er = 0.5 * (xr + yr);
    const ei = 0.5 * (xi + yi);
    const ang = (2 * Math.PI * k) / n;
    const c = Math.cos(ang);
    const s = Math.sin(ang);
    const dr = 0.5 * (xr - yr);
    const di = 0.5 * (xi - yi);
    // O_k = W^{-k} (X_k - X_{m+k}) / 2, Z_k = E_k + i O_k, stored conjugated (the inverse through the forward)
    const or = c * dr - s * di;
    const oi = c * di + s * dr;
    F[2 * k] = (er - oi) / m;
    F[2 * k + 1] = -(ei + or) / m;
  }
  const R = complexFftPingPong(plan.complex, F, plan.b);
  const x = new Float64Array(n);
  for (let t = 0; t < n; t += 2) {
    x[t] = R[t];
    x[t + 1] = -R[t + 1];
  }
  return x;
}

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
 * const plan = realFftPlan(16); // causal convolution of L <= 8 samples with K = [1, 1] (a running pair sum)
 * const u = Float64Array.from([1, 2, 3, 4]);
 * const out = new Float64Array(4);
 * causalConvolveInto(plan, convolutionSpectrum(plan, Float64Array.from([1, 1])), u, 4, out, 0, 0);
 * [1, 3, 5, 7].every((v, t) => Math.abs(out[t] - v) < 1e-12)
 * @see arXiv:2407.09375
 */
export function convolutionSpectrum(plan: RealFftPlan, K: Float64Array): Float64Array {
  const { m, rot } = plan;
  const G = realFft(plan, K);
  const sc = 1 / (4 * m);
  const half = m >> 1;
  const out = new Float64Array(8 * (half + 1));
  out[0] = G[0] * sc;
  out[1] = G[2 * m] * sc;
  for (let k = 1; k <= half; k++) {
    const j = m - k;
    const gkr = G[2 * k] * sc;
    const gki = G[2 * k + 1] * sc;
    // conj G_j
    const hr = G[2 * j] * sc;
    const hi = -G[2 * j + 1] * sc;
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
 * Writes the causal convolution of u with the kernel K of C = convolutionSpectrum(plan, K), plus dbar u, to out:
 *
 *   out[outOffset + t] = sum_{j<=t} K_j u_{t-j} + dbar u_t,   t < L,
 *
 * exact (to rounding) when plan.n >= L + K.length - 1 (no circular wrap-around reaches t < L) and L <= n/2. One forward complex
 * transform of the packed input z_j = u_{2j} + i u_{2j+1} (a copy: the interleaved layout is the input itself), one
 * fused pass per bin pair (k, m - k) that separates the real spectrum, multiplies by the kernel spectrum and packs the
 * product for the inverse (4 complex products with the coefficients of convolutionSpectrum), one forward transform of the conjugate (= the inverse), one output pass. No allocation.
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
  const { m, a, b } = plan;
  // z_j = u_{2j} + i u_{2j+1} is zero for j >= m/2 (L <= m): only a[0, m) is written
  a.set(L === u.length ? u : u.subarray(0, L));
  a.fill(0, L, m);
  const Z = complexFftPingPong(plan.complex, a, b, true, false);
  // k = 0 (pairs with m): X_0 = Re Z_0 + Im Z_0, X_m = Re Z_0 - Im Z_0, real; P = 2 X G
  {
    const p0 = 2 * (Z[0] + Z[1]) * C[0];
    const pm = 2 * (Z[0] - Z[1]) * C[1];
    Z[0] = p0 + pm;
    Z[1] = -(p0 - pm);
  }
  const half = m >> 1;
  for (let k = 1; k <= half; k++) {
    const j = m - k;
    const o = 8 * k;
    const zr = Z[2 * k];
    const zi = Z[2 * k + 1];
    const vr = Z[2 * j];
    const vi = -Z[2 * j + 1];
    const ar = C[o];
    const ai = C[o + 1];
    const br = C[o + 2];
    const bi = C[o + 3];
    const gr = C[o + 4];
    const gi = C[o + 5];
    const dr = C[o + 6];
    const di = C[o + 7];
    // F_k = conj(alpha Z_k + beta V), F_j = gamma Z_k + delta V (see convolutionSpectrum)
    Z[2 * k] = ar * zr - ai * zi + br * vr - bi * vi;
    Z[2 * k + 1] = -(ar * zi + ai * zr + br * vi + bi * vr);
    Z[2 * j] = gr * zr - gi * zi + dr * vr - di * vi;
    Z[2 * j + 1] = gr * zi + gi * zr + dr * vi + di * vr;
  }
  // outputs t < L <= m are the complex entries j < m/2
  const R = complexFftPingPong(plan.complex, Z, Z === a ? b : a, false, true);
  // R = conj(z'), z'_j = y_{2j} + i y_{2j+1}
  const even = L & ~1;
  for (let t = 0; t < even; t += 2) {
    out[outOffset + t] = R[t] + dbar * u[t];
    out[outOffset + t + 1] = dbar * u[t + 1] - R[t + 1];
  }
  if (even < L) out[outOffset + even] = R[even] + dbar * u[even];
}
