import { describe, expect, it } from 'vitest';
import { evaluateRegistered, POSTER_TOLERANCE, registerClaims } from '../../experiments/claims/index.ts';
import {
  clearlyAbove,
  extreme,
  ORDER_OF_MAGNITUDE,
  SAME_LEVEL,
} from '../../experiments/common/claimFactors.ts';
import { RATE_TOLERANCE } from '../../experiments/common/fitRate.ts';
import { ORDER_SLOPE } from '../tolerances.ts';

describe('claim factors', () => {
  it('share the factors of the claims framework and the tests', () => {
    expect(SAME_LEVEL).toBe(POSTER_TOLERANCE);
    expect(ORDER_OF_MAGNITUDE).toBe(10);
    expect(RATE_TOLERANCE).toBe(ORDER_SLOPE);
  });

  it('extreme picks the largest or smallest value with its item, returns a NaN and refuses an empty selection', () => {
    const items = [
      { k: 'a', v: 3 },
      { k: 'b', v: -1 },
      { k: 'c', v: 7 },
    ];
    expect(extreme(items, (x) => x.v, 'max', 'items').at.k).toBe('c');
    expect(extreme(items, (x) => x.v, 'min', 'items')).toEqual({ value: -1, at: items[1] });
    expect(extreme([...items, { k: 'd', v: NaN }], (x) => x.v, 'max', 'items').value).toBeNaN();
    expect(() => extreme([], (x: number) => x, 'max', 'signals')).toThrow(/empty selection: no signals/);
  });

  it('a clearlyAbove row passes at an order of magnitude and fails below it', () => {
    const table = registerClaims({ r: clearlyAbove('A beats B by an order of magnitude or more', 'ours') });
    expect(evaluateRegistered(table, { r: () => 10 })[0].status).toBe('pass');
    expect(evaluateRegistered(table, { r: () => 9.9 })[0].status).toBe('fail');
    expect(table.r.kind).toBe('finding');
  });
});
