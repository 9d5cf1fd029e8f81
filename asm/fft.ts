// AssemblyScript source of src/ssm/wasm/fftWasm.generated.ts (compiled by scripts/build-wasm.ts; not part of the
// TypeScript project: tsc does not include asm/). A float64 Stockham FFT with one complex number per v128
// (f64x2: re, im) and the fused causal-convolution pass of src/ssm/realFft.ts (causalConvolveInto), on memory laid
// out by src/ssm/wasm/wasmConvolution.ts:
//   stage table (i32): S, then per stage r, len, s, twiddle byte offset
//   twiddles, per stage, per p, per k = 1..r-1: [wr, wr, -wi, wi] (so w z = z * (wr, wr) + swap(z) * (-wi, wi))
//   C: convolutionSpectrum coefficients (8 doubles per bin pair), u (2m doubles), two work buffers (2m doubles each)
// All offsets are byte offsets; the JS side validates everything, nothing here checks bounds.

const H: f64 = 0.7071067811865476; // sqrt(1/2)
const C3: f64 = -0.5;
const S3: f64 = 0.8660254037844386; // sqrt(3) / 2
const C51: f64 = 0.30901699437494745; // cos(2 pi / 5)
const C52: f64 = -0.8090169943749473; // cos(4 pi / 5)
const S51: f64 = 0.9510565162951535; // sin(2 pi / 5)
const S52: f64 = 0.5877852522924732; // sin(4 pi / 5)

// The stages are generic over the lane type T: f64 (one complex number per v128, (re, im)) or f32 (two complex
// numbers of two interleaved transforms per v128, (re, im, re', im'), twiddles [wr x4][-wi, wi, -wi, wi]): the
// byte layout and the arithmetic are the same, lane for lane.

// (1, -1) per complex number
function conjSign<T>(): v128 {
  if (sizeof<T>() == 8) return f64x2(1.0, -1.0);
  return f32x4(1.0, -1.0, 1.0, -1.0);
}

function splat<T>(x: f64): v128 {
  if (sizeof<T>() == 8) return f64x2.splat(x);
  return f32x4.splat(<f32>x);
}

// (re, im) -> (im, re) per complex number
function swap<T>(a: v128): v128 {
  if (sizeof<T>() == 8) return v128.shuffle<f64>(a, a, 1, 0);
  return v128.shuffle<f32>(a, a, 1, 0, 3, 2);
}
// -i a = (ai, -ar)
function mulNegI<T>(a: v128): v128 {
  return v128.mul<T>(swap<T>(a), conjSign<T>());
}
// twiddle product with the expanded twiddle at t
function twMul<T>(a: v128, t: usize): v128 {
  return v128.add<T>(v128.mul<T>(a, v128.load(t)), v128.mul<T>(swap<T>(a), v128.load(t, 16)));
}
function stage8<T>(x: usize, y: usize, len: i32, s: i32, tw: usize): void {
  const mm = len >> 3;
  const d: usize = <usize>(16 * s * mm);
  const s16: usize = <usize>(16 * s);
  const hh = splat<T>(H);
  const pm = conjSign<T>();
  for (let p = 0; p < mm; p++) {
    const t = tw + <usize>(p * 7 * 32);
    let i0 = x + <usize>(16 * s * p);
    let o0 = y + <usize>(128 * s * p);
    const end = i0 + s16;
    for (; i0 < end; i0 += 16, o0 += 16) {
      const a0 = v128.load(i0);
      const a1 = v128.load(i0 + d);
      const a2 = v128.load(i0 + 2 * d);
      const a3 = v128.load(i0 + 3 * d);
      const a4 = v128.load(i0 + 4 * d);
      const a5 = v128.load(i0 + 5 * d);
      const a6 = v128.load(i0 + 6 * d);
      const a7 = v128.load(i0 + 7 * d);
      const e0 = v128.add<T>(a0, a4);
      const f0 = v128.sub<T>(a0, a4);
      const e1 = v128.add<T>(a1, a5);
      const g1 = v128.sub<T>(a1, a5);
      const f1 = v128.mul<T>(hh, v128.add<T>(g1, v128.mul<T>(swap<T>(g1), pm)));
      const e2 = v128.add<T>(a2, a6);
      const f2 = mulNegI<T>(v128.sub<T>(a2, a6));
      const e3 = v128.add<T>(a3, a7);
      const g3 = v128.sub<T>(a3, a7);
      const f3 = v128.mul<T>(hh, v128.sub<T>(v128.mul<T>(swap<T>(g3), pm), g3));
      let t0 = v128.add<T>(e0, e2);
      let t1 = v128.sub<T>(e0, e2);
      let t2 = v128.add<T>(e1, e3);
      let t3 = mulNegI<T>(v128.sub<T>(e1, e3));
      v128.store(o0, v128.add<T>(t0, t2));
      v128.store(o0 + 2 * s16, twMul<T>(v128.add<T>(t1, t3), t + 32));
      v128.store(o0 + 4 * s16, twMul<T>(v128.sub<T>(t0, t2), t + 96));
      v128.store(o0 + 6 * s16, twMul<T>(v128.sub<T>(t1, t3), t + 160));
      t0 = v128.add<T>(f0, f2);
      t1 = v128.sub<T>(f0, f2);
      t2 = v128.add<T>(f1, f3);
      t3 = mulNegI<T>(v128.sub<T>(f1, f3));
      v128.store(o0 + s16, twMul<T>(v128.add<T>(t0, t2), t));
      v128.store(o0 + 3 * s16, twMul<T>(v128.add<T>(t1, t3), t + 64));
      v128.store(o0 + 5 * s16, twMul<T>(v128.sub<T>(t0, t2), t + 128));
      v128.store(o0 + 7 * s16, twMul<T>(v128.sub<T>(t1, t3), t + 192));
    }
  }
}

