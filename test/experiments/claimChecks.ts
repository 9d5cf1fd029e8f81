/**
 * Checks of registered claims shared by the experiment tests: every row of a bound table computed once, with its
 * kind and source; the status of one claim by its id; a result with every number NaN fails every claim, and a
 * deliberately wrong result fails each.
 *
 * @see arXiv:2407.09375
 */
import { expect } from 'vitest';
import { CLAIM_KINDS } from '../../experiments/claims/index.ts';
import type { BoundTable, ClaimStatus } from '../../experiments/claims/index.ts';
import type { Claim } from '../../experiments/types.ts';

/**
 * Every row of `table` is a claim, in table order, with the table's kind, source and name; paper rows with a number
 * report ours / paper when the value is finite.
 *
 * @param claims - an experiment's claims
 * @param table - its bound table
 */
export function expectRegistered(claims: readonly Claim[], table: BoundTable): void {
  expect(claims.map((c) => c.id)).toEqual(Object.keys(table));
  for (const c of claims) {
    const row = table[c.id];
    expect(CLAIM_KINDS).toContain(c.kind);
    expect(c.kind, c.id).toBe(row.kind);
    expect(c.source, c.id).toBe(row.source);
    expect(c.name, c.id).toBe(row.name);
    expect(c.detail.length, c.id).toBeGreaterThan(0);
    expect(['pass', 'fail', 'deviation'], c.id).toContain(c.status);
    if (row.paper !== undefined && typeof c.value === 'number' && Number.isFinite(c.value))
      expect(c.ratio, c.id).toBeCloseTo(c.value / row.paper, 12);
  }
}

/**
 * The statuses of the claims by id.
 *
 * @param claims - an experiment's claims
 * @returns { [id]: status }
 */
export function statuses(claims: readonly Claim[]): Record<string, ClaimStatus> {
  return Object.fromEntries(claims.map((c) => [c.id, c.status]));
}

/**
 * No claim fails (pass, or a registered deviation); the message names the failing ones.
 *
 * @param claims - an experiment's claims
 */
export function expectNoneFails(claims: readonly Claim[]): void {
  const failed = claims
    .filter((c) => c.status === 'fail')
    .map((c) => `${c.id}: ${c.value} vs ${c.bound} (${c.detail})`);
  expect(failed).toEqual([]);
}

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

/** Every claim has status 'fail' (the message names the ones that did not). */
export function expectAllFail(claims: readonly Claim[]): void {
  const notFailed = claims.filter((c) => c.status !== 'fail').map((c) => `${c.id} = ${String(c.value)}`);
  expect(notFailed, 'claims that did not fail').toEqual([]);
  expect(claims.length).toBeGreaterThan(0);
}

/** Every claim passes (the message names the ones that did not, with value and bound). */
export function expectAllPass(claims: readonly Claim[]): void {
  const failed = claims
    .filter((c) => c.status !== 'pass')
    .map((c) => `${c.id} = ${String(c.value)} vs ${String(c.bound)}: ${c.detail}`);
  expect(failed, 'claims that did not pass').toEqual([]);
}
