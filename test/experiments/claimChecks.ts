/**
 * Checks shared by the claim tests of the experiments: the claims are the rows of the bound table (same ids, kinds,
 * sources, in order), a result with every number NaN fails every claim, and a deliberately wrong result fails each.
 *
 * @see arXiv:2407.09375
 */
import { expect } from 'vitest';
import type { BoundTable } from '../../experiments/claims/index.ts';
import type { Claim } from '../../experiments/types.ts';

/**
 * A deep copy of `value` with every number (also inside typed arrays) replaced by NaN; strings, booleans and the
 * shape are kept.
 *
 * @param value - a plain-JSON result
 * @returns the NaN-filled copy
 */
export function nanFilled<T>(value: T): T {
  const fill = (v: unknown): unknown => {
    if (typeof v === 'number') return NaN;
    if (ArrayBuffer.isView(v)) return (v as Float64Array).map(() => NaN);
    if (Array.isArray(v)) return v.map(fill);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(value) as T;
}

/** The claims are the table's rows, in order, with the table's kind and source, and a value and detail each. */
export function expectRegistered(claims: Claim[], table: BoundTable): void {
  expect(claims.map((c) => c.id)).toEqual(Object.keys(table));
  for (const c of claims) {
    expect(c.kind, c.id).toBe(table[c.id].kind);
    expect(c.source, c.id).toBe(table[c.id].source);
    expect(c.source.length, c.id).toBeGreaterThan(0);
    expect(['pass', 'fail', 'deviation'], c.id).toContain(c.status);
    expect(c.detail.length, c.id).toBeGreaterThan(0);
  }
}

/** Every claim has status 'fail' (the message names the ones that did not). */
export function expectAllFail(claims: Claim[]): void {
  const notFailed = claims.filter((c) => c.status !== 'fail').map((c) => `${c.id} = ${String(c.value)}`);
  expect(notFailed, 'claims that did not fail').toEqual([]);
  expect(claims.length).toBeGreaterThan(0);
}

/** Every claim passes (the message names the ones that did not, with value and bound). */
export function expectAllPass(claims: Claim[]): void {
  const failed = claims
    .filter((c) => c.status !== 'pass')
    .map((c) => `${c.id} = ${String(c.value)} vs ${String(c.bound)}: ${c.detail}`);
  expect(failed, 'claims that did not pass').toEqual([]);
}