// first radix-8 stage (s = 1) of an input whose upper half is zero: a4 .. a7 = 0
function first8Half<T>(x: usize, y: usize, len: i32, tw: usize): void {
  const mm = len >> 3;
  const d: usize = <usize>(16 * mm);
  const hh = splat<T>(H);
  const pm = conjSign<T>();
  for (let p = 0; p < mm; p++) {
    const t = tw + <usize>(p * 7 * 32);
    const i0 = x + <usize>(16 * p);
    const o0 = y + <usize>(128 * p);
    const e0 = v128.load(i0);
    const e1 = v128.load(i0 + d);
    const e2 = v128.load(i0 + 2 * d);
    const e3 = v128.load(i0 + 3 * d);
    const f1 = v128.mul<T>(hh, v128.add<T>(e1, v128.mul<T>(swap<T>(e1), pm)));
    const f2 = mulNegI<T>(e2);
    const f3 = v128.mul<T>(hh, v128.sub<T>(v128.mul<T>(swap<T>(e3), pm), e3));
    let t0 = v128.add<T>(e0, e2);
    let t1 = v128.sub<T>(e0, e2);
    let t2 = v128.add<T>(e1, e3);
    let t3 = mulNegI<T>(v128.sub<T>(e1, e3));
    v128.store(o0, v128.add<T>(t0, t2));
    v128.store(o0 + 32, twMul<T>(v128.add<T>(t1, t3), t + 32));
    v128.store(o0 + 64, twMul<T>(v128.sub<T>(t0, t2), t + 96));
    v128.store(o0 + 96, twMul<T>(v128.sub<T>(t1, t3), t + 160));
    t0 = v128.add<T>(e0, f2);
    t1 = v128.sub<T>(e0, f2);
    t2 = v128.add<T>(f1, f3);
    t3 = mulNegI<T>(v128.sub<T>(f1, f3));
    v128.store(o0 + 16, twMul<T>(v128.add<T>(t0, t2), t));
    v128.store(o0 + 48, twMul<T>(v128.add<T>(t1, t3), t + 64));
    v128.store(o0 + 80, twMul<T>(v128.sub<T>(t0, t2), t + 128));
    v128.store(o0 + 112, twMul<T>(v128.sub<T>(t1, t3), t + 192));
  }
}

