/**
 * Every experiment `hippo-prophecy reproduce` knows, in run order. Each experiment folder adds one import and one
 * entry here (experiments/<id>/<id>.ts exporting the Experiment).
 */
import type { Experiment } from './types.ts';

/** The registered experiments (ids unique; the runner checks). */
export const experiments: Experiment[] = [];
