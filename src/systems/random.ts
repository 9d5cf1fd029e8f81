/**
 * Seeded, platform-independent random numbers for the signal and system generators.
 *
 * A stream is identified by a seed and a path of non-negative integers (function index, purpose, ...). The path is
 * hashed with 32-bit integer mixing (Math.imul, shifts, xor: exact on every machine) into the 128-bit state of a
 * xoroshiro128+ generator from pure-rand, so stream (seed, i) is the same whether one or a thousand functions are
 * generated, and streams with different paths are statistically independent. No code path uses Math.random.
 *
 * @see arXiv:2407.09375
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { requireFinite, requireInteger } from '../util/validate.ts';

/** A seeded random stream: uniform and normal draws (the stream advances on every call). */
export interface Random {
  /** A uniform draw in [0, 1) with 53 random bits. */
  uniform(): number;
  /** A uniform draw in [lo, hi). */
  uniformIn(lo: number, hi: number): number;
  /** A standard normal draw N(0, 1) (Marsaglia polar method: only log and sqrt, no trigonometry). */
  normal(): number;
  /** Fills `out` with independent N(mean, std^2) draws and returns it. */
  fillNormal(out: Float64Array, mean?: number, std?: number): Float64Array;
  /** Fills `out` with independent U(lo, hi) draws and returns it. */
  fillUniform(out: Float64Array, lo?: number, hi?: number): Float64Array;
}

const TWO32 = 4294967296;

/** The murmur3 32-bit finaliser: a bijective avalanche of a 32-bit word. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Folds a list of 32-bit words into one 32-bit hash, salted so that different salts give unrelated hashes. */
function hashWords(words: readonly number[], salt: number): number {
  let h = fmix32(Math.imul(salt + 1, 0x9e3779b1));
  for (const w of words) {
    h = Math.imul(h ^ fmix32(w), 0x01000193) + 0x7f4a7c15;
    h = fmix32(h);
  }
  return fmix32(h ^ words.length);
}

/** Splits a safe integer into its low and high 32-bit words (two's complement for negative values). */
function splitWords(value: number): [number, number] {
  const lo = value % TWO32;
  const hi = Math.floor(value / TWO32);
  return [lo | 0, hi | 0];
}

class SeededRandom implements Random {
  private readonly rng: RandomGenerator;
  private spare = 0;
  private hasSpare = false;

  constructor(rng: RandomGenerator) {
    this.rng = rng;
  }

  uniform(): number {
    return uniformFloat64(this.rng);
  }

  uniformIn(lo: number, hi: number): number {
    return lo + (hi - lo) * uniformFloat64(this.rng);
  }

  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniformFloat64(this.rng) - 1;
      v = 2 * uniformFloat64(this.rng) - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    this.hasSpare = true;
    return u * m;
  }

  fillNormal(out: Float64Array, mean = 0, std = 1): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = mean + std * this.normal();
    return out;
  }

  fillUniform(out: Float64Array, lo = 0, hi = 1): Float64Array {
    for (let i = 0; i < out.length; i++) out[i] = lo + (hi - lo) * uniformFloat64(this.rng);
    return out;
  }
}

/**
 * A random stream determined by a seed and a stream path.
 *
 * state = (h_0, h_1, h_2, h_3), h_j = hash32(words(seed), path, salt j); generator xoroshiro128+ (pure-rand).
 *
 * @param seed - any safe integer (negative allowed)
 * @param stream - the stream path: non-negative safe integers, e.g. (function index, purpose)
 * @returns a fresh stream; the same (seed, path) always gives the same draws
 * @throws RangeError when the seed or a path entry is not a safe integer (path entries must be >= 0)
 * @example createRandom(42, 3).normal() // the first normal draw of function 3 of seed 42
 * @see arXiv:2407.09375
 */
export function createRandom(seed: number, ...stream: number[]): Random {
  requireFinite('createRandom', 'seed', seed);
  if (!Number.isSafeInteger(seed))
    throw new RangeError(`createRandom: seed must be a safe integer, got ${seed}`);
  const words: number[] = [...splitWords(seed)];
  stream.forEach((s, i) => {
    requireInteger('createRandom', `stream[${i}]`, s, 0);
    if (!Number.isSafeInteger(s))
      throw new RangeError(`createRandom: stream[${i}] must be a safe integer, got ${s}`);
    words.push(...splitWords(s));
  });
  const state: number[] = [0, 1, 2, 3].map((j) => hashWords(words, j));
  // xoroshiro's all-zero state is a fixed point; hashes make it astronomically unlikely, but never allow it.
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return new SeededRandom(xoroshiro128plusFromState(state));
}