function last8<T>(x: usize, y: usize, s: i32, half: bool): void {
  const d: usize = <usize>(16 * s);
  const hh = splat<T>(H);
  const pm = conjSign<T>();
  const end = x + d;
  let o0 = y;
  for (let i0 = x; i0 < end; i0 += 16, o0 += 16) {
    const a0 = v128.load(i0);
    const a1 = v128.load(i0 + d);
    const a2 = v128.load(i0 + 2 * d);
    const a3 = v128.load(i0 + 3 * d);
    const a4 = v128.load(i0 + 4 * d);
    const a5 = v128.load(i0 + 5 * d);
    const a6 = v128.load(i0 + 6 * d);
    const a7 = v128.load(i0 + 7 * d);
    const e0 = v128.add<T>(a0, a4);
    const f0 = v128.sub<T>(a0, a4);
    const e1 = v128.add<T>(a1, a5);
    const g1 = v128.sub<T>(a1, a5);
    const f1 = v128.mul<T>(hh, v128.add<T>(g1, v128.mul<T>(swap<T>(g1), pm)));
    const e2 = v128.add<T>(a2, a6);
    const f2 = mulNegI<T>(v128.sub<T>(a2, a6));
    const e3 = v128.add<T>(a3, a7);
    const g3 = v128.sub<T>(a3, a7);
    const f3 = v128.mul<T>(hh, v128.sub<T>(v128.mul<T>(swap<T>(g3), pm), g3));
    const t0 = v128.add<T>(e0, e2);
    const t1 = v128.sub<T>(e0, e2);
    const t2 = v128.add<T>(e1, e3);
    const t3 = mulNegI<T>(v128.sub<T>(e1, e3));
    const u0 = v128.add<T>(f0, f2);
    const u1 = v128.sub<T>(f0, f2);
    const u2 = v128.add<T>(f1, f3);
    const u3 = mulNegI<T>(v128.sub<T>(f1, f3));
    v128.store(o0, v128.add<T>(t0, t2));
    v128.store(o0 + d, v128.add<T>(u0, u2));
    v128.store(o0 + 2 * d, v128.add<T>(t1, t3));
    v128.store(o0 + 3 * d, v128.add<T>(u1, u3));
    if (half) continue;
    v128.store(o0 + 4 * d, v128.sub<T>(t0, t2));
    v128.store(o0 + 5 * d, v128.sub<T>(u0, u2));
    v128.store(o0 + 6 * d, v128.sub<T>(t1, t3));
    v128.store(o0 + 7 * d, v128.sub<T>(u1, u3));
  }
}

function stage4<T>(x: usize, y: usize, len: i32, s: i32, tw: usize): void {
  const mm = len >> 2;
  const d: usize = <usize>(16 * s * mm);
  const s16: usize = <usize>(16 * s);
  for (let p = 0; p < mm; p++) {
    const t = tw + <usize>(p * 3 * 32);
    let i0 = x + <usize>(16 * s * p);
    let o0 = y + <usize>(64 * s * p);
    const end = i0 + s16;
    for (; i0 < end; i0 += 16, o0 += 16) {
      const a0 = v128.load(i0);
      const a1 = v128.load(i0 + d);
      const a2 = v128.load(i0 + 2 * d);
      const a3 = v128.load(i0 + 3 * d);
      const t0 = v128.add<T>(a0, a2);
      const t1 = v128.sub<T>(a0, a2);
      const t2 = v128.add<T>(a1, a3);
      const t3 = mulNegI<T>(v128.sub<T>(a1, a3));
      v128.store(o0, v128.add<T>(t0, t2));
      v128.store(o0 + s16, twMul<T>(v128.add<T>(t1, t3), t));
      v128.store(o0 + 2 * s16, twMul<T>(v128.sub<T>(t0, t2), t + 32));
      v128.store(o0 + 3 * s16, twMul<T>(v128.sub<T>(t1, t3), t + 64));
    }
  }
}

function last4<T>(x: usize, y: usize, s: i32, half: bool): void {
  const d: usize = <usize>(16 * s);
  const end = x + d;
  let o0 = y;
  for (let i0 = x; i0 < end; i0 += 16, o0 += 16) {
    const a0 = v128.load(i0);
    const a1 = v128.load(i0 + d);
    const a2 = v128.load(i0 + 2 * d);
    const a3 = v128.load(i0 + 3 * d);
    const t0 = v128.add<T>(a0, a2);
    const t1 = v128.sub<T>(a0, a2);
    const t2 = v128.add<T>(a1, a3);
    const t3 = mulNegI<T>(v128.sub<T>(a1, a3));
    v128.store(o0, v128.add<T>(t0, t2));
    v128.store(o0 + d, v128.add<T>(t1, t3));
    if (half) continue;
    v128.store(o0 + 2 * d, v128.sub<T>(t0, t2));
    v128.store(o0 + 3 * d, v128.sub<T>(t1, t3));
  }
}

