// AssemblyScript source of src/fit/wasm/trainWasm.generated.ts (compiled by scripts/build-wasm.ts; not part of the
// TypeScript project). The hot loops of the analytic trainer (src/fit/convolutionL1Gradient.ts,
// src/fit/statesL1Gradient.ts), on memory laid out by src/fit/wasm/trainWasm.ts:
//   FFT stage table and expanded twiddles as in asm/fft.ts (the generated Stockham stages, driven by asm/stockham.ts:
//   fftT<f64> for float64, fftT<f32> for two interleaved float32 transforms)
//   spectra rows (n/2 + 1 complex) and input windows u[from .. to] (R + 1 values), float64 or float32, work buffers
//   float32 states rows [R, N] (N a multiple of 4)
// All offsets are byte offsets; the JS side validates everything, nothing here checks bounds.
import { cmul, swap } from './complex';
import { fftT } from './stockham';

/** KF = FFT_n(K zero-padded) / n for K of T doubles at `K`; a, b: work buffers of 2n doubles (b may be KF). */
export function kernelSpectrum(plan: usize, n: i32, K: usize, T: i32, KF: usize, a: usize, b: usize): void {
  memory.fill(b, 0, <usize>(16 * n));
  for (let j = 0; j < T; j++) store<f64>(b + <usize>(16 * j), load<f64>(K + <usize>(8 * j)));
  const R = fftT<f64>(plan, b, a, b, false, false);
  const s = f64x2.splat(1.0 / <f64>n);
  for (let k = 0; k < n; k++) v128.store(KF + <usize>(16 * k), f64x2.mul(v128.load(R + <usize>(16 * k)), s));
}

/**
 * The batch pass of convolutionL1Gradient (see its TSDoc): per pair (a, b) of the sequences listed at idx (i32),
 * Z = Xa + i Xb from the rotated half spectra, y' = IFFT(Z KF n) on [0, R) (lower half only), the residuals
 * r = y' + dbar u[t] - u[t + 1] of both sequences in the two f64x2 lanes, g = sign(r) scale, and
 * acc += FFT(g_a + i g_b) conj(Z). res[0] = sum |r|, res[1] = sum g u. With pred != 0 the predictions
 * y' + dbar u are written there ([B, R] doubles) instead and nothing is accumulated.
 */
