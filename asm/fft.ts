// AssemblyScript source of src/ssm/wasm/fftWasm.generated.ts (compiled by scripts/build-wasm.ts; not part of the
// TypeScript project: tsc does not include asm/). A float64 Stockham FFT with one complex number per v128
// (f64x2: re, im), its stages generated into asm/butterflies.generated.ts from the one description of the
// butterflies (scripts/fft-codegen), and the fused causal-convolution pass of src/ssm/fft/convolution.ts, on memory
// laid out by src/ssm/wasm/wasmLayout.ts:
//   stage table (i32): S, then per stage r, len, s, twiddle byte offset
//   twiddles, per stage, per p, per k = 1..r-1: [wr, wr, -wi, wi] (see asm/complex.ts)
//   C: convolutionSpectrum coefficients (8 doubles per bin pair), u (2m doubles), two work buffers (2m doubles each)
// The same stages, instantiated for f32 lanes (fftT<f32>: two interleaved float32 transforms), serve the float32
// passes of the analytic trainer (asm/train.ts).
// All offsets are byte offsets; the JS side validates everything, nothing here checks bounds.
import { cmul, swap } from './complex';
import { fftT } from './stockham';

/** One float64 transform: fftT<f64> (asm/stockham.ts). */
export function fft(plan: usize, src: usize, bufA: usize, bufB: usize, halfIn: bool, halfOut: bool): usize {
  return fftT<f64>(plan, src, bufA, bufB, halfIn, halfOut);
}

/**
 * The per-bin-pair pass of the convolution (src/ssm/fft/convolution.ts, spectrumProductInto): from the packed
 * spectrum Z of z_j = u_{2j} + i u_{2j+1} (at zIn) and the coefficients C, the packed spectrum of the conjugated
 * product, ready for the inverse as a forward transform, written at zOut (which may be zIn).
 */
function spectrumProduct(m: i32, C: usize, zIn: usize, zOut: usize): void {
  // k = 0 (pairs with m): X_0 = Re Z_0 + Im Z_0, X_m = Re Z_0 - Im Z_0
  {
    const z0r = load<f64>(zIn);
    const z0i = load<f64>(zIn, 8);
    const p0 = 2 * (z0r + z0i) * load<f64>(C);
    const pmv = 2 * (z0r - z0i) * load<f64>(C, 8);
    store<f64>(zOut, p0 + pmv);
    store<f64>(zOut, -(p0 - pmv), 8);
  }
  const half = m >> 1;
  const conj = f64x2(1.0, -1.0);
  for (let k = 1; k <= half; k++) {
    const o = C + <usize>(64 * k);
    const z = v128.load(zIn + <usize>(16 * k));
    const v = f64x2.mul(v128.load(zIn + <usize>(16 * (m - k))), conj);
    const fk = f64x2.add(cmul<f64>(v128.load(o), z), cmul<f64>(v128.load(o, 16), v));
    const fj = f64x2.add(cmul<f64>(v128.load(o, 32), z), cmul<f64>(v128.load(o, 48), v));
    v128.store(zOut + <usize>(16 * k), f64x2.mul(fk, conj));
    v128.store(zOut + <usize>(16 * (m - k)), fj);
  }
}

/**
 * The causal convolution of src/ssm/fft/convolution.ts (causalConvolveInto): u (L doubles at `u`, zeros up to m
 * doubles, and up to 2m when the first stage is not radix 8) packed as z_j = u_{2j} + i u_{2j+1}, forward transform,
 * the per-bin-pair pass with the coefficients C, the inverse as the forward transform of the conjugate, and the
 * output pass out_t = y_t + dbar u_t written over u[0, L).
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
  spectrumProduct(m, C, Z, Z);
  const R = fft(plan, Z, Z == a ? b : a, Z, false, true);
  const conj = f64x2(1.0, -1.0);
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
 * The second half of convolve for a packed spectrum Z kept elsewhere (at Z, not modified; a sweep reuses it across
 * kernels): the per-bin-pair pass into b, the inverse, and returns the byte offset of R (conjugated packed result,
 * y_{2j} = Re R_j, y_{2j+1} = -Im R_j; the output pass is left to the caller).
 */
export function convolveSpectrum(plan: usize, m: i32, C: usize, Z: usize, a: usize, b: usize): usize {
  spectrumProduct(m, C, Z, b);
  return fft(plan, b, a, b, false, true);
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
