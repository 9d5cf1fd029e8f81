/**
 * Parameters and scales of the order-in-dt experiment.
 *
 * @see arXiv:2407.09375
 */
import type { Scale } from '../types.ts';

/** Parameters of one scale. */
export interface OrderDtParams {
  N: number;
  theta: number;
  /** time steps; each must satisfy D dt / 2 < 1 (LegT: N^2 dt / (2 theta) < 1) */
  dts: number[];
  /** total time span simulated from rest; the error is measured over its last window [T - theta, T] */
  T: number;
  methods: ('bilinear' | 'zoh' | 'backward' | 'forward')[];
}

/** quick and paper parameters (paper: one more dt and a longer span). */
export const orderDtScales: Record<Scale, OrderDtParams> = {
  quick: {
    N: 17,
    theta: 1,
    dts: [5e-5, 1e-4, 2e-4, 5e-4, 1e-3, 2e-3],
    T: 4,
    methods: ['bilinear', 'zoh', 'backward', 'forward'],
  },
  paper: {
    N: 17,
    theta: 1,
    dts: [2.5e-5, 5e-5, 1e-4, 2e-4, 5e-4, 1e-3, 2e-3],
    T: 6,
    methods: ['bilinear', 'zoh', 'backward', 'forward'],
  },
};