export function pairs(
  plan: usize,
  n: i32,
  KF: usize,
  idx: usize,
  B: i32,
  spec: usize,
  specStride: i32,
  inp: usize,
  inStride: i32,
  R: i32,
  dbar: f64,
  scale: f64,
  acc: usize,
  a: usize,
  b: usize,
  pred: usize,
  res: usize,
): void {
  const half = n >> 1;
  const conj = f64x2(1.0, -1.0);
  const negRe = f64x2(-1.0, 1.0);
  const zero = f64x2.splat(0.0);
  const sc = f64x2.splat(scale);
  const dd = f64x2.splat(dbar);
  if (pred == 0) memory.fill(acc, 0, <usize>(16 * n));
  let lossAcc = zero;
  let dAcc = zero;
  for (let p = 0; p < B; p += 2) {
    const hasB = p + 1 < B;
    const sa = load<i32>(idx + <usize>(4 * p));
    const sb = hasB ? load<i32>(idx + <usize>(4 * (p + 1))) : sa;
    const Xa = spec + <usize>(sa * specStride);
    const Xb = spec + <usize>(sb * specStride);
    const mb = hasB ? f64x2(1.0, 1.0) : f64x2(1.0, 0.0);
    const bScale = hasB ? 1.0 : 0.0;
    const xbS = f64x2.splat(bScale);
    // conj(Z K^) into b, over all n bins (X_{n-k} = conj X_k, K^_{n-k} = conj K^_k)
    for (let k = 0; k <= half; k++) {
      const xa = v128.load(Xa + <usize>(16 * k));
      const xb = f64x2.mul(v128.load(Xb + <usize>(16 * k)), xbS);
      const kk = v128.load(KF + <usize>(16 * k));
      const z = f64x2.add(xa, f64x2.mul(swap<f64>(xb), negRe));
      v128.store(b + <usize>(16 * k), f64x2.mul(cmul<f64>(kk, z), conj));
      if (k != 0 && k != half) {
        const v = f64x2.add(f64x2.mul(xa, conj), swap<f64>(xb));
        v128.store(b + <usize>(16 * (n - k)), f64x2.mul(cmul<f64>(f64x2.mul(kk, conj), v), conj));
      }
    }
    const Y = fftT<f64>(plan, b, a, b, false, true);
    const G = Y == a ? b : a;
    const ua = inp + <usize>(sa * inStride);
    const ub = inp + <usize>(sb * inStride);
    if (pred != 0) {
      const pa = pred + <usize>(8 * p * R);
      const pb = pa + <usize>(8 * R);
      for (let t = 0; t < R; t++) {
        const u0 = f64x2.replace_lane(
          f64x2.splat(load<f64>(ua + <usize>(8 * t))),
          1,
          load<f64>(ub + <usize>(8 * t)),
        );
        const y = f64x2.add(f64x2.mul(v128.load(Y + <usize>(16 * t)), conj), f64x2.mul(dd, u0));
        store<f64>(pa + <usize>(8 * t), f64x2.extract_lane(y, 0));
        if (hasB) store<f64>(pb + <usize>(8 * t), f64x2.extract_lane(y, 1));
      }
      continue;
    }
    for (let t = 0; t < R; t++) {
      const o = <usize>(8 * t);
      const u0 = f64x2.replace_lane(f64x2.splat(load<f64>(ua + o)), 1, load<f64>(ub + o));
      const u1 = f64x2.replace_lane(f64x2.splat(load<f64>(ua + o + 8)), 1, load<f64>(ub + o + 8));
      const r = f64x2.mul(
        f64x2.sub(f64x2.add(f64x2.mul(v128.load(Y + <usize>(16 * t)), conj), f64x2.mul(dd, u0)), u1),
        mb,
      );
      lossAcc = f64x2.add(lossAcc, f64x2.abs(r));
      const g = f64x2.sub(
        v128.bitselect(sc, zero, f64x2.gt(r, zero)),
        v128.bitselect(sc, zero, f64x2.lt(r, zero)),
      );
      dAcc = f64x2.add(dAcc, f64x2.mul(g, u0));
      v128.store(G + <usize>(16 * t), g);
    }
    memory.fill(G + <usize>(16 * R), 0, <usize>(16 * (n - R)));
    const W = fftT<f64>(plan, G, Y, G, true, false);
    // acc += W conj(Z)
    for (let k = 0; k <= half; k++) {
      const xa = v128.load(Xa + <usize>(16 * k));
      const xb = f64x2.mul(v128.load(Xb + <usize>(16 * k)), xbS);
      const z = f64x2.add(xa, f64x2.mul(swap<f64>(xb), negRe));
      const pk = acc + <usize>(16 * k);
      v128.store(pk, f64x2.add(v128.load(pk), cmul<f64>(v128.load(W + <usize>(16 * k)), f64x2.mul(z, conj))));
      if (k != 0 && k != half) {
        const v = f64x2.add(f64x2.mul(xa, conj), swap<f64>(xb));
        const q = acc + <usize>(16 * (n - k));
        v128.store(
          q,
          f64x2.add(v128.load(q), cmul<f64>(v128.load(W + <usize>(16 * (n - k))), f64x2.mul(v, conj))),
        );
      }
    }
  }
  store<f64>(res, f64x2.extract_lane(lossAcc, 0) + f64x2.extract_lane(lossAcc, 1));
  store<f64>(res, f64x2.extract_lane(dAcc, 0) + f64x2.extract_lane(dAcc, 1), 8);
}

// float32: two complex numbers per v128 (re, im, re', im')
// (x_p[k], x_q[k]) of two float32 half-spectrum rows (8 bytes per bin) in one v128
function pair32(p: usize, q: usize, k: i32): v128 {
  return v128.shuffle<f32>(
    v128.load64_zero(p + <usize>(8 * k)),
    v128.load64_zero(q + <usize>(8 * k)),
    0,
    1,
    4,
    5,
  );
}
// four float32 inputs as one v128
function quad32(a: usize, b: usize, c: usize, d: usize, o: usize): v128 {
  let v = f32x4.splat(load<f32>(a + o));
  v = f32x4.replace_lane(v, 1, load<f32>(b + o));
  v = f32x4.replace_lane(v, 2, load<f32>(c + o));
  return f32x4.replace_lane(v, 3, load<f32>(d + o));
}

