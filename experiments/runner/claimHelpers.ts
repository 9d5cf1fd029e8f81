/**
 * Helpers for writing claims whose `pass` is computed, never hard-coded: NaN never passes, and a check that throws
 * becomes a failed claim carrying the error instead of aborting the other claims.
 */
import type { Claim } from '../types.ts';

/**
 * Passes when value <= bound (NaN fails).
 *
 * @example claimAtMost('max error', 3e-7, 1e-6, 'LegT N=32') // pass: true
 */
export function claimAtMost(name: string, value: number, bound: number, detail = ''): Claim {
  return { name, value, bound, pass: value <= bound, detail: detail || `needs value <= ${bound}` };
}

/** Passes when value >= bound (NaN fails). */
export function claimAtLeast(name: string, value: number, bound: number, detail = ''): Claim {
  return { name, value, bound, pass: value >= bound, detail: detail || `needs value >= ${bound}` };
}

/** Passes when lo <= value <= hi (NaN fails); the bound is shown as "[lo, hi]". */
export function claimBetween(name: string, value: number, lo: number, hi: number, detail = ''): Claim {
  return {
    name,
    value,
    bound: `[${lo}, ${hi}]`,
    pass: lo <= value && value <= hi,
    detail: detail || 'needs lo <= value <= hi',
  };
}

/**
 * Runs `check`; if it throws, returns a failed claim named `name` whose detail is the error message.
 *
 * @example guardClaim('rate', () => claimBetween('rate', fitSlope(xs, ys), 1.7, 2.3))
 */
export function guardClaim(name: string, check: () => Claim): Claim {
  try {
    return check();
  } catch (error) {
    return errorClaim(name, 'claim', error);
  }
}

/**
 * A failed claim standing for a step that threw: value 'error', bound 'no error', detail "<what> threw: <message>".
 *
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

/** The message of an error (or the string form of a thrown non-error). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
