import { describe, expect, it } from 'vitest';
import { finiteDifference } from '../../src/baselines/finiteDifference.ts';
import { polynomialExtrapolation } from '../../src/baselines/polynomialExtrapolation.ts';
import { savitzkyGolay } from '../../src/baselines/savitzkyGolay.ts';
import { SG_EXACT } from '../tolerances.ts';

const u = Float64Array.from({ length: 200 }, (_, k) => Math.sin(k / 7) + 0.1 * Math.cos(k / 2.3));

describe('polynomialExtrapolation', () => {
  it('is the causal Savitzky-Golay filter evaluated one step ahead', () => {
    const a = polynomialExtrapolation(u, { window: 10, degree: 3 });
    const b = savitzkyGolay(u, { window: 10, degree: 3, lead: 1 });
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('with window = degree + 1 equals finite-difference extrapolation of that order', () => {
    for (let p = 1; p <= 4; p++) {
      const a = polynomialExtrapolation(u, { window: p + 1, degree: p });
      const b = finiteDifference(u, { order: p });
      for (let k = 0; k < u.length; k++) expect(Math.abs(a[k] - b[k])).toBeLessThan(SG_EXACT * 2 ** (p + 1));
    }
  });

  it('is exact for polynomials up to its degree and not beyond', () => {
    const cubic = Float64Array.from({ length: 60 }, (_, k) => 0.5 - 0.2 * k + 0.03 * k * k - 0.001 * k ** 3);
    const scale = cubic.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    const exact = polynomialExtrapolation(cubic, { window: 12, degree: 3 });
    for (let k = 11; k < 59; k++)
      expect(Math.abs(exact[k] - cubic[k + 1])).toBeLessThanOrEqual(SG_EXACT * scale);
    const low = polynomialExtrapolation(cubic, { window: 12, degree: 2 });
    expect(Math.abs(low[30] - cubic[31])).toBeGreaterThan(1e-3);
  });

  it('uses window 8 and degree 2 by default and names itself in errors', () => {
    expect(Array.from(polynomialExtrapolation(u))).toEqual(
      Array.from(savitzkyGolay(u, { window: 8, degree: 2, lead: 1 })),
    );
    expect(() => polynomialExtrapolation(u, { window: 2, degree: 2 })).toThrow(
      'polynomialExtrapolation: window must be >= degree + 1 = 3 for a least-squares fit, got 2',
    );
    expect(() => polynomialExtrapolation(u, { lead: 2 } as never)).toThrow(
      'polynomialExtrapolation: unknown option "lead" (known options: window, degree)',
    );
  });
});
