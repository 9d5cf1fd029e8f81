/**
 * Parameters and scales of the window experiment: the signal classes, the (theta, N) grid, the member orders and
 * the bank's combiner.
 *
 * @see arXiv:2407.09375
 */
import type { CombineOptions } from '../../src/window-bank/index.ts';
import type { Scale } from '../types.ts';

/** One signal class of the paper. */
export type SignalClass = { label: string; system: string; params: Record<string, number> };

/** Parameters of one scale. */
export type WindowParams = {
  /** context length L; dt = 1/L so that theta = 1 is the whole context (the paper's setting) */
  L: number;
  /** functions per class, evaluated in chunks of `chunk` */
  functions: number;
  chunk: number;
  classes: SignalClass[];
  /** the theta axis: `count` windows geometric from thetaMin to thetaMax */
  thetaMin: number;
  thetaMax: number;
  count: number;
  /** the N axis */
  Ns: number[];
  /** readout orders of the members: 1 = the paper's trapezoid, 3 = matched-3 (src/higher-order) */
  orders: number[];
  /** the combiner's options (src/window-bank combineOnline) */
  combine: CombineOptions;
  /** the paper's construction, for comparison: theta = 1, this N, trapezoid */
  paperN: number;
};

const CLASSES: WindowParams['classes'] = [
  { label: 'White Signal gamma 1', system: 'white-signal', params: { gamma: 1 } },
  { label: 'White Signal gamma 2', system: 'white-signal', params: { gamma: 2 } },
  { label: 'White Signal gamma 5', system: 'white-signal', params: { gamma: 5 } },
  { label: 'Filtered Noise alpha 0.05', system: 'filtered-noise', params: { alpha: 0.05 } },
  { label: 'Filtered Noise alpha 0.1', system: 'filtered-noise', params: { alpha: 0.1 } },
  { label: 'Filtered Noise alpha 0.3', system: 'filtered-noise', params: { alpha: 0.3 } },
];

function scale(functions: number): WindowParams {
  return {
    L: 10000,
    functions,
    chunk: 4,
    classes: CLASSES,
    thetaMin: 1e-3,
    thetaMax: 1,
    count: 13,
    Ns: [1, 2, 3, 4, 6, 9, 13, 17, 25, 33],
    orders: [1, 3],
    combine: { forgetting: 0.95, weighting: 'softmin', temperature: 0.25 },
    paperN: 17,
  };
}

/** quick and paper parameters (paper: more functions per class). */
export const windowScales: Record<Scale, WindowParams> = { quick: scale(4), paper: scale(32) };