/** KF32[k] = (KF_k, KF_k) in float32 (two copies per v128) from the float64 KF of kernelSpectrum. */
export function kernelSpectrum32(n: i32, KF: usize, KF32: usize): void {
  for (let k = 0; k < n; k++) {
    const v = f32x4.demote_f64x2_zero(v128.load(KF + <usize>(16 * k)));
    v128.store(KF32 + <usize>(16 * k), v128.shuffle<f32>(v, v, 0, 1, 0, 1));
  }
}

/**
 * The batch pass of pairs() in float32, four sequences per transform: the pairs (a, b) and (c, d) are two complex
 * transforms interleaved in f32x4 lanes (fftT<f32>), Z1 = Xa + i Xb, Z2 = Xc + i Xd from float32 half spectra
 * (8 bytes per bin, row stride specStride), float32 input windows (R + 1 floats, stride inStride), residuals and
 * their signs in float32, |r| and g u summed in float64. acc32 (n bins x 2 transforms, float32) accumulates
 * W conj(Z) of both; accToF64 adds the two halves into the float64 acc for correlation(). Missing sequences (B not a
 * multiple of 4) are masked to zero.
 */
export function quads(
  plan32: usize,
  n: i32,
  KF32: usize,
  idx: usize,
  B: i32,
  spec: usize,
  specStride: i32,
  inp: usize,
  inStride: i32,
  R: i32,
  dbar: f64,
  scale: f64,
  acc32: usize,
  a: usize,
  b: usize,
  pred: usize,
  res: usize,
): void {
  const half = n >> 1;
  const conj = f32x4(1.0, -1.0, 1.0, -1.0);
  const negRe = f32x4(-1.0, 1.0, -1.0, 1.0);
  const zero = f32x4.splat(0.0);
  const sc = f32x4.splat(<f32>scale);
  const dd = f32x4.splat(<f32>dbar);
  if (pred == 0) memory.fill(acc32, 0, <usize>(16 * n));
  let loss0 = f64x2.splat(0.0);
  let loss1 = f64x2.splat(0.0);
  let d0 = f64x2.splat(0.0);
  let d1 = f64x2.splat(0.0);
  for (let p = 0; p < B; p += 4) {
    const s0 = load<i32>(idx + <usize>(4 * p));
    const s1 = p + 1 < B ? load<i32>(idx + <usize>(4 * (p + 1))) : s0;
    const s2 = p + 2 < B ? load<i32>(idx + <usize>(4 * (p + 2))) : s0;
    const s3 = p + 3 < B ? load<i32>(idx + <usize>(4 * (p + 3))) : s0;
    const mask = f32x4(1.0, p + 1 < B ? 1.0 : 0.0, p + 2 < B ? 1.0 : 0.0, p + 3 < B ? 1.0 : 0.0);
    // spectra masks: lanes (re, im) of transform 1 = a + i b, of transform 2 = c + i d
    const mA = f32x4(1.0, 1.0, p + 2 < B ? 1.0 : 0.0, p + 2 < B ? 1.0 : 0.0);
    const mB = f32x4(
      p + 1 < B ? 1.0 : 0.0,
      p + 1 < B ? 1.0 : 0.0,
      p + 3 < B ? 1.0 : 0.0,
      p + 3 < B ? 1.0 : 0.0,
    );
    const Xa = spec + <usize>(s0 * specStride);
    const Xb = spec + <usize>(s1 * specStride);
    const Xc = spec + <usize>(s2 * specStride);
    const Xd = spec + <usize>(s3 * specStride);
    for (let k = 0; k <= half; k++) {
      const xa = f32x4.mul(pair32(Xa, Xc, k), mA);
      const xb = f32x4.mul(pair32(Xb, Xd, k), mB);
      const kk = v128.load(KF32 + <usize>(16 * k));
      const z = f32x4.add(xa, f32x4.mul(swap<f32>(xb), negRe));
      v128.store(b + <usize>(16 * k), f32x4.mul(cmul<f32>(kk, z), conj));
      if (k != 0 && k != half) {
        const v = f32x4.add(f32x4.mul(xa, conj), swap<f32>(xb));
        v128.store(b + <usize>(16 * (n - k)), f32x4.mul(cmul<f32>(f32x4.mul(kk, conj), v), conj));
      }
    }
    const Y = fftT<f32>(plan32, b, a, b, false, true);
    const G = Y == a ? b : a;
    const ua = inp + <usize>(s0 * inStride);
    const ub = inp + <usize>(s1 * inStride);
    const uc = inp + <usize>(s2 * inStride);
    const ud = inp + <usize>(s3 * inStride);
    if (pred != 0) {
      for (let t = 0; t < R; t++) {
        const o = <usize>(4 * t);
        const y = f32x4.add(
          f32x4.mul(v128.load(Y + <usize>(16 * t)), conj),
          f32x4.mul(dd, quad32(ua, ub, uc, ud, o)),
        );
        store<f64>(pred + <usize>(8 * (p * R + t)), <f64>f32x4.extract_lane(y, 0));
        if (p + 1 < B) store<f64>(pred + <usize>(8 * ((p + 1) * R + t)), <f64>f32x4.extract_lane(y, 1));
        if (p + 2 < B) store<f64>(pred + <usize>(8 * ((p + 2) * R + t)), <f64>f32x4.extract_lane(y, 2));
        if (p + 3 < B) store<f64>(pred + <usize>(8 * ((p + 3) * R + t)), <f64>f32x4.extract_lane(y, 3));
      }
      continue;
    }
    for (let t = 0; t < R; t++) {
      const o = <usize>(4 * t);
      const u0 = quad32(ua, ub, uc, ud, o);
      const u1 = quad32(ua, ub, uc, ud, o + 4);
      const r = f32x4.mul(
        f32x4.sub(f32x4.add(f32x4.mul(v128.load(Y + <usize>(16 * t)), conj), f32x4.mul(dd, u0)), u1),
        mask,
      );
      const ar = f32x4.abs(r);
      loss0 = f64x2.add(loss0, f64x2.promote_low_f32x4(ar));
      loss1 = f64x2.add(loss1, f64x2.promote_low_f32x4(v128.shuffle<f32>(ar, ar, 2, 3, 0, 1)));
      const g = f32x4.sub(
        v128.bitselect(sc, zero, f32x4.gt(r, zero)),
        v128.bitselect(sc, zero, f32x4.lt(r, zero)),
      );
      const gu = f32x4.mul(g, u0);
      d0 = f64x2.add(d0, f64x2.promote_low_f32x4(gu));
      d1 = f64x2.add(d1, f64x2.promote_low_f32x4(v128.shuffle<f32>(gu, gu, 2, 3, 0, 1)));
      v128.store(G + <usize>(16 * t), g);
    }
    memory.fill(G + <usize>(16 * R), 0, <usize>(16 * (n - R)));
    const W = fftT<f32>(plan32, G, Y, G, true, false);
    for (let k = 0; k <= half; k++) {
      const xa = f32x4.mul(pair32(Xa, Xc, k), mA);
      const xb = f32x4.mul(pair32(Xb, Xd, k), mB);
      const z = f32x4.add(xa, f32x4.mul(swap<f32>(xb), negRe));
      const pk = acc32 + <usize>(16 * k);
      v128.store(pk, f32x4.add(v128.load(pk), cmul<f32>(v128.load(W + <usize>(16 * k)), f32x4.mul(z, conj))));
      if (k != 0 && k != half) {
        const v = f32x4.add(f32x4.mul(xa, conj), swap<f32>(xb));
        const q = acc32 + <usize>(16 * (n - k));
        v128.store(
          q,
          f32x4.add(v128.load(q), cmul<f32>(v128.load(W + <usize>(16 * (n - k))), f32x4.mul(v, conj))),
        );
      }
    }
  }
  const l = f64x2.add(loss0, loss1);
  const d = f64x2.add(d0, d1);
  store<f64>(res, f64x2.extract_lane(l, 0) + f64x2.extract_lane(l, 1));
  store<f64>(res, f64x2.extract_lane(d, 0) + f64x2.extract_lane(d, 1), 8);
}

