import type { Matrix } from '../linalg/matrix.ts';
import { requireMatrix } from '../linalg/requireMatrix.ts';
import type { MatrixInput } from './types.ts';

/** How a flat vector is read: as a column (B), a row (C), or not at all (A, D). */
export type VectorRole = 'column' | 'row' | 'none';

function isMatrixObject(value: unknown): value is Matrix {
  return typeof value === 'object' && value !== null && 'rows' in value && 'cols' in value && 'data' in value;
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function finiteEntry(where: string, label: string, x: unknown): number {
  if (typeof x !== 'number') throw new TypeError(`${where}: ${label} must be a number, got ${typeof x}`);
  if (!Number.isFinite(x)) throw new RangeError(`${where}: ${label} must be finite, got ${x}`);
  return x;
}

/**
 * A fresh Matrix from a MatrixInput (a Matrix is copied, so later changes to the argument do not reach the
 * result): nested rows must all have the same length; a flat vector becomes [len, 1] for role 'column', [1, len] for
 * 'row' and is refused for 'none' (except [], read as 0 x 0); a number becomes [1, 1]. Every entry must be a finite number.
 *
 * @internal used by ss and the system checks
 */
export function toMatrix(where: string, name: string, value: MatrixInput, role: VectorRole): Matrix {
  if (typeof value === 'number') {
    return { rows: 1, cols: 1, data: Float64Array.of(finiteEntry(where, name, value)) };
  }
  if (isMatrixObject(value)) {
    const M = requireMatrix(where, name, value);
    for (let i = 0; i < M.data.length; i++)
      finiteEntry(where, `${name}[${Math.floor(i / M.cols)}][${i % M.cols}]`, M.data[i]);
    return { rows: M.rows, cols: M.cols, data: Float64Array.from(M.data) };
  }
  if (!isArrayLike(value)) {
    throw new TypeError(
      `${where}: ${name} must be a Matrix, nested rows, a flat array or a number, got ${value === null ? 'null' : typeof value}`,
    );
  }
  if (value.length === 0 && role === 'none') return { rows: 0, cols: 0, data: new Float64Array(0) };
  const nested = value.length > 0 && isArrayLike(value[0]);
  if (!nested) {
    if (role === 'none') {
      throw new TypeError(
        `${where}: ${name} must be a Matrix or nested rows (a flat array of length ${value.length} is only read as ` +
          `B, a column, or C, a row)`,
      );
    }
    const data = new Float64Array(value.length);
    for (let i = 0; i < value.length; i++) data[i] = finiteEntry(where, `${name}[${i}]`, value[i]);
    return role === 'column' ? { rows: data.length, cols: 1, data } : { rows: 1, cols: data.length, data };
  }
  const rows = value.length;
  const cols = (value[0] as ArrayLike<unknown>).length;
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = value[i];
    if (!isArrayLike(row) || row.length !== cols) {
      throw new TypeError(
        `${where}: ${name} rows must all be arrays of length ${cols}; row ${i} ${isArrayLike(row) ? `has length ${row.length}` : 'is not an array'}`,
      );
    }
    for (let j = 0; j < cols; j++) data[i * cols + j] = finiteEntry(where, `${name}[${i}][${j}]`, row[j]);
  }
  return { rows, cols, data };
}
