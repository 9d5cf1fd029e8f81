/**
 * The message of an error (or the string form of a thrown non-error).
 *
 * @param error - the thrown value
 * @returns its message
 * @example errorText(new Error('boom')) // 'boom'
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