/** acc[k] = acc32[k] (transform 1) + acc32[k] (transform 2), in float64, k < n. */
export function accToF64(n: i32, acc32: usize, acc: usize): void {
  for (let k = 0; k < n; k++) {
    const v = v128.load(acc32 + <usize>(16 * k));
    const s = f32x4.add(v, v128.shuffle<f32>(v, v, 2, 3, 0, 1));
    v128.store(acc + <usize>(16 * k), f64x2.promote_low_f32x4(s));
  }
}

/** out[j] = Re IFFT(acc)_j for j < T (acc is overwritten; a, b: work buffers, neither is acc). */
export function correlation(plan: usize, n: i32, acc: usize, T: i32, out: usize, a: usize, b: usize): void {
  const conj = f64x2(1.0, -1.0);
  for (let k = 0; k < n; k++) {
    const p = acc + <usize>(16 * k);
    v128.store(p, f64x2.mul(v128.load(p), conj));
  }
  memory.copy(b, acc, <usize>(16 * n));
  const R = fftT<f64>(plan, b, a, b, false, false);
  const s = 1.0 / <f64>n;
  for (let j = 0; j < T; j++) store<f64>(out + <usize>(8 * j), load<f64>(R + <usize>(16 * j)) * s);
}

/**
 * The one pass of statesL1Gradient over float32 states rows (f32x4 products; N a multiple of 4): for batch row r
 * (sequence idx[r], states at X + off[r], input window at inp + idx[r] inStride), y = C . x + dbar u[t],
 * residual y - u[t + 1], and sum_rows sign(residual) x accumulated in float32 over 64 rows, then in float64 into dC.
 * res[0] = sum |residual|, res[1] = sum sign(residual) u[t]. With pred != 0 the predictions are written there
 * ([B, R] doubles) instead. tmp: N floats of scratch.
 */
