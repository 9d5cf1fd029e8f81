import { describe, expect, it } from 'vitest';
import { errorClaim } from '../../experiments/claims/index.ts';

describe('errorClaim', () => {
  it('stands for a step that threw: a failed claim of the same name carrying the message', () => {
    const c = errorClaim('figures', 'figures()', new RangeError('N = 17 is not among the swept N'));
    expect(c).toMatchObject({ id: 'figures', name: 'figures', status: 'fail', pass: false, value: 'error' });
    expect(c.detail).toBe('figures() threw: N = 17 is not among the swept N');
  });

  it('takes the message of a thrown value that is not an Error', () => {
    expect(errorClaim('claims', 'claims()', 'a string').detail).toBe('claims() threw: a string');
  });
});
