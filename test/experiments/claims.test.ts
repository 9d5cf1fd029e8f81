import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atMost,
  between,
  errorClaim,
  evaluateClaims,
  judged,
} from '../../experiments/claims/index.ts';

describe('claim specs', () => {
  it('atMost, atLeast and between compute pass from the bound and default the detail to the test in words', () => {
    expect(evaluateClaims([atMost('small', 1e-9, () => 3e-10)])).toMatchObject([
      { name: 'small', value: 3e-10, bound: 1e-9, pass: true, detail: 'needs value <= 1e-9' },
    ]);
    expect(evaluateClaims([atLeast('big', 100, () => ({ value: 99, detail: 'measured' }))])).toMatchObject([
      { name: 'big', value: 99, bound: 100, pass: false, detail: 'measured' },
    ]);
    expect(evaluateClaims([between('band', 0.5, 2, () => ({ value: 2, detail: '' }))])).toMatchObject([
      { name: 'band', value: 2, bound: '[0.5, 2]', pass: true, detail: 'needs lo <= value <= hi' },
    ]);
    expect(evaluateClaims([between('band', 0.5, 2, () => 0.49)])[0].pass).toBe(false);
    expect(evaluateClaims([atLeast('edge', 1, () => 1)])[0].pass).toBe(true);
  });

  it('NaN passes no test', () => {
    const claims = evaluateClaims([
      atMost('a', 1, () => NaN),
      atLeast('b', 1, () => NaN),
      between('c', 0, 1, () => ({ value: NaN })),
    ]);
    expect(claims.map((c) => c.pass)).toEqual([false, false, false]);
  });

  it('judged claims take value, pass and detail from the measurement and show the condition as the bound', () => {
    const [c] = evaluateClaims([
      judged('compound', '<= 4 while >= 100', () => ({ value: 3, pass: false, detail: 'other part failed' })),
    ]);
    expect(c).toMatchObject({
      name: 'compound',
      value: 3,
      bound: '<= 4 while >= 100',
      pass: false,
      detail: 'other part failed',
    });
  });

  it('a measurement that throws becomes a failed claim of the same name; the others are still computed', () => {
    const claims = evaluateClaims([
      atMost('first', 1, () => 0.5),
      atLeast('throws', 1, () => {
        throw new RangeError('N = 17 is not among the swept N');
      }),
      judged('also throws', 'x', () => {
        throw 'a string';
      }),
      atMost('last', 1, () => 2),
    ]);
    expect(claims.map((c) => [c.name, c.pass])).toEqual([
      ['first', true],
      ['throws', false],
      ['also throws', false],
      ['last', false],
    ]);
    expect(claims[1]).toEqual(
      errorClaim('throws', 'claim', new RangeError('N = 17 is not among the swept N')),
    );
    expect(claims[1]).toMatchObject({
      name: 'throws',
      value: 'error',
      bound: 'no error',
      pass: false,
      detail: 'claim threw: N = 17 is not among the swept N',
    });
    expect(claims[2].detail).toBe('claim threw: a string');
  });
});