export function statesPass(
  X: usize,
  off: usize,
  idx: usize,
  B: i32,
  N: i32,
  R: i32,
  inp: usize,
  inStride: i32,
  C: usize,
  dbar: f64,
  dC: usize,
  tmp: usize,
  pred: usize,
  res: usize,
): void {
  let loss: f64 = 0;
  let dsum: f64 = 0;
  const q4 = N >> 2;
  for (let i = 0; i < N; i++) store<f64>(dC + <usize>(8 * i), 0.0);
  for (let r = 0; r < B; r++) {
    let x = X + <usize>load<i32>(off + <usize>(4 * r));
    const u = inp + <usize>(load<i32>(idx + <usize>(4 * r)) * inStride);
    memory.fill(tmp, 0, <usize>(4 * N));
    for (let t = 0; t < R; t++, x += <usize>(4 * N)) {
      // two accumulators: half the add-latency chain of the dot product
      let d = f32x4.splat(0.0);
      let d1 = f32x4.splat(0.0);
      let q = 0;
      for (; q + 1 < q4; q += 2) {
        d = f32x4.add(d, f32x4.mul(v128.load(x + <usize>(16 * q)), v128.load(C + <usize>(16 * q))));
        d1 = f32x4.add(
          d1,
          f32x4.mul(v128.load(x + <usize>(16 * q + 16)), v128.load(C + <usize>(16 * q + 16))),
        );
      }
      if (q < q4) d = f32x4.add(d, f32x4.mul(v128.load(x + <usize>(16 * q)), v128.load(C + <usize>(16 * q))));
      d = f32x4.add(d, d1);
      const ut = load<f64>(u + <usize>(8 * t));
      const y =
        <f64>f32x4.extract_lane(d, 0) +
        <f64>f32x4.extract_lane(d, 1) +
        (<f64>f32x4.extract_lane(d, 2) + <f64>f32x4.extract_lane(d, 3)) +
        dbar * ut;
      if (pred != 0) {
        store<f64>(pred + <usize>(8 * (r * R + t)), y);
        continue;
      }
      const e = y - load<f64>(u + <usize>(8 * t + 8));
      loss += Math.abs(e);
      if (e != 0) {
        const s: f32 = e > 0 ? 1.0 : -1.0;
        dsum += <f64>s * ut;
        const sv = f32x4.splat(s);
        for (let j = 0; j < q4; j++) {
          const p = tmp + <usize>(16 * j);
          v128.store(p, f32x4.add(v128.load(p), f32x4.mul(sv, v128.load(x + <usize>(16 * j)))));
        }
      }
      if ((t & 63) == 63 || t == R - 1) {
        for (let i = 0; i < N; i++) {
          const p = dC + <usize>(8 * i);
          store<f64>(p, load<f64>(p) + <f64>load<f32>(tmp + <usize>(4 * i)));
        }
        memory.fill(tmp, 0, <usize>(4 * N));
      }
    }
  }
  store<f64>(res, loss);
  store<f64>(res, dsum, 8);
}
