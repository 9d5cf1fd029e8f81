import { isBuiltSystem, makeSystem } from './ss.ts';
import type { LtiSystem, MatrixInput } from './types.ts';

/** Which kind of system a function accepts. */
export type SystemKind = 'continuous' | 'discrete' | 'any';

/**
 * Validates `sys` as an LTI system: a value built by {@link ss} is returned as is; a plain object { A, B, C, D?, dt? }
 * (any MatrixInput forms, dt absent or null meaning continuous) is checked and built with ss. Refuses the wrong kind
 * with a pointer to the right function.
 *
 * @param where - calling function, for the message
 * @param sys - the candidate
 * @param kind - 'continuous', 'discrete' or 'any'; @default 'any'
 * @param name - the argument's name in messages; @default 'sys'
 * @returns the system as a frozen LtiSystem
 * @throws TypeError for a non-object or malformed matrices (naming sys.A, ...); RangeError for non-finite entries,
 *   a bad dt, or the wrong kind
 * @example requireSystem('dlsim', ss([[0.5]], [1], [1], 0, { dt: 1 }), 'discrete').dt === 1
 * @see arXiv:2407.09375
 * @internal
 */
export function requireSystem(
  where: string,
  sys: unknown,
  kind: SystemKind = 'any',
  name = 'sys',
): LtiSystem {
  let s: LtiSystem;
  if (isBuiltSystem(sys)) s = sys;
  else {
    if (typeof sys !== 'object' || sys === null || !('A' in sys) || !('B' in sys) || !('C' in sys)) {
      throw new TypeError(
        `${where}: ${name} must be a state-space system ss(A, B, C, D, { dt }) or an object { A, B, C, D, dt }, got ${
          sys === null ? 'null' : typeof sys
        }`,
      );
    }
    const o = sys as { A: MatrixInput; B: MatrixInput; C: MatrixInput; D?: MatrixInput; dt?: number | null };
    s = makeSystem(where, `${name}.`, o.A, o.B, o.C, o.D, o.dt);
  }
  if (kind === 'discrete' && s.dt === null) {
    throw new RangeError(
      `${where}: ${name} must be a discrete system (dt > 0), got a continuous one (dt null): discretize it with ` +
        `cont2discrete(sys, dt, method), or use the continuous counterpart`,
    );
  }
  if (kind === 'continuous' && s.dt !== null) {
    throw new RangeError(
      `${where}: ${name} must be a continuous system (dt null), got a discrete one (dt = ${s.dt}): use the discrete ` +
        `counterpart (dlsim, dimpulse, dstep, dfreqresp)`,
    );
  }
  return s;
}
