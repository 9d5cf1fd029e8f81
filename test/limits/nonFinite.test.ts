import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { fromRows } from '../../src/linalg/matrix.ts';
import { NonFiniteError } from '../../src/limits/index.ts';
import { requireFiniteResult } from '../../src/limits/nonFinite.ts';
import { firstNonFinite } from '../../src/limits/nonFinite.ts';

describe('non-finite results', () => {
  it('firstNonFinite finds the first NaN or Infinity (as a naive scan does), -1 when there is none', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 10_000 }), (values) => {
        const naive = values.findIndex((v) => !Number.isFinite(v));
        expect(firstNonFinite(values)).toBe(naive);
        expect(firstNonFinite(Float64Array.from(values))).toBe(naive);
      }),
      { numRuns: 200 },
    );
    const long = new Float64Array(100_000);
    long[98_765] = -Infinity;
    expect(firstNonFinite(long)).toBe(98_765);
  });

  it('requireFiniteResult names the quantity and index of a vector, a matrix or a scalar', () => {
    expect(() => requireFiniteResult('f', 'v', Float64Array.of(1, NaN))).toThrow(
      /^f: v\[1\] is NaN \(not finite\)$/,
    );
    expect(() =>
      requireFiniteResult(
        'f',
        'M',
        fromRows([
          [1, 2],
          [3, -Infinity],
        ]),
        'why',
      ),
    ).toThrow(/^f: M\[1\]\[1\] is -Infinity \(not finite\): why$/);
    expect(() => requireFiniteResult('f', 'D', Infinity)).toThrow(/^f: D is Infinity/);
    const e = (() => {
      try {
        requireFiniteResult('f', 'M', fromRows([[1, NaN]]));
      } catch (error) {
        return error as NonFiniteError;
      }
    })();
    expect(e).toBeInstanceOf(NonFiniteError);
    expect(e).toBeInstanceOf(RangeError);
    expect([e?.quantity, e?.index, e?.value]).toEqual(['M', [0, 1], NaN]);
    const ok = Float64Array.of(1, 2);
    expect(requireFiniteResult('f', 'v', ok)).toBe(ok);
  });

  it('prophecy refuses a predictor that overflows float64 (dt = 1e308), naming the entry and dt', () => {
    expect(() =>
      prophecy(hippo('legt', 4), { dt: 1e307, discretization: 'forward', output: 'forward-euler' }),
    ).toThrow(
      /^prophecy: Cbar\[\d\] is -?Infinity \(not finite\): the legt predictor with N = 4, theta = 1, dt = 1e\+307, discretization forward, output forward-euler overflows float64; use a smaller dt$/,
    );
    // dt A itself overflows: refused before any discretization divides infinities
    expect(() => prophecy(hippo('legt', 4), { dt: 1e308, output: 'forward-euler' })).toThrow(
      /^prophecy: dt A overflows float64 \(dt = 1e\+308, max \|A_ij\| = 7\.0+1 for legt with N = 4, theta = 1\); use dt < 2\.56\d*e\+307$/,
    );
    // bilinear keeps Abar finite at dt = 1e307; the forward-Euler output dt C overflows
    expect(() => prophecy(hippo('legt', 4), { dt: 1e307, output: 'forward-euler' })).toThrow(
      /^prophecy: Cbar\[\d\] is -?Infinity/,
    );
    expect(() => prophecy(hippo('legt', 4), { dt: 1e300, output: 'forward-euler' })).not.toThrow();
  });
});