function stage2<T>(x: usize, y: usize, len: i32, s: i32, tw: usize): void {
  const mm = len >> 1;
  const d: usize = <usize>(16 * s * mm);
  const s16: usize = <usize>(16 * s);
  for (let p = 0; p < mm; p++) {
    const t = tw + <usize>(p * 32);
    let i0 = x + <usize>(16 * s * p);
    let o0 = y + <usize>(32 * s * p);
    const end = i0 + s16;
    for (; i0 < end; i0 += 16, o0 += 16) {
      const a = v128.load(i0);
      const b = v128.load(i0 + d);
      v128.store(o0, v128.add<T>(a, b));
      v128.store(o0 + s16, twMul<T>(v128.sub<T>(a, b), t));
    }
  }
}

function last2<T>(x: usize, y: usize, s: i32, half: bool): void {
  const d: usize = <usize>(16 * s);
  const end = x + d;
  let o0 = y;
  for (let i0 = x; i0 < end; i0 += 16, o0 += 16) {
    const a = v128.load(i0);
    const b = v128.load(i0 + d);
    v128.store(o0, v128.add<T>(a, b));
    if (half) continue;
    v128.store(o0 + d, v128.sub<T>(a, b));
  }
}

function stage3<T>(x: usize, y: usize, len: i32, s: i32, tw: usize): void {
  const mm = len / 3;
  const d: usize = <usize>(16 * s * mm);
  const s16: usize = <usize>(16 * s);
  const c3 = splat<T>(C3);
  const s3 = splat<T>(S3);
  for (let p = 0; p < mm; p++) {
    const t = tw + <usize>(p * 2 * 32);
    let i0 = x + <usize>(16 * s * p);
    let o0 = y + <usize>(48 * s * p);
    const end = i0 + s16;
    for (; i0 < end; i0 += 16, o0 += 16) {
      const a0 = v128.load(i0);
      const a1 = v128.load(i0 + d);
      const a2 = v128.load(i0 + 2 * d);
      const sm = v128.add<T>(a1, a2);
      // -i d
      const nd = mulNegI<T>(v128.mul<T>(s3, v128.sub<T>(a1, a2)));
      v128.store(o0, v128.add<T>(a0, sm));
      const mv = v128.add<T>(a0, v128.mul<T>(c3, sm));
      v128.store(o0 + s16, twMul<T>(v128.add<T>(mv, nd), t));
      v128.store(o0 + 2 * s16, twMul<T>(v128.sub<T>(mv, nd), t + 32));
    }
  }
}

function stage5<T>(x: usize, y: usize, len: i32, s: i32, tw: usize): void {
  const mm = len / 5;
  const d: usize = <usize>(16 * s * mm);
  const s16: usize = <usize>(16 * s);
  const c51 = splat<T>(C51);
  const c52 = splat<T>(C52);
  const s51 = splat<T>(S51);
  const s52 = splat<T>(S52);
  for (let p = 0; p < mm; p++) {
    const t = tw + <usize>(p * 4 * 32);
    let i0 = x + <usize>(16 * s * p);
    let o0 = y + <usize>(80 * s * p);
    const end = i0 + s16;
    for (; i0 < end; i0 += 16, o0 += 16) {
      const a0 = v128.load(i0);
      const a1 = v128.load(i0 + d);
      const a2 = v128.load(i0 + 2 * d);
      const a3 = v128.load(i0 + 3 * d);
      const a4 = v128.load(i0 + 4 * d);
      const s1 = v128.add<T>(a1, a4);
      const d1 = v128.sub<T>(a1, a4);
      const s2 = v128.add<T>(a2, a3);
      const d2 = v128.sub<T>(a2, a3);
      v128.store(o0, v128.add<T>(a0, v128.add<T>(s1, s2)));
      const m1 = v128.add<T>(a0, v128.add<T>(v128.mul<T>(c51, s1), v128.mul<T>(c52, s2)));
      const m2 = v128.add<T>(a0, v128.add<T>(v128.mul<T>(c52, s1), v128.mul<T>(c51, s2)));
      // -i n1, -i n2
      const n1 = mulNegI<T>(v128.add<T>(v128.mul<T>(s51, d1), v128.mul<T>(s52, d2)));
      const n2 = mulNegI<T>(v128.sub<T>(v128.mul<T>(s52, d1), v128.mul<T>(s51, d2)));
      v128.store(o0 + s16, twMul<T>(v128.add<T>(m1, n1), t));
      v128.store(o0 + 2 * s16, twMul<T>(v128.add<T>(m2, n2), t + 32));
      v128.store(o0 + 3 * s16, twMul<T>(v128.sub<T>(m2, n2), t + 64));
      v128.store(o0 + 4 * s16, twMul<T>(v128.sub<T>(m1, n1), t + 96));
    }
  }
}

