/**
 * Output helpers shared by the CLI commands: JSON with Float64Array and Matrix converted to plain arrays.
 */
import type { Matrix } from '../linalg/matrix.ts';
import { toRows } from '../linalg/matrix.ts';

function isMatrix(value: unknown): value is Matrix {
  return (
    typeof value === 'object' &&
    value !== null &&
    'rows' in value &&
    'cols' in value &&
    (value as { data?: unknown }).data instanceof Float64Array
  );
}

/** A JSON-ready copy: Matrix -> array of rows, typed arrays -> arrays, non-finite numbers -> null. */
export function toPlainJson(value: unknown): unknown {
  if (isMatrix(value)) return toRows(value);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainJson(v)]));
  }
  return value;
}

/** Prints `value` as JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(toPlainJson(value))}\n`);
}

/** Parses a number option, naming the option in the error. */
export function parseNumberOption(name: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || Number.isNaN(value))
    throw new TypeError(`--${name} must be a number, got "${raw}"`);
  return value;
}
