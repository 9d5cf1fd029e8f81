/**
 * Scales of the chaotic experiment: functions per system, context and horizon lengths, the AR(4) rollout memory.
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of one scale. */
export interface ChaoticParams {
  /** functions (initial conditions) per system */
  functions: number;
  /** context length T (true states seen) */
  context: number;
  /** forecast length */
  horizon: number;
  /** samples the AR(4) baseline refits on during its rollout */
  arMemory: number;
}

/** quick and paper parameters. */
export const chaoticScales: Record<Scale, ChaoticParams> = {
  quick: { functions: 6, context: 2000, horizon: 1000, arMemory: 256 },
  paper: { functions: 32, context: 5000, horizon: 2000, arMemory: 512 },
};
