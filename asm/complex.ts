// Complex arithmetic on v128 for asm/fft.ts, asm/train.ts and asm/butterflies.generated.ts (AssemblyScript, not part
// of the TypeScript project), generic over the lane type T:
//   T = f64: one complex number per v128, f64x2 (re, im); twiddles stored expanded as [wr, wr, -wi, wi] (32 bytes);
//   T = f32: two complex numbers of two interleaved transforms per v128, f32x4 (re, im, re', im'); twiddles as
//            [wr, wr, wr, wr, -wi, wi, -wi, wi] (32 bytes as well).
// Either way w z = z * (wr..) + swap(z) * (-wi, wi..): the same two products and one sum per lane as the TypeScript
// stages, and the same byte offsets for both lane types.

// (1, -1) per complex number
function conjSign<T>(): v128 {
  if (sizeof<T>() == 8) return f64x2(1.0, -1.0);
  return f32x4(1.0, -1.0, 1.0, -1.0);
}

// x in every lane (rounded to float32 for T = f32)
export function splat<T>(x: f64): v128 {
  if (sizeof<T>() == 8) return f64x2.splat(x);
  return f32x4.splat(<f32>x);
}

// (re, im) -> (im, re) per complex number
export function swap<T>(a: v128): v128 {
  if (sizeof<T>() == 8) return v128.shuffle<f64>(a, a, 1, 0);
  return v128.shuffle<f32>(a, a, 1, 0, 3, 2);
}

// -i a = (ai, -ar)
export function mulNegI<T>(a: v128): v128 {
  return v128.mul<T>(swap<T>(a), conjSign<T>());
}

// twiddle product with the expanded twiddle at t
export function twMul<T>(a: v128, t: usize): v128 {
  return v128.add<T>(v128.mul<T>(a, v128.load(t)), v128.mul<T>(swap<T>(a), v128.load(t, 16)));
}

// complex product of c = (cr, ci) and z, per complex number
export function cmul<T>(c: v128, z: v128): v128 {
  if (sizeof<T>() == 8) {
    const cr = v128.shuffle<f64>(c, c, 0, 0);
    const ci = f64x2.mul(v128.shuffle<f64>(c, c, 1, 1), f64x2(-1.0, 1.0));
    return f64x2.add(f64x2.mul(z, cr), f64x2.mul(swap<f64>(z), ci));
  }
  const cr = v128.shuffle<f32>(c, c, 0, 0, 2, 2);
  const ci = f32x4.mul(v128.shuffle<f32>(c, c, 1, 1, 3, 3), f32x4(-1.0, 1.0, -1.0, 1.0));
  return f32x4.add(f32x4.mul(z, cr), f32x4.mul(swap<f32>(z), ci));
}