/**
 * Forward complex transform (Z_k = sum_j z_j exp(-2 pi i j k / m)) by the stages of the table at `plan`: stage 0
 * reads src, writes bufA, then the stages alternate between bufA and bufB (src may be bufB, never bufA). halfIn:
 * z_j = 0 for j >= m/2 (src need not hold zeros there when the first stage is radix 8); halfOut: only Z_k, k < m/2
 * are written. Returns the byte offset of the result (bufA or bufB). T = f64: one transform; T = f32: two
 * interleaved float32 transforms (see the note above conjSign).
 */
export function fftT<T>(
  plan: usize,
  src: usize,
  bufA: usize,
  bufB: usize,
  halfIn: bool,
  halfOut: bool,
): usize {
  const S = load<i32>(plan);
  let cur = src;
  let dst = bufA;
  for (let i = 0; i < S; i++) {
    const e = plan + <usize>(4 + 16 * i);
    const r = load<i32>(e);
    const len = load<i32>(e, 4);
    const s = load<i32>(e, 8);
    const tw = <usize>load<i32>(e, 12);
    if (i == 0 && halfIn && r == 8 && S > 1) first8Half<T>(cur, dst, len, tw);
    else if (i == S - 1 && r == 8) last8<T>(cur, dst, s, halfOut);
    else if (i == S - 1 && r == 4) last4<T>(cur, dst, s, halfOut);
    else if (i == S - 1 && r == 2) last2<T>(cur, dst, s, halfOut);
    else if (r == 8) stage8<T>(cur, dst, len, s, tw);
    else if (r == 4) stage4<T>(cur, dst, len, s, tw);
    else if (r == 2) stage2<T>(cur, dst, len, s, tw);
    else if (r == 5) stage5<T>(cur, dst, len, s, tw);
    else stage3<T>(cur, dst, len, s, tw);
    cur = dst;
    dst = dst == bufA ? bufB : bufA;
  }
  return cur;
}

/** fftT<f64>: one float64 transform (see fftT). */
export function fft(plan: usize, src: usize, bufA: usize, bufB: usize, halfIn: bool, halfOut: bool): usize {
  return fftT<f64>(plan, src, bufA, bufB, halfIn, halfOut);
}

// complex product of c = (cr, ci) and z
function cmul(c: v128, z: v128): v128 {
  const cr = v128.shuffle<f64>(c, c, 0, 0);
  const ci = f64x2.mul(v128.shuffle<f64>(c, c, 1, 1), f64x2(-1.0, 1.0));
  return f64x2.add(f64x2.mul(z, cr), f64x2.mul(swap<f64>(z), ci));
}

/**
 * The causal convolution of realFft.causalConvolveInto: u (L doubles at `u`, zeros up to m doubles, and up to 2m
 * when the first stage is not radix 8) packed as z_j = u_{2j} + i u_{2j+1}, forward transform, the per-bin-pair
 * pass with the coefficients C, the inverse as the forward transform of the conjugate, and the output pass
 * out_t = y_t + dbar u_t written over u[0, L).
 */
