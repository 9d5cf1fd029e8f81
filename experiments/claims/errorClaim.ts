/**
 * The failed claim that stands for a step that threw, and the message of a thrown value.
 *
 * @see arXiv:2407.09375
 */
import type { Claim } from '../types.ts';

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
    name,
    value: 'error',
    bound: 'no error',
    pass: false,
    detail: `${what} threw: ${errorText(error)}`,
  };
}

/**
 * The message of an error (or the string form of a thrown non-error).
 *
 * @param error - the thrown value
 * @returns its message
 * @example errorText(new Error('boom')) // 'boom'
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
