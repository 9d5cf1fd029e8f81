/**
 * Types shared by the generator registry: system names, metadata and the run context.
 *
 * @see arXiv:2407.09375
 */
import type { Random } from './random.ts';
import type { ScaleMode } from './scaleSignal.ts';

/** Names of the paper's scalar signals. */
export const SIGNAL_NAMES = [
  'white-signal',
  'filtered-noise',
  'vdp-paper',
  'linear-function',
  'multi-sine',
  'legendre',
  'mixed',
  'bernoulli',
  'brownian',
  'gbm',
  'logistic-map',
] as const;

/** Names of the classic dynamical systems. */
export const CLASSIC_NAMES = [
  'van-der-pol',
  'lorenz',
  'rossler',
  'duffing',
  'lotka-volterra',
  'pendulum',
  'damped-pendulum',
  'mass-spring',
  'linear-system',
  'mackey-glass',
] as const;

/** Every generator name (CLI, registry, experiments). */
export type SystemName = (typeof SIGNAL_NAMES)[number] | (typeof CLASSIC_NAMES)[number];

/**
 * A parameter value: a number, or 'random' for an initial condition drawn from the seed (its distribution is
 * listed in the system's `random` field).
 */
export type ParamValue = number | 'random';

/** Everything a generator needs for one function: grid, parameters, streams, solver settings. */
export interface RunContext {
  /** sample times, shape [L] */
  readonly t: Float64Array;
  /** spacing of the samples (uniform grid) */
  readonly dt: number;
  /** the system's parameters: defaults overridden by the caller's values, validated */
  readonly params: Readonly<Record<string, ParamValue>>;
  /** stream for the function's own randomness (coefficients, noise increments, random matrices) */
  readonly main: Random;
  /** stream for initial conditions ('random' parameters) */
  readonly init: Random;
  /** stream for discrete choices (the Mixed component) */
  readonly choice: Random;
  /** ODE solver settings */
  readonly solver: { readonly method: 'dopri5' | 'rk4'; readonly rtol: number; readonly atol: number };
}

/** What {@link SystemDefinition.memory} estimates: bytes in total, the V8-heap part, the longest typed array. */
export interface SystemMemory {
  readonly bytes: number;
  readonly heapBytes?: number;
  readonly longestArray?: number;
}

/** Metadata and generator of one system. */
export interface SystemDefinition {
  readonly name: SystemName;
  /** 'signal': a scalar signal of the paper; 'system': a classic (vector-valued) dynamical system */
  readonly kind: 'signal' | 'system';
  /** number of channels (state dimension) with the default parameters */
  readonly dimension: number;
  /** channel names, length = dimension (with the default parameters) */
  readonly channels: readonly string[];
  /** the system's own parameters and their defaults */
  readonly defaults: Readonly<Record<string, ParamValue>>;
  /** distributions of the parameters whose default is 'random' */
  readonly random: Readonly<Record<string, string>>;
  /** default number of samples */
  readonly length: number;
  /** typical (default) sample spacing */
  readonly dt: number;
  /** default time span, sampled as linspace(t0, t1, length) when the caller gives no dt; null: t_k = k dt */
  readonly tSpan: readonly [number, number] | null;
  /** characteristic time scale (period, or 1 / largest Lyapunov exponent), in time units */
  readonly timeScale: number;
  /** whether the default dynamics are chaotic */
  readonly chaotic: boolean;
  /** largest Lyapunov exponent per time unit (literature value) for chaotic systems, else null */
  readonly lyapunov: number | null;
  /** where the Lyapunov exponent comes from */
  readonly lyapunovSource: string | null;
  /** default output scaling */
  readonly scale: ScaleMode;
  /** one-paragraph description with the exact equations */
  readonly description: string;
  /**
   * Peak memory of run() plus generate's scaling for `length` samples at spacing `dt` (outputs and sample times
   * included), for generate's memory check: bytes in total, the part on the V8 heap, the longest typed array.
   * Absent: 8 L (1 + 4 channels) bytes (the solution, a trimmed copy, the scaled copy, the sample times).
   */
  readonly memory?: (
    grid: { readonly length: number; readonly dt: number },
    params: Readonly<Record<string, ParamValue>>,
  ) => SystemMemory;
  /** Generates the channels (before scaling and observation noise). */
  run(ctx: RunContext): Float64Array[];
}