export function convolve(
  plan: usize,
  m: i32,
  C: usize,
  u: usize,
  a: usize,
  b: usize,
  L: i32,
  dbar: f64,
): void {
  const Z = fft(plan, u, a, b, true, false);
  // k = 0 (pairs with m): X_0 = Re Z_0 + Im Z_0, X_m = Re Z_0 - Im Z_0
  {
    const z0r = load<f64>(Z);
    const z0i = load<f64>(Z, 8);
    const p0 = 2 * (z0r + z0i) * load<f64>(C);
    const pmv = 2 * (z0r - z0i) * load<f64>(C, 8);
    store<f64>(Z, p0 + pmv);
    store<f64>(Z, -(p0 - pmv), 8);
  }
  const half = m >> 1;
  const conj = f64x2(1.0, -1.0);
  for (let k = 1; k <= half; k++) {
    const pk = Z + <usize>(16 * k);
    const pj = Z + <usize>(16 * (m - k));
    const o = C + <usize>(64 * k);
    const z = v128.load(pk);
    const v = f64x2.mul(v128.load(pj), conj);
    const fk = f64x2.add(cmul(v128.load(o), z), cmul(v128.load(o, 16), v));
    const fj = f64x2.add(cmul(v128.load(o, 32), z), cmul(v128.load(o, 48), v));
    v128.store(pk, f64x2.mul(fk, conj));
    v128.store(pj, fj);
  }
  const R = fft(plan, Z, Z == a ? b : a, Z, false, true);
  const dd = f64x2.splat(dbar);
  const even = L & ~1;
  const end = u + <usize>(8 * even);
  let r = R;
  for (let t = u; t < end; t += 16, r += 16) {
    v128.store(t, f64x2.add(f64x2.mul(v128.load(r), conj), f64x2.mul(dd, v128.load(t))));
  }
  if (even < L) store<f64>(end, load<f64>(r) + dbar * load<f64>(end));
}

/**
 * The LegT bilinear kernel K_j = Cbar Abar^j Bbar from both ends (see src/ssm/kernel.ts, kernelTwoSided): the state
 * pair X_k = (v_k, w_k) of v = Abar^i Bbar and w = (Abar^T)^i Cbar in one v128 per k (at x; y is scratch of the
 * same size), both chains advanced together, K_{2i} = w_i . v_i and K_{2i+1} = w_i . v_{i+1} accumulated in the
 * backward pass. coef holds per k (128 bytes): (cr, g), (1, 1/p), (fwdDecay, bwdDecay), (lower, mu/p), (mu, lower),
 * (1/p, 1), (bwdDecay, fwdDecay), (bwdGain, cr). K: L doubles.
 */
export function legtKernel(coef: usize, N: i32, x: usize, y: usize, K: usize, L: i32): void {
  const two = f64x2.splat(2.0);
  for (let i = 0; ; i++) {
    const kOut = K + <usize>(16 * i);
    if (2 * i + 1 >= L) {
      let acc = f64x2.splat(0.0);
      for (let k = 0; k < N; k++) {
        const a = v128.load(x + <usize>(16 * k));
        acc = f64x2.add(acc, f64x2.mul(a, swap<f64>(a)));
      }
      store<f64>(kOut, f64x2.extract_lane(acc, 0));
      break;
    }
    let S = f64x2.splat(0.0);
    for (let k = 0; k < N; k++) {
      const c = coef + <usize>(128 * k);
      const R = f64x2.mul(two, v128.load(x + <usize>(16 * k)));
      v128.store(y + <usize>(16 * k), f64x2.mul(f64x2.sub(R, f64x2.mul(v128.load(c), S)), v128.load(c, 16)));
      S = f64x2.add(f64x2.mul(v128.load(c, 32), S), f64x2.mul(v128.load(c, 48), R));
    }
    let T = f64x2.splat(0.0);
    let acc0 = f64x2.splat(0.0);
    let acc1 = f64x2.splat(0.0);
    for (let k = N - 1; k >= 0; k--) {
      const c = coef + <usize>(128 * k);
      const py = y + <usize>(16 * k);
      const X = v128.load(x + <usize>(16 * k));
      const Z = v128.load(py);
      const Y = f64x2.sub(f64x2.mul(f64x2.sub(Z, f64x2.mul(v128.load(c, 64), T)), v128.load(c, 80)), X);
      v128.store(py, Y);
      T = f64x2.add(f64x2.mul(v128.load(c, 96), T), f64x2.mul(v128.load(c, 112), Z));
      acc0 = f64x2.add(acc0, f64x2.mul(X, swap<f64>(X)));
      acc1 = f64x2.add(acc1, f64x2.mul(X, swap<f64>(Y)));
    }
    store<f64>(kOut, f64x2.extract_lane(acc0, 0));
    store<f64>(kOut, f64x2.extract_lane(acc1, 1), 8);
    if (2 * i + 2 >= L) break;
    const t = x;
    x = y;
    y = t;
  }
}
