/**
 * An experiment's claims, computed guarded: a throw or a malformed entry becomes a failed claim carrying the reason,
 * never a crash of the run and never a silent pass.
 *
 * @see arXiv:2407.09375
 */
import type { Claim, Experiment, Scale } from '../types.ts';
import { CLAIM_KINDS, errorClaim, type ClaimKind } from '../claims/index.ts';
import { toPlainJson } from './jsonEncoding.ts';

const okValue = (v: unknown) => typeof v === 'number' || typeof v === 'string';

function wellFormed(o: Partial<Claim> | null): o is Claim {
  return (
    o !== null &&
    typeof o === 'object' &&
    typeof o.name === 'string' &&
    typeof o.id === 'string' &&
    CLAIM_KINDS.includes(o.kind as ClaimKind) &&
    typeof o.source === 'string' &&
    ['pass', 'fail', 'deviation'].includes(o.status as string) &&
    o.pass === (o.status === 'pass') &&
    okValue(o.value) &&
    okValue(o.bound)
  );
}

/**
 * The claims of `result`, each checked for the registered shape (id, name, kind, source, status, pass, value, bound).
 *
 * @param exp - the experiment
 * @param result - its result (as run returned it, or decoded from result.json)
 * @param scale - the scale of the run
 * @returns the claims; a failed claim in place of any that is malformed, one failed claim when claims() throws
 * @example computeClaims(experiment, result, 'quick').every((c) => c.status !== 'fail')
 */
export function computeClaims(exp: Experiment, result: unknown, scale: Scale): Claim[] {
  let raw: unknown;
  try {
    raw = exp.claims(result, scale);
  } catch (error) {
    return [errorClaim('claims', 'claims()', error)];
  }
  if (!Array.isArray(raw)) {
    return [
      errorClaim('claims', 'claims()', new TypeError(`claims() must return an array, got ${typeof raw}`)),
    ];
  }
  return raw.map((c: unknown, i): Claim => {
    const o = c as Partial<Claim> | null;
    if (!wellFormed(o)) {
      const name = typeof o?.name === 'string' ? o.name : `claims[${i}]`;
      return errorClaim(
        name,
        'claims()',
        new TypeError(`claim ${i} is malformed: ${JSON.stringify(toPlainJson(c))}`),
      );
    }
    return { ...o, detail: String(o.detail ?? '') };
  });
}

/** Counts of claim statuses. */
export interface ClaimCounts {
  pass: number;
  deviation: number;
  fail: number;
}

/**
 * How many claims pass, deviate (a registered non-reproduction of a paper number) and fail.
 *
 * @param claims - the claims
 * @returns the counts
 * @example countClaims([]) // { pass: 0, deviation: 0, fail: 0 }
 */
export function countClaims(claims: readonly Claim[]): ClaimCounts {
  const counts: ClaimCounts = { pass: 0, deviation: 0, fail: 0 };
  for (const c of claims) counts[c.status] += 1;
  return counts;
}
