/**
 * Non-finite results as errors: a computation whose output holds NaN or Infinity stops with a message that names
 * the quantity and the index, instead of handing back a silent wrong number (or a JSON null).
 *
 * @see arXiv:2407.09375
 */
import type { Matrix } from '../linalg/matrix.ts';
import { isMatrix } from '../linalg/matrix.ts';

/** Thrown when a computed result holds NaN or Infinity; `quantity` and `index` say where. */
export class NonFiniteError extends RangeError {
  /** the quantity with the non-finite entry, e.g. 'Abar' or 'prediction' */
  readonly quantity: string;
  /** the index of the first non-finite entry ([row, col] for a matrix, [] for a scalar) */
  readonly index: readonly number[];
  /** the entry itself: NaN, Infinity or -Infinity */
  readonly value: number;
  constructor(message: string, quantity: string, index: readonly number[], value: number) {
    super(message);
    this.name = 'NonFiniteError';
    this.quantity = quantity;
    this.index = index;
    this.value = value;
  }
}

/**
 * The index of the first entry of `values` that is NaN or +-Infinity, or -1 when every entry is finite.
 *
 * @param values - the array to scan
 * @returns an index in [0, values.length) or -1
 * @example firstNonFinite(Float64Array.of(1, 2, Infinity, NaN)) === 2 && firstNonFinite([1, 2]) === -1;
 * @see arXiv:2407.09375
 * @internal
 */
export function firstNonFinite(values: ArrayLike<number>): number {
  // x * 0 is 0 for finite x and NaN otherwise: a running sum over blocks finds a block cheaply, then its index
  const n = values.length;
  const BLOCK = 4096;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    let s = 0;
    for (let i = start; i < end; i++) s += values[i] * 0;
    if (s !== 0) {
      for (let i = start; i < end; i++) if (!Number.isFinite(values[i])) return i;
    }
  }
  return -1;
}

/**
 * Throws a {@link NonFiniteError} naming `where`, the quantity and the index of the first NaN or Infinity in a
 * scalar, a vector or a Matrix; returns the value otherwise.
 *
 * @param where - the calling function, e.g. 'prophecy'
 * @param quantity - the name of the result, e.g. 'Abar'
 * @param value - a number, an array of numbers or a Matrix (indexed [row][col] in the message)
 * @param hint - appended to the message: the likely cause and the remedy; @default ''
 * @returns value
 * @throws NonFiniteError (a RangeError) at the first non-finite entry
 * @example
 *   let message = '';
 *   try { requireFiniteResult('demo', 'Abar', fromRows([[1, 2], [Infinity, 4]])); } catch (e) { message = (e as Error).message; }
 *   message === 'demo: Abar[1][0] is Infinity (not finite)';
 * @see arXiv:2407.09375
 * @internal
 */
export function requireFiniteResult<T extends number | ArrayLike<number> | Matrix>(
  where: string,
  quantity: string,
  value: T,
  hint = '',
): T {
  let index: number[] = [];
  let bad: number | null = null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) bad = value;
  } else if (isMatrix(value)) {
    const i = firstNonFinite(value.data);
    if (i >= 0) {
      index = [Math.floor(i / value.cols), i % value.cols];
      bad = value.data[i];
    }
  } else {
    const i = firstNonFinite(value as ArrayLike<number>);
    if (i >= 0) {
      index = [i];
      bad = (value as ArrayLike<number>)[i];
    }
  }
  if (bad !== null) {
    const at = index.map((i) => `[${i}]`).join('');
    throw new NonFiniteError(
      `${where}: ${quantity}${at} is ${bad} (not finite)${hint === '' ? '' : `: ${hint}`}`,
      quantity,
      index,
      bad,
    );
  }
  return value;
}
