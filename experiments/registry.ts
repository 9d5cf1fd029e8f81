/**
 * Every experiment `hippo-prophecy reproduce` knows, in run order. Each experiment folder's index.ts exports
 * `experiment`; adding one is one import and one entry here.
 */
import type { Experiment } from './types.ts';
import { experiment as fig3WhiteVsN } from './fig3-white-vs-n/index.ts';
import { experiment as fig4FilteredVsN } from './fig4-filtered-vs-n/index.ts';

/** The registered experiments (ids unique; the runner checks). */
export const experiments: Experiment[] = [fig3WhiteVsN, fig4FilteredVsN] as Experiment[];
