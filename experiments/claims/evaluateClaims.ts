/**
 * Evaluates a table of claim specs into claims: each measurement runs guarded, so one that throws (a missing N, an
 * empty selection that a helper refuses) becomes a failed claim and the others are still computed.
 *
 * @see arXiv:2407.09375
 */
import type { RegisteredClaim as Claim } from './registration.ts';
import type { ClaimSpec, ClaimTest, JudgedClaimSpec } from './claimSpec.ts';
import { errorClaim } from './errorClaim.ts';

/** The bound as shown in a claim: the number, or "[lo, hi]" for a band. */
function boundOf(test: ClaimTest): number | string {
  return test.kind === 'between' ? `[${test.lo}, ${test.hi}]` : test.bound;
}

/** The test in words, the detail of a claim whose measurement gives none. */
function defaultDetail(test: ClaimTest): string {
  if (test.kind === 'atMost') return `needs value <= ${test.bound}`;
  if (test.kind === 'atLeast') return `needs value >= ${test.bound}`;
  return 'needs lo <= value <= hi';
}

/** Whether `value` passes `test` (NaN fails every test: every comparison with NaN is false). */
function passes(test: ClaimTest, value: number): boolean {
  if (test.kind === 'atMost') return value <= test.bound;
  if (test.kind === 'atLeast') return value >= test.bound;
  return test.lo <= value && value <= test.hi;
}

function isJudged(spec: ClaimSpec): spec is JudgedClaimSpec {
  return spec.test.kind === 'judged';
}

/** Legacy rows carry no registration yet: the claims issue converts every experiment to a bound table. */
function unregistered(name: string, pass: boolean) {
  return {
    id: name,
    name,
    kind: 'finding' as const,
    source: 'not yet registered',
    reason: 'not yet registered',
    status: pass ? ('pass' as const) : ('fail' as const),
    pass,
  };
}

function evaluateOne(spec: ClaimSpec): Claim {
  if (isJudged(spec)) {
    const { value, pass, detail } = spec.measure();
    return { ...unregistered(spec.name, pass), value, bound: spec.test.bound, detail };
  }
  const test = spec.test;
  const m = spec.measure();
  const value = typeof m === 'number' ? m : m.value;
  const detail = typeof m === 'number' ? '' : (m.detail ?? '');
  return {
    ...unregistered(spec.name, passes(test, value)),
    value,
    bound: boundOf(test),
    detail: detail || defaultDetail(test),
  };
}

/**
 * The claims of a table of specs, in order: value from `measure`, bound and pass from the test. A measurement that
 * throws gives a failed claim of the same name (value 'error', bound 'no error', detail "claim threw: <message>").
 *
 * @param specs - the claims table (see claimSpec.ts: atMost, atLeast, between, judged)
 * @returns one claim per spec, `pass` computed
 * @example evaluateClaims([atMost('error small', 1e-6, () => 3e-7)])[0].pass // true
 * @see arXiv:2407.09375
 */
export function evaluateClaims(specs: readonly ClaimSpec[]): Claim[] {
  return specs.map((spec) => {
    try {
      return evaluateOne(spec);
    } catch (error) {
      return errorClaim(spec.name, 'claim', error);
    }
  });
}
