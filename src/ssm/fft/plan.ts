/**
 * Plans of the library's own float64 FFT (see src/ssm/fft/index.ts): the mixed-radix Stockham stages of a complex
 * transform of 5-smooth size m, their twiddle tables, and the real-transform plan of size n = 2m. Plans are cached
 * per size here, the one size-keyed cache of the FFT stack (the WebAssembly path lays out the same plans).
 */

/** One Stockham stage: radix r, sub-transform length len (= r * len / r) and stride s, twiddles at tw[off, ...). */
export interface Stage {
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
 * The radices of the stages of a complex transform of size m, or null when m is not 5-smooth: 2^a as radix-8
 * stages, then 4 4 (a = 3e + 1) or 4 (a = 3e + 2), a single 2 only for a = 1; the radix-3 and radix-5 stages before
 * the last stage, which keeps an even radix (it has no twiddles and, pruned, writes half its outputs).
 *
 * @param m - transform size, integer >= 1
 * @returns the radices in stage order, or null
 * @example stageRadices(20) // [5, 4]
 * @see arXiv:2407.09375
 */
export function stageRadices(m: number): number[] | null {
  let x = m;
  let twos = 0;
  while (x % 2 === 0) {
    twos++;
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
  const eights = Math.floor(twos / 3);
  const even: number[] = twos === 1 ? [2] : Array<number>(twos % 3 === 1 ? eights - 1 : eights).fill(8);
  if (twos > 1 && twos % 3 === 1) even.push(4, 4);
  if (twos % 3 === 2) even.push(4);
  if (even.length === 0) return odd;
  return [...even.slice(0, -1), ...odd, even[even.length - 1]];
}

const complexPlans = new Map<number, ComplexFftPlan>();

/**
 * The Stockham plan of a complex transform of size m (5-smooth), cached per size: the stages of
 * {@link stageRadices}, each with its twiddles w^{p k}, w = exp(-2 pi i / len), from Math.cos / Math.sin of the exact
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
  const radices = Number.isInteger(m) && m >= 1 ? stageRadices(m) : null;
  if (!radices)
    throw new RangeError(`complexFftPlan: m must be a positive integer of the form 2^a 3^b 5^c, got ${m}`);
  const stages: Stage[] = [];
  let len = m;
  let s = 1;
  let off = 0;
  for (const r of radices) {
    stages.push({ r, len, s, off });
    off += 2 * (r - 1) * (len / r);
    s *= r;
    len /= r;
  }
  const tw = new Float64Array(off);
  for (const st of stages) {
    const blocks = st.len / st.r;
    for (let p = 0; p < blocks; p++) {
      for (let k = 1; k < st.r; k++) {
        const angle = (-2 * Math.PI * ((p * k) % st.len)) / st.len;
        const o = st.off + 2 * ((st.r - 1) * p + (k - 1));
        tw[o] = Math.cos(angle);
        tw[o + 1] = Math.sin(angle);
      }
    }
  }
  plan = Object.freeze({ m, stages: Object.freeze(stages), tw });
  complexPlans.set(m, plan);
  return plan;
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
  if (!Number.isInteger(n) || n < 4 || n % 4 !== 0 || !stageRadices(n / 2)) {
    throw new RangeError(`realFftPlan: n must be a positive multiple of 4 with n / 2 5-smooth, got ${n}`);
  }
  const m = n / 2;
  const complex = complexFftPlan(m);
  const rot = new Float64Array(2 * (m / 2 + 1));
  for (let k = 0; k <= m / 2; k++) {
    const angle = (-2 * Math.PI * k) / n;
    rot[2 * k] = Math.cos(angle);
    rot[2 * k + 1] = Math.sin(angle);
  }
  plan = Object.freeze({ n, m, complex, rot, a: new Float64Array(2 * m), b: new Float64Array(2 * m) });
  realPlans.set(n, plan);
  return plan;
}
