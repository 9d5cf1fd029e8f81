/**
 * Parameters and scales of the LegS vs LegT experiment: context lengths, state sizes and signals.
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** One signal of the comparison; `span` fixes the physical span so that every L samples the same signal class. */
export type LegsSignal = {
  label: string;
  system: string;
  params: Record<string, number>;
  /** 'period10': dt = 10/L (White Signal, Filtered Noise: 10 s as in the paper at L = 10^4); 'default': the system's own span */
  span: 'period10' | 'default';
};

/** Parameters of one scale. */
export type LegsParams = {
  lengths: number[];
  Ns: number[];
  functions: number;
  signals: LegsSignal[];
};

const SIGNALS: LegsParams['signals'] = [
  { label: 'White Signal gamma 1', system: 'white-signal', params: { gamma: 1 }, span: 'period10' },
  { label: 'White Signal gamma 5', system: 'white-signal', params: { gamma: 5 }, span: 'period10' },
  { label: 'Filtered Noise alpha 0.1', system: 'filtered-noise', params: { alpha: 0.1 }, span: 'period10' },
  { label: 'Van der Pol (paper)', system: 'vdp-paper', params: {}, span: 'default' },
  { label: 'Legendre', system: 'legendre', params: {}, span: 'default' },
  { label: 'MultipleSine', system: 'multi-sine', params: {}, span: 'default' },
];

function scale(functions: number): LegsParams {
  return { lengths: [1000, 10000], Ns: [3, 5, 9, 17, 25, 33], functions, signals: SIGNALS };
}

/** quick and paper parameters (paper: more functions per signal). */
export const legsVsLegtScales: Record<Scale, LegsParams> = { quick: scale(2), paper: scale(16) };
