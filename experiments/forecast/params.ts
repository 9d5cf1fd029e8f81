/**
 * Scales of the forecast experiment: the systems and context lengths (one grid row per context), initial conditions
 * per cell, the forecast horizon, the transient and the fixed horizons of the NRMSE.
 *
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
import type { SystemName } from '../../src/systems/index.ts';
import type { Scale } from '../types.ts';

/** One row of the grid: a context length and the systems forecast from it. */
export interface ForecastGridRow {
  /** context length T (samples of every channel seen before the forecast) */
  context: number;
  systems: SystemName[];
}

/** Parameters of one scale. */
export interface ForecastParams {
  /** the (system, context) cells, by context */
  grid: ForecastGridRow[];
  /** initial conditions per cell (streams 0..ics-1 of the run's seed) */
  ics: number;
  /** forecast steps (the cap of the valid time: a forecast still valid there is censored) */
  horizon: number;
  /** time units discarded before the context starts (systems that take a transient) */
  transient: number;
  /** forecast lengths (steps) at which the NRMSE is reported */
  nrmseSteps: number[];
  /** the system whose forecast of stream 0 at its longest context is kept for the figures */
  traceSystem: SystemName;
  /** points kept per channel of that trace */
  tracePoints: number;
}

/** The systems: the six of issue 17 and four more classic ones (chaotic first). */
export const FORECAST_SYSTEMS: SystemName[] = [
  'lorenz',
  'rossler',
  'mackey-glass',
  'duffing',
  'lotka-volterra',
  'van-der-pol',
  'pendulum',
  'damped-pendulum',
  'mass-spring',
  'linear-system',
];

const common = {
  ics: 10,
  horizon: 3000,
  transient: 50,
  nrmseSteps: [10, 100, 1000],
  traceSystem: 'lorenz' as SystemName,
  tracePoints: 1000,
};

/**
 * quick: every system at context 10^3, Lorenz only at 10^4 (the long-context fits cost ~4x more; about 1.5 minutes
 * on one worker); paper: every system at both contexts.
 */
export const forecastScales: Record<Scale, ForecastParams> = {
  quick: {
    ...common,
    grid: [
      { context: 10000, systems: ['lorenz'] },
      { context: 1000, systems: FORECAST_SYSTEMS },
    ],
  },
  paper: {
    ...common,
    grid: [
      { context: 10000, systems: FORECAST_SYSTEMS },
      { context: 1000, systems: FORECAST_SYSTEMS },
    ],
  },
};
