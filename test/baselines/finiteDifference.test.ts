import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finiteDifference, finiteDifferenceCoefficients } from '../../src/baselines/finiteDifference.ts';
import { FD_EXACT } from '../tolerances.ts';

/** Samples of the polynomial sum_i c_i t^i (Horner) at t_k = t0 + k h. */
function samples(c: readonly number[], t0: number, h: number, L: number): Float64Array {
  return Float64Array.from({ length: L }, (_, k) => {
    const t = t0 + k * h;
    let s = 0;
    for (let i = c.length - 1; i >= 0; i--) s = s * t + c[i];
    return s;
  });
}

function maxAbs(u: Float64Array): number {
  return u.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

const poly = (degree: number) =>
  fc.record({
    c: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
      minLength: degree + 1,
      maxLength: degree + 1,
    }),
    t0: fc.double({ min: -3, max: 3, noNaN: true }),
    h: fc.double({ min: 0.2, max: 1, noNaN: true }),
  });

describe('finiteDifferenceCoefficients', () => {
  it('are the Newton backward coefficients (-1)^i binom(p+1, i+1)', () => {
    expect(Array.from(finiteDifferenceCoefficients(0))).toEqual([1]);
    expect(Array.from(finiteDifferenceCoefficients(1))).toEqual([2, -1]);
    expect(Array.from(finiteDifferenceCoefficients(2))).toEqual([3, -3, 1]);
    expect(Array.from(finiteDifferenceCoefficients(3))).toEqual([4, -6, 4, -1]);
    expect(Array.from(finiteDifferenceCoefficients(4))).toEqual([5, -10, 10, -5, 1]);
  });
});

describe('finiteDifference', () => {
  // Exact arithmetic would give zero error for degree <= p. In float64 each sample carries ~1 ulp of rounding,
  // which the coefficients amplify by sum |c_i| = 2^(p+1) - 1 <= 31: FD_EXACT relative to max|u| covers it.
  for (let p = 1; p <= 4; p++) {
    it(`order ${p} extrapolates every polynomial of degree <= ${p} exactly`, () => {
      fc.assert(
        fc.property(poly(p), fc.integer({ min: 0, max: p }), ({ c, t0, h }, drop) => {
          // degree p - drop <= p
          const u = samples(c.slice(0, p + 1 - drop), t0, h, 30);
          const out = finiteDifference(u, { order: p });
          const tol = FD_EXACT * Math.max(maxAbs(u), 1e-300);
          for (let k = p; k < u.length - 1; k++) expect(Math.abs(out[k] - u[k + 1])).toBeLessThanOrEqual(tol);
        }),
        { numRuns: 40, seed: 1234 + p },
      );
    });

    it(`order ${p} misses a degree-${p + 1} polynomial by exactly its (p+1)-th difference a (p+1)! h^(p+1)`, () => {
      fc.assert(
        fc.property(poly(p + 1), ({ c, t0, h }) => {
          const a = c[p + 1];
          fc.pre(Math.abs(a) > 0.1);
          const u = samples(c, t0, h, 30);
          const out = finiteDifference(u, { order: p });
          let fact = 1;
          for (let i = 2; i <= p + 1; i++) fact *= i;
          const leading = a * fact * h ** (p + 1);
          const tol = FD_EXACT * maxAbs(u);
          expect(Math.abs(leading)).toBeGreaterThan(100 * tol); // the check below can fail
          for (let k = p; k < u.length - 1; k++)
            expect(Math.abs(u[k + 1] - out[k] - leading)).toBeLessThanOrEqual(tol);
        }),
        { numRuns: 40, seed: 99 + p },
      );
    });
  }

  it('uses the highest order available during start-up', () => {
    const u = Float64Array.of(1, 4, 9, 16, 25);
    // k = 0: copy; k = 1: order 1 (2*4 - 1 = 7); from k = 2 on: order 2, exact for k^2
    expect(Array.from(finiteDifference(u, { order: 3 }))).toEqual([1, 7, 16, 25, 36]);
    expect(Array.from(finiteDifference(u))).toEqual([1, 7, 14, 23, 34]); // default order 1
  });

  it('rejects bad orders, unknown options and non-finite input with clear errors', () => {
    const u = Float64Array.of(1, 2);
    expect(() => finiteDifference(u, { order: 9 })).toThrow(
      'finiteDifference: order must be an integer in [0, 8], got 9',
    );
    expect(() => finiteDifference(u, { order: 1.5 })).toThrow(
      'finiteDifference: order must be an integer, got 1.5',
    );
    expect(() => finiteDifference(u, { oder: 2 } as never)).toThrow(
      'finiteDifference: unknown option "oder" (known options: order)',
    );
    expect(() => finiteDifference(Float64Array.of(1, NaN))).toThrow(
      'finiteDifference: u[1] must be a finite number',
    );
    expect(finiteDifference(new Float64Array(0)).length).toBe(0);
  });
});
