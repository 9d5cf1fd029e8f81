/**
 * A small seeded generator for the training code (initialisations, batch order): mulberry32 with Box-Muller
 * normals. tfjs' own random ops are not used so that initial values do not depend on the backend.
 */

/** A seeded stream of uniform and normal numbers. */
export interface SeededRandom {
  /** uniform on [0, 1) */
  uniform(): number;
  /** standard normal N(0, 1) */
  normal(): number;
}

/**
 * A seeded random stream (mulberry32; normals by Box-Muller).
 *
 * @param seed - any finite number (its 32-bit integer part is used)
 * @example seededRandom(1).uniform() === seededRandom(1).uniform()
 */
export function seededRandom(seed: number): SeededRandom {
  let a = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  let spare: number | undefined;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const u1 = 1 - uniform(); // (0, 1]: log is finite
    const u2 = uniform();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };
  return { uniform, normal };
}

/**
 * A seeded permutation of 0..n-1 (Fisher-Yates).
 *
 * @example permutation(4, 1).sort() // [0, 1, 2, 3]
 */
export function permutation(n: number, seed: number): Int32Array {
  const rng = seededRandom(seed);
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

/** Mixes two integers into one seed (for per-epoch, per-setting, per-seed streams). */
export function mixSeed(a: number, b: number): number {
  let h = Math.imul((Math.trunc(a) ^ 0x85ebca6b) >>> 0, 0xc2b2ae35) ^ Math.trunc(b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
