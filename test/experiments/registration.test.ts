import { describe, expect, it } from 'vitest';
import {
  evaluateRegistered,
  nonEmpty,
  paperBand,
  POSTER_TOLERANCE,
  registerClaims,
} from '../../experiments/claims/index.ts';

const table = registerClaims({
  plateau: {
    name: 'LegT plateau within 2x of the paper',
    kind: 'paper',
    source: 'figure 3, poster log plot',
    paper: 5e-7,
    test: paperBand(5e-7),
    reason: 'a poster reading',
  },
  level: {
    name: 'filtered-noise level within 2x of the paper',
    kind: 'paper',
    source: 'figure 4, poster log plot',
    paper: 5e-3,
    test: paperBand(5e-3),
    reason: 'a poster reading',
    deviation: { explanation: 'the signal scale differs', tried: 'both generator conventions' },
  },
  rate: {
    name: 'slope within 0.3 of 3',
    kind: 'theory',
    source: 'docs/theory.md eq. 23',
    test: { kind: 'between', lo: 2.7, hi: 3.3 },
    reason: 'ORDER_SLOPE',
  },
  compound: {
    name: 'a and b',
    kind: 'finding',
    source: 'ours',
    test: { kind: 'judged', bound: 'a <= 1 while b >= 2' },
    reason: 'r',
  },
});

describe('pre-registered claims', () => {
  it('a paper number inside its 2x band passes and reports its ratio to the paper', () => {
    const [c] = evaluateRegistered(table, {
      plateau: () => 7e-7,
      level: () => 6e-3,
      rate: () => 3,
      compound: () => ({ value: 1, pass: true, detail: 'ok' }),
    });
    expect(POSTER_TOLERANCE).toBe(2);
    expect(c).toMatchObject({ id: 'plateau', kind: 'paper', status: 'pass', pass: true, paper: 5e-7 });
    expect(c.ratio).toBeCloseTo(1.4, 12);
    expect(c.bound).toBe('[2.5e-7, 0.000001]');
  });

  it('outside its band a paper number fails, unless a deviation is registered: then it is a deviation', () => {
    const claims = evaluateRegistered(table, {
      plateau: () => 5e-5,
      level: () => 1.35e-5,
      rate: () => 2.08,
      compound: () => ({ value: 1, pass: false, detail: 'b was 1' }),
    });
    expect(claims.map((c) => c.status)).toEqual(['fail', 'deviation', 'fail', 'fail']);
    expect(claims.map((c) => c.pass)).toEqual([false, false, false, false]);
    expect(claims[1].ratio).toBeCloseTo(1.35e-5 / 5e-3, 12);
    expect(claims[1].deviation?.tried).toBe('both generator conventions');
  });

  it('a missing value (NaN, an empty selection) fails even where a deviation is registered', () => {
    const claims = evaluateRegistered(table, {
      plateau: () => NaN,
      level: () => NaN,
      rate: () => nonEmpty([], 'N >= 33').length,
      compound: () => ({ value: NaN, pass: true, detail: '' }),
    });
    expect(claims.map((c) => c.status)).toEqual(['fail', 'fail', 'fail', 'fail']);
    expect(claims[2].detail).toMatch(/empty selection: no N >= 33/);
  });

  it('a measurement that throws fails its own claim only; a missing measurement fails', () => {
    const claims = evaluateRegistered(table, {
      plateau: () => {
        throw new RangeError('N = 17 is not among the swept N');
      },
      level: () => 5e-3,
      rate: () => 3,
      compound: undefined as unknown as () => number,
    });
    expect(claims.map((c) => c.status)).toEqual(['fail', 'pass', 'pass', 'fail']);
    expect(claims[0].detail).toBe('claim threw: N = 17 is not among the swept N');
    expect(claims[3].detail).toMatch(/no measurement for the registered claim "compound"/);
  });

  it('the table is checked: a deviation on a non-paper row, an unknown kind or a missing reason are refused', () => {
    const row = { name: 'x', kind: 'finding' as const, source: 's', reason: 'r', test: paperBand(1) };
    expect(() => registerClaims({ a: { ...row, deviation: { explanation: 'e', tried: 't' } } })).toThrow(
      /registers a deviation but is not a paper row/,
    );
    expect(() => registerClaims({ a: { ...row, kind: 'guess' as 'paper' } })).toThrow(/kind "guess"/);
    expect(() => registerClaims({ a: { ...row, reason: ' ' } })).toThrow(/needs a non-empty reason/);
    expect(() => paperBand(0)).toThrow(RangeError);
  });
});
