import { requireInteger } from '../util/validate.ts';

/**
 * Which positions an averaged error covers (paper-notes section 5 leaves the paper's choice open, so every figure
 * names its own):
 *
 * - `'whole'`: all positions [0, n);
 * - `'second-half'`: positions [floor(n / 2), n), the window of the paper's training loss and of paper-notes
 *   section 7 (it skips the start-up transient whose size grows with N);
 * - `{ from, to }`: the half-open range [from, to) of positions.
 *
 * @see arXiv:2407.09375
 */
export type AveragingWindow = 'whole' | 'second-half' | { readonly from: number; readonly to: number };

/** A resolved half-open index range [from, to) with from < to. */
export type IndexRange = { readonly from: number; readonly to: number };

/** Options selecting the half-open range [from, to) of positions a metric averages over. */
export type RangeOptions = {
  /**
   * first position included
   * @default 0
   */
  readonly from?: number;
  /**
   * one past the last position included
   * @default the length of the inputs
   */
  readonly to?: number;
};

/**
 * Checks a half-open range [from, to) against a length n: integers with 0 <= from < to <= n (an empty range has no
 * mean, so it is refused).
 *
 * @param where - the calling function's name, used in error messages
 * @param n - number of positions available (integer >= 1)
 * @param from - first position included (default 0)
 * @param to - one past the last position included (default n)
 * @throws RangeError when from or to is not an integer, or the range is empty or outside [0, n)
 * @example resolveRange('mse', 10, 2) // { from: 2, to: 10 }
 * @see arXiv:2407.09375
 * @internal
 */
export function resolveRange(where: string, n: number, from: number = 0, to: number = n): IndexRange {
  requireInteger(where, 'from', from, 0);
  requireInteger(where, 'to', to, 0);
  if (!(from < to) || to > n) {
    throw new RangeError(
      `${where}: the window [from, to) must satisfy 0 <= from < to <= ${n}, got [${from}, ${to})`,
    );
  }
  return { from, to };
}

/**
 * Resolves an {@link AveragingWindow} over n positions into a half-open index range [from, to).
 *
 * 'whole' -> [0, n); 'second-half' -> [floor(n / 2), n); { from, to } -> itself, checked.
 *
 * For one-step errors the positions are the n = L - 1 prediction indices k = 0..L-2 (prediction[k] against
 * u[k + 1]), so 'second-half' of a context of even length L covers the targets u[L/2 .. L-1].
 *
 * @param window - the window to resolve
 * @param n - number of positions (integer >= 1)
 * @throws RangeError for an unknown window name or an empty or out-of-range window; TypeError for a wrong type
 * @example resolveWindow('second-half', 9999) // { from: 4999, to: 9999 }
 * @see arXiv:2407.09375
 */
export function resolveWindow(window: AveragingWindow, n: number): IndexRange {
  requireInteger('resolveWindow', 'n', n, 1);
  if (window === 'whole') return { from: 0, to: n };
  if (window === 'second-half') return { from: Math.floor(n / 2), to: n };
  if (typeof window === 'object' && window !== null) {
    return resolveRange('resolveWindow', n, window.from, window.to);
  }
  if (typeof window === 'string') {
    throw new RangeError(
      `resolveWindow: window must be 'whole', 'second-half' or { from, to }; got "${window}"`,
    );
  }
  throw new TypeError(
    `resolveWindow: window must be 'whole', 'second-half' or { from, to }; got ${typeof window}`,
  );
}
