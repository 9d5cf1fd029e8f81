/**
 * Parameters and scales of the higher-order experiment: the rules compared, the two dt sweeps and the paper setting.
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of one scale. */
export type HigherOrderParams = {
  /** rules compared on every curve */
  rules: { rule: 'trapezoid' | 'matched' | 'taylor'; M: number }[];
  /** smooth test signal at the paper's N and theta: dt values and the time span [0, T] (errors over t >= T - 2) */
  smooth: { N: number; theta: number; dts: number[]; T: number };
  /** White Signal gamma 1 with a resolving window: lengths L (dt = 1/L), number of functions */
  white: { N: number; theta: number; gamma: number; lengths: number[]; functions: number };
  /** the paper's setting: N, dt = 1/L, theta = 1, second-half MSE on these signals */
  paper: {
    N: number;
    L: number;
    functions: number;
    signals: { label: string; system: string; params: Record<string, number> }[];
  };
  /** RMSE below this is treated as the float64 floor and left out of the slope fits */
  fitFloor: number;
};

const RULES: HigherOrderParams['rules'] = [
  { rule: 'trapezoid', M: 1 },
  { rule: 'matched', M: 2 },
  { rule: 'matched', M: 3 },
  { rule: 'matched', M: 4 },
  { rule: 'taylor', M: 3 },
];

const PAPER_SIGNALS: HigherOrderParams['paper']['signals'] = [
  { label: 'White Signal gamma 1', system: 'white-signal', params: { gamma: 1 } },
  { label: 'White Signal gamma 5', system: 'white-signal', params: { gamma: 5 } },
  { label: 'Legendre', system: 'legendre', params: {} },
  { label: 'MultipleSine', system: 'multi-sine', params: {} },
  { label: 'Van der Pol (paper)', system: 'vdp-paper', params: {} },
  { label: 'Filtered Noise alpha 0.1', system: 'filtered-noise', params: { alpha: 0.1 } },
];

function scale(functions: number, whiteFunctions: number): HigherOrderParams {
  return {
    rules: RULES,
    smooth: {
      N: 17,
      theta: 1,
      dts: [3.2e-3, 2.26e-3, 1.6e-3, 1.13e-3, 8e-4, 5.66e-4, 4e-4, 2e-4, 1e-4],
      T: 8,
    },
    white: {
      N: 17,
      theta: 0.1,
      gamma: 1,
      lengths: [2000, 2800, 4000, 5600, 8000, 10000, 14000, 20000],
      functions: whiteFunctions,
    },
    paper: { N: 17, L: 10000, functions, signals: PAPER_SIGNALS },
    fitFloor: 1e-13,
  };
}

/** quick and paper parameters (paper: more functions). */
export const higherOrderScales: Record<Scale, HigherOrderParams> = {
  quick: scale(2, 4),
  paper: scale(16, 32),
};
