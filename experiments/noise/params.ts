/**
 * Scales of the noise experiment: functions per signal family and the signal lengths.
 *
 * @see arXiv:2407.09375
 */
import type { SuiteSize } from '../common/predictorSuite/index.ts';
import type { Scale } from '../types.ts';

/** Parameters of one scale: the suite size. */
export type NoiseParams = SuiteSize;

/** quick and paper parameters. */
export const noiseScales: Record<Scale, NoiseParams> = {
  quick: { functions: 6, signalLength: 10000, systemLength: 4000 },
  paper: { functions: 32, signalLength: 10000, systemLength: 10000 },
};
