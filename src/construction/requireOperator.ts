import type { HippoOperator } from '../hippo/types.ts';

/**
 * Checks that `op` has the shape of a {@link HippoOperator} (A [N, N], B [N], endpoint [N], and when it carries
 * its own readout: readout.C [N], a finite readout.D) and returns it.
 *
 * @param where - calling function, for the message
 * @param op - the value to check
 * @throws TypeError naming the function and the defect
 * @example requireOperator('prophecy', hippo('legt', 4)).N // 4
 * @see arXiv:2407.09375
 * @internal
 */
export function requireOperator(where: string, op: unknown): HippoOperator {
  if (typeof op !== 'object' || op === null) {
    throw new TypeError(
      `${where}: op must be a HippoOperator (from hippo()), got ${op === null ? 'null' : typeof op}`,
    );
  }
  const o = op as Partial<HippoOperator>;
  const N = o.N;
  if (typeof N !== 'number' || !Number.isInteger(N) || N < 1) {
    throw new TypeError(`${where}: op.N must be an integer >= 1, got ${String(N)}`);
  }
  if (!o.A || o.A.rows !== N || o.A.cols !== N || !(o.A.data instanceof Float64Array)) {
    throw new TypeError(`${where}: op.A must be a Matrix of shape [${N}, ${N}]`);
  }
  if (!(o.B instanceof Float64Array) || o.B.length !== N) {
    throw new TypeError(`${where}: op.B must be a Float64Array of length ${N}`);
  }
  if (!(o.endpoint instanceof Float64Array) || o.endpoint.length !== N) {
    throw new TypeError(`${where}: op.endpoint must be a Float64Array of length ${N}`);
  }
  const r = o.readout;
  if (r !== undefined && r !== null) {
    if (typeof r !== 'object' || !(r.C instanceof Float64Array) || r.C.length !== N) {
      throw new TypeError(
        `${where}: op.readout must be null or { C: Float64Array of length ${N}, D, output }`,
      );
    }
    if (typeof r.D !== 'number' || !Number.isFinite(r.D)) {
      throw new TypeError(`${where}: op.readout.D must be a finite number, got ${String(r.D)}`);
    }
  }
  return op as HippoOperator;
}
