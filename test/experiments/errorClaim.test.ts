import { describe, expect, it } from 'vitest';
import { errorClaim } from '../../experiments/claims/index.ts';

describe('errorClaim', () => {
  it('stands for a step that threw: a failed claim of the same name carrying the message', () => {
    expect(errorClaim('figures', 'figures()', new RangeError('N = 17 is not among the swept N'))).toEqual({
      id: 'figures',
      name: 'figures',
      kind: 'finding',
      source: 'the runner',
      reason: 'every step of an experiment must run',
      value: 'error',
      bound: 'no error',
      status: 'fail',
      pass: false,
      detail: 'figures() threw: N = 17 is not among the swept N',
    });
  });

  it('takes the message of a thrown value that is not an Error', () => {
    expect(errorClaim('claims', 'claims()', 'a string').detail).toBe('claims() threw: a string');
  });
});
