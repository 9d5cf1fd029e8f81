/**
 * Scales of figure 4: the error-vs-N scales (N = 1..97 step 4, L = 10^4; quick 64 functions per alpha, paper 1000).
 *
 * @see arXiv:2407.09375
 */
import { ERROR_VS_N_SCALES } from '../common/errorVsN/index.ts';
import type { ErrorVsNScale } from '../common/errorVsN/index.ts';
import type { Scale } from '../types.ts';

/** Parameters of one scale of figure 4. */
export type Fig4Params = ErrorVsNScale;

/** quick and paper parameters. */
export const fig4Scales: Record<Scale, Fig4Params> = ERROR_VS_N_SCALES;
