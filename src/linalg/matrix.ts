/**
 * The float64 dense matrix used throughout the core: row-major storage, `data[i * cols + j]` is entry (i, j).
 *
 * @see arXiv:2407.09375
 */
export type Matrix = { readonly rows: number; readonly cols: number; readonly data: Float64Array };

/**
 * True when `value` has the shape of a {@link Matrix}: numeric rows and cols and a Float64Array data (its length is
 * not checked; requireMatrix does that).
 *
 * @param value - anything
 * @example isMatrix(zeros(2, 2)) && !isMatrix([[1, 2]]) && !isMatrix(Float64Array.of(1));
 * @see arXiv:2407.09375
 */
export function isMatrix(value: unknown): value is Matrix {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Matrix).rows === 'number' &&
    typeof (value as Matrix).cols === 'number' &&
    (value as Matrix).data instanceof Float64Array
  );
}

/**
 * A zero matrix of shape [rows, cols].
 *
 * @param rows - number of rows (integer >= 0)
 * @param cols - number of columns (integer >= 0)
 * @example zeros(2, 3).data.length === 6
 */
export function zeros(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/**
 * The identity matrix I_n, shape [n, n].
 *
 * @param n - size (integer >= 0)
 * @example identity(3).data[4] === 1
 */
export function identity(n: number): Matrix {
  const m = zeros(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

/**
 * A matrix from nested rows (convenient in tests and at the CLI boundary, never in hot paths).
 *
 * @param rows - array of equally long rows
 * @throws TypeError when the rows are ragged
 * @example fromRows([[1, 2], [3, 4]]).data // Float64Array [1, 2, 3, 4]
 */
export function fromRows(rows: ArrayLike<ArrayLike<number>>): Matrix {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0].length;
  const m = zeros(r, c);
  for (let i = 0; i < r; i++) {
    if (rows[i].length !== c) {
      throw new TypeError(`fromRows: rows must all have length ${c}; row ${i} has length ${rows[i].length}`);
    }
    for (let j = 0; j < c; j++) m.data[i * c + j] = rows[i][j];
  }
  return m;
}

/**
 * Nested rows of a matrix (for JSON output).
 *
 * @param m - matrix of shape [rows, cols]
 * @returns `rows` arrays of length `cols`
 * @example JSON.stringify(toRows(identity(2))) === '[[1,0],[0,1]]'
 */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/**
 * Entry (i, j) of a matrix: `m.data[i * m.cols + j]` (no bounds check: hot paths index `data` directly).
 *
 * @param m - matrix of shape [rows, cols]
 * @param i - row index, 0 <= i < rows
 * @param j - column index, 0 <= j < cols
 * @example at(fromRows([[1, 2], [3, 4]]), 1, 0) === 3
 */
export function at(m: Matrix, i: number, j: number): number {
  return m.data[i * m.cols + j];
}
