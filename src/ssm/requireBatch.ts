import { requireFiniteArray, requireInteger } from '../util/validate.ts';
import type { StridedBatch } from './types.ts';

/** A validated batch: B equally long Float64Array views. */
export interface BatchViews {
  readonly views: readonly Float64Array[];
  readonly batch: number;
  readonly length: number;
}

/**
 * Validates a batch of sequences (an array of B arrays of equal length L, or a StridedBatch) and returns it as B
 * Float64Array views (no copy for Float64Array input; plain number arrays are copied).
 *
 * @param where - calling function, for the message
 * @param name - argument name, for the message
 * @param input - readonly ArrayLike<number>[] of equal lengths, or { data, batch, length } with data.length = B L
 * @returns the views, B and L
 * @throws TypeError for a wrong type, ragged lengths or a data buffer of the wrong size; RangeError naming
 *   `name[b][k]` for a non-finite entry
 * @example requireBatch('scan', 'us', [Float64Array.of(1, 2)]).length === 2
 * @see arXiv:2407.09375
 */
export function requireBatch(where: string, name: string, input: unknown): BatchViews {
  if (Array.isArray(input)) {
    const views = input.map((u, b) => requireFiniteArray(where, `${name}[${b}]`, u));
    const length = views.length === 0 ? 0 : views[0].length;
    views.forEach((v, b) => {
      if (v.length !== length) {
        throw new TypeError(
          `${where}: every sequence of ${name} must have the same length (${length}); ${name}[${b}] has length ${v.length}`,
        );
      }
    });
    return { views, batch: views.length, length };
  }
  if (typeof input === 'object' && input !== null && 'data' in input) {
    const s = input as StridedBatch;
    requireInteger(where, `${name}.batch`, s.batch, 0);
    requireInteger(where, `${name}.length`, s.length, 0);
    if (!(s.data instanceof Float64Array) || s.data.length !== s.batch * s.length) {
      throw new TypeError(
        `${where}: ${name}.data must be a Float64Array of length batch * length = ${s.batch * s.length}`,
      );
    }
    const views: Float64Array[] = [];
    for (let b = 0; b < s.batch; b++) {
      views.push(
        requireFiniteArray(where, `${name}[${b}]`, s.data.subarray(b * s.length, (b + 1) * s.length)),
      );
    }
    return { views, batch: s.batch, length: s.length };
  }
  throw new TypeError(
    `${where}: ${name} must be an array of sequences or a { data, batch, length } StridedBatch, got ${typeof input}`,
  );
}

/** Splits a [B, L] row-major buffer into B subarray views. */
export function splitRows(data: Float64Array, batch: number, length: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let b = 0; b < batch; b++) out.push(data.subarray(b * length, (b + 1) * length));
  return out;
}
