// AssemblyScript source of src/train/wasm/trainWasm.generated.ts (compiled by scripts/build-wasm.ts; not part of the
// TypeScript project). The hot loops of the analytic trainer (src/train/convolutionL1Gradient.ts,
// src/train/statesL1Gradient.ts), on memory laid out by src/train/wasm/trainWasm.ts:
//   FFT stage table and expanded twiddles as in asm/fft.ts (whose Stockham stages are reused here)
//   float64 spectra rows (n/2 + 1 complex), float64 input windows u[from .. to] (R + 1 values), work buffers
//   float32 states rows [R, N] (N a multiple of 4)
// All offsets are byte offsets; the JS side validates everything, nothing here checks bounds.
import { fft } from './fft';

function swap(a: v128): v128 {
  return v128.shuffle<f64>(a, a, 1, 0);
}
// complex product of c and z, one complex number per f64x2 (re, im)
function cmul(c: v128, z: v128): v128 {
  const cr = v128.shuffle<f64>(c, c, 0, 0);
  const ci = f64x2.mul(v128.shuffle<f64>(c, c, 1, 1), f64x2(-1.0, 1.0));
  return f64x2.add(f64x2.mul(z, cr), f64x2.mul(swap(z), ci));
}

/** KF = FFT_n(K zero-padded) / n for K of T doubles at `K`; a, b: work buffers of 2n doubles (b may be KF). */
export function kernelSpectrum(plan: usize, n: i32, K: usize, T: i32, KF: usize, a: usize, b: usize): void {
  memory.fill(b, 0, <usize>(16 * n));
  for (let j = 0; j < T; j++) store<f64>(b + <usize>(16 * j), load<f64>(K + <usize>(8 * j)));
  const R = fft(plan, b, a, b, false, false);
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
      const z = f64x2.add(xa, f64x2.mul(swap(xb), negRe));
      v128.store(b + <usize>(16 * k), f64x2.mul(cmul(kk, z), conj));
      if (k != 0 && k != half) {
        const v = f64x2.add(f64x2.mul(xa, conj), swap(xb));
        v128.store(b + <usize>(16 * (n - k)), f64x2.mul(cmul(f64x2.mul(kk, conj), v), conj));
      }
    }
    const Y = fft(plan, b, a, b, false, true);
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
    const W = fft(plan, G, Y, G, true, false);
    // acc += W conj(Z)
    for (let k = 0; k <= half; k++) {
      const xa = v128.load(Xa + <usize>(16 * k));
      const xb = f64x2.mul(v128.load(Xb + <usize>(16 * k)), xbS);
      const z = f64x2.add(xa, f64x2.mul(swap(xb), negRe));
      const pk = acc + <usize>(16 * k);
      v128.store(pk, f64x2.add(v128.load(pk), cmul(v128.load(W + <usize>(16 * k)), f64x2.mul(z, conj))));
      if (k != 0 && k != half) {
        const v = f64x2.add(f64x2.mul(xa, conj), swap(xb));
        const q = acc + <usize>(16 * (n - k));
        v128.store(
          q,
          f64x2.add(v128.load(q), cmul(v128.load(W + <usize>(16 * (n - k))), f64x2.mul(v, conj))),
        );
      }
    }
  }
  store<f64>(res, f64x2.extract_lane(lossAcc, 0) + f64x2.extract_lane(lossAcc, 1));
  store<f64>(res, f64x2.extract_lane(dAcc, 0) + f64x2.extract_lane(dAcc, 1), 8);
}

/** out[j] = Re IFFT(acc)_j for j < T (acc is overwritten; a, b: work buffers, neither is acc). */
export function correlation(plan: usize, n: i32, acc: usize, T: i32, out: usize, a: usize, b: usize): void {
  const conj = f64x2(1.0, -1.0);
  for (let k = 0; k < n; k++) {
    const p = acc + <usize>(16 * k);
    v128.store(p, f64x2.mul(v128.load(p), conj));
  }
  memory.copy(b, acc, <usize>(16 * n));
  const R = fft(plan, b, a, b, false, false);
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
