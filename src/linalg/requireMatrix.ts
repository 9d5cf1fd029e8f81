import type { Matrix } from './matrix.ts';

/**
 * Checks that `m` is a well-formed {@link Matrix} (integer shape, Float64Array data of length rows * cols) and,
 * when given, has the expected shape. O(1): entries are not scanned (see {@link requireFiniteMatrix}).
 *
 * @param where - name of the calling function, used in the message
 * @param name - name of the argument
 * @param m - the value to check
 * @param shape - optional expected shape; `rows` / `cols` left undefined are not checked
 * @throws TypeError when `m` is not a matrix or has the wrong shape
 * @example requireMatrix('matmul', 'A', identity(2)); // returns the matrix
 * @see arXiv:2407.09375
 * @internal
 */
export function requireMatrix(
  where: string,
  name: string,
  m: unknown,
  shape: { rows?: number; cols?: number } = {},
): Matrix {
  const mm = m as Partial<Matrix> | null;
  if (
    mm === null ||
    typeof mm !== 'object' ||
    !Number.isInteger(mm.rows) ||
    !Number.isInteger(mm.cols) ||
    (mm.rows as number) < 0 ||
    (mm.cols as number) < 0 ||
    !(mm.data instanceof Float64Array) ||
    mm.data.length !== (mm.rows as number) * (mm.cols as number)
  ) {
    throw new TypeError(`${where}: ${name} must be a Matrix { rows, cols, data: Float64Array(rows * cols) }`);
  }
  const M = mm as Matrix;
  if (
    (shape.rows !== undefined && M.rows !== shape.rows) ||
    (shape.cols !== undefined && M.cols !== shape.cols)
  ) {
    throw new TypeError(
      `${where}: ${name} must have shape [${shape.rows ?? '*'}, ${shape.cols ?? '*'}], got [${M.rows}, ${M.cols}]`,
    );
  }
  return M;
}

/**
 * Checks that `m` is a square matrix and returns its size.
 *
 * @param where - name of the calling function, used in the message
 * @param name - name of the argument
 * @param m - the value to check (expected shape [n, n])
 * @returns n
 * @throws TypeError when `m` is not a square matrix
 * @example requireSquare('lu', 'A', identity(3)) === 3
 * @internal
 */
export function requireSquare(where: string, name: string, m: unknown): number {
  const M = requireMatrix(where, name, m);
  if (M.rows !== M.cols)
    throw new TypeError(`${where}: ${name} must be square, got shape [${M.rows}, ${M.cols}]`);
  return M.rows;
}

/**
 * Checks that `m` is a matrix whose entries are all finite (O(rows * cols)).
 *
 * @param where - name of the calling function, used in the message
 * @param name - name of the argument
 * @param m - the value to check
 * @param shape - optional expected shape; `rows` / `cols` left undefined are not checked
 * @throws TypeError when `m` is not a matrix; RangeError naming the first non-finite entry
 * @example requireFiniteMatrix('expm', 'A', identity(2)).rows === 2
 * @internal
 */
export function requireFiniteMatrix(
  where: string,
  name: string,
  m: unknown,
  shape: { rows?: number; cols?: number } = {},
): Matrix {
  const M = requireMatrix(where, name, m, shape);
  for (let i = 0; i < M.data.length; i++) {
    if (!Number.isFinite(M.data[i])) {
      const r = Math.floor(i / M.cols);
      throw new RangeError(`${where}: ${name}[${r}][${i - r * M.cols}] must be finite, got ${M.data[i]}`);
    }
  }
  return M;
}
