/**
 * The failed claim that stands for a step that threw, and the message of a thrown value.
 *
 * @see arXiv:2407.09375
 */
import type { RegisteredClaim as Claim } from './registration.ts';
import { errorText } from './errorText.ts';

export { errorText };

/**
 * A failed claim standing for a step that threw: value 'error', bound 'no error', detail "<what> threw: <message>".
 *
 * @param name - the claim (or step) name
 * @param what - what threw, e.g. 'claim', 'claims()', 'figures()'
 * @param error - the thrown value
 * @returns the failed claim
 * @example errorClaim('figures', 'figures()', new Error('boom')).detail // 'figures() threw: boom'
 */
export function errorClaim(name: string, what: string, error: unknown): Claim {
  return {
    id: name,
    name,
    kind: 'finding',
    source: 'the runner',
    reason: 'every step of an experiment must run',
    value: 'error',
    bound: 'no error',
    status: 'fail',
    pass: false,
    detail: `${what} threw: ${errorText(error)}`,
  };
}
