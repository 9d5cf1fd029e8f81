/**
 * Checks a list of row (sequence) indices against a row count.
 *
 * @param where - caller name for messages
 * @param rows - the indices
 * @param count - number of rows available
 * @param allowEmpty - whether an empty list is allowed @default false
 * @throws RangeError for an empty list (unless allowed) or an index that is not an integer in [0, count)
 * @internal
 */
export function requireRows(where: string, rows: ArrayLike<number>, count: number, allowEmpty = false): void {
  if (rows.length === 0 && !allowEmpty) throw new RangeError(`${where}: the batch (idx) must not be empty`);
  for (let i = 0; i < rows.length; i++) {
    const s = rows[i];
    if (!(Number.isInteger(s) && s >= 0 && s < count)) {
      throw new RangeError(`${where}: row ${s} is outside [0, ${count})`);
    }
  }
}
