import { describe, expect, it } from 'vitest';
import {
  convolutionPlan,
  kernelBlockSpectra,
  partitionedConvolveInto,
} from '../../src/ssm/partitionedConvolution.ts';
import { randomSequence, relErr } from './fixtures.ts';
import { SSM_PARTITIONED_REL } from '../tolerances.ts';

/** direct O(L^2) causal convolution: an independent second path */
function direct(K: Float64Array, u: Float64Array, L: number): Float64Array {
  const y = new Float64Array(L);
  for (let k = 0; k < L; k++) {
    let s = 0;
    for (let j = 0; j <= k; j++) s += K[j] * u[k - j];
    y[k] = s;
  }
  return y;
}

describe('partitioned convolution', () => {
  it('plans power-of-two blocks covering L, one block for short sequences and several for long ones', () => {
    for (const L of [1, 2, 3, 100, 1000, 4097, 10_000, 100_000, 1_000_000]) {
      for (const B of [1, 2, 64]) {
        const { M, P, n } = convolutionPlan(L, B);
        expect(M & (M - 1), `L ${L}`).toBe(0);
        expect(n).toBe(2 * M);
        expect(P).toBe(Math.ceil(L / M));
        expect(P * M).toBeGreaterThanOrEqual(L);
      }
    }
    expect(convolutionPlan(10, 1).P).toBe(1);
    // long sequences are cut: the block-product count P^2/2 is traded against log2(2M)
    expect(convolutionPlan(10_000, 1).P).toBeGreaterThan(1);
    expect(convolutionPlan(1_000_000, 1).M).toBeLessThan(1_000_000);
  });

  it('equals the direct convolution for every block length, partial last blocks and batches of 1, 2, 3', () => {
    for (const L of [1, 5, 64, 100, 777]) {
      const K = randomSequence(1024, 1000 + L);
      const us = [1, 2, 3].map((s) => randomSequence(L, 10 * L + s));
      const ref = us.map((u) => direct(K, u, L));
      for (const M of [1, 2, 8, 64, 512]) {
        const P = Math.ceil(L / M);
        const spectra = kernelBlockSpectra(K, M, P + 1); // more kernel blocks than needed are fine
        for (const B of [1, 2, 3]) {
          const out = new Float64Array(B * L);
          partitionedConvolveInto(spectra, { M, P, n: 2 * M }, us.slice(0, B), L, out);
          for (let b = 0; b < B; b++) {
            expect(
              relErr(ref[b], out.subarray(b * L, (b + 1) * L)),
              `L ${L} M ${M} B ${B} b ${b}`,
            ).toBeLessThan(SSM_PARTITIONED_REL);
          }
        }
      }
    }
  });

  it('accumulates into out (adds to what is there)', () => {
    const K = randomSequence(64, 1);
    const u = randomSequence(50, 2);
    const out = new Float64Array(50).fill(1);
    partitionedConvolveInto(kernelBlockSpectra(K, 16, 4), { M: 16, P: 4, n: 32 }, [u], 50, out);
    const ref = direct(K, u, 50).map((v) => v + 1);
    expect(relErr(ref, out)).toBeLessThan(SSM_PARTITIONED_REL);
  });
});
