/**
 * The scales shared by figures 3 and 4: N = 1..97 step 4 (all odd, as FouT needs), L = 10^4 as in the paper.
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../../types.ts';
import type { ErrorVsNScale } from './types.ts';

/** N = 1, 5, ..., 97 (25 values). */
export const ERROR_VS_N_NS: number[] = Array.from({ length: 25 }, (_, i) => 1 + 4 * i);

/**
 * quick: 64 functions per value (a few seconds per figure on one core); paper: the paper's 1000 functions. Units of a
 * sharded run: 2 (quick) and 10 (paper) batches of functions per value.
 */
export const ERROR_VS_N_SCALES: Record<Scale, ErrorVsNScale> = {
  quick: { functions: 64, length: 10_000, taskSize: 16, Ns: ERROR_VS_N_NS, unitFunctions: 32 },
  paper: { functions: 1000, length: 10_000, taskSize: 50, Ns: ERROR_VS_N_NS, unitFunctions: 100 },
};
