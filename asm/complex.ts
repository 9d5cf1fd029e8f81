// Complex arithmetic on v128 = f64x2 (re, im) for asm/fft.ts and asm/butterflies.generated.ts (AssemblyScript, not
// part of the TypeScript project). Twiddles are stored expanded as [wr, wr, -wi, wi] (32 bytes), so that
// w z = z * (wr, wr) + swap(z) * (-wi, wi): the same two products and one sum per lane as the TypeScript stages.

// (re, im) -> (im, re)
export function swap(a: v128): v128 {
  return v128.shuffle<f64>(a, a, 1, 0);
}

// -i a = (ai, -ar)
export function mulNegI(a: v128): v128 {
  return f64x2.mul(swap(a), f64x2(1.0, -1.0));
}

// twiddle product with the expanded twiddle at t
export function twMul(a: v128, t: usize): v128 {
  return f64x2.add(f64x2.mul(a, v128.load(t)), f64x2.mul(swap(a), v128.load(t, 16)));
}

// complex product of c = (cr, ci) and z
export function cmul(c: v128, z: v128): v128 {
  const cr = v128.shuffle<f64>(c, c, 0, 0);
  const ci = f64x2.mul(v128.shuffle<f64>(c, c, 1, 1), f64x2(-1.0, 1.0));
  return f64x2.add(f64x2.mul(z, cr), f64x2.mul(swap(z), ci));
}
