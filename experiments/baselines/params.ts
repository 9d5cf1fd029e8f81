/**
 * Scales of the baselines experiment: functions per signal family and the signal lengths.
 *
 * @see arXiv:2407.09375
 */
import type { SuiteSize } from '../common/predictorSuite/index.ts';
import type { Scale } from '../types.ts';

/** Parameters of one scale: the suite size. */
export type BaselinesParams = SuiteSize;

/** quick and paper parameters. */
export const baselinesScales: Record<Scale, BaselinesParams> = {
  quick: { functions: 8, signalLength: 10000, systemLength: 4000 },
  paper: { functions: 64, signalLength: 10000, systemLength: 10000 },
};
