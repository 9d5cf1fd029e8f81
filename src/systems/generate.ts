/**
 * The single entry point of the generators: `generate(system, { length, dt or tSpan, seed, ...params })` and its
 * batch form.
 *
 * @see arXiv:2407.09375
 */
import { requireMemory } from '../limits/memoryBudget.ts';
import { requireFiniteResult } from '../limits/nonFinite.ts';
import {
  requireFinite,
  requireInteger,
  requireOneOf,
  requireOptions,
  requirePositive,
} from '../util/validate.ts';
import { createRandom } from './random.ts';
import { systems, systemNames } from './registry.ts';
import { SCALE_MODES, scaleSignal } from './scaleSignal.ts';
import type { ScaleMode } from './scaleSignal.ts';
import type { ParamValue, RunContext, SystemName } from './types.ts';

/** Options of {@link generate}; every other key is a parameter of the system (see `systems[name].defaults`). */
export interface GenerateOptions {
  /** Number of samples L (>= 1; >= 2 with a time span). @default the system's `length` (10^4 for all) */
  length?: number;
  /** Sample spacing: t_k = t0 + k dt. Give dt or tSpan, not both. @default the system's `dt` */
  dt?: number;
  /** Time span [t0, t1], sampled as linspace(t0, t1, L). @default the system's `tSpan` when it has one */
  tSpan?: readonly [number, number];
  /** First sample time when the grid is given by dt. @default the system's tSpan[0], else 0 */
  t0?: number;
  /** Seed (any safe integer). @default 0 */
  seed?: number;
  /** Stream index: function i of a dataset. generateBatch uses stream + i. @default 0 */
  stream?: number;
  /** Output scaling per channel, applied before the noise. @default the system's `scale` */
  scale?: ScaleMode;
  /** Standard deviation of additive Gaussian observation noise (own stream), added after scaling. @default 0 */
  noise?: number;
  /** ODE solver of the classic systems: adaptive 'dopri5' or 'rk4' with one step per sample. @default 'dopri5' */
  solver?: 'dopri5' | 'rk4';
  /** Relative tolerance of dopri5. @default 1e-9 */
  rtol?: number;
  /** Absolute tolerance of dopri5. @default 1e-12 */
  atol?: number;
  /** System parameters (see `systems[name].defaults`). */
  [param: string]: unknown;
}

/** A generated function: sample times and one Float64Array per channel. */
export interface Generated {
  readonly system: SystemName;
  readonly channels: readonly string[];
  /** sample times, shape [L] */
  readonly t: Float64Array;
  /** values[c][k]: channel c at t[k], each of shape [L] */
  readonly values: Float64Array[];
}

const GENERIC = new Set([
  'length',
  'dt',
  'tSpan',
  't0',
  'seed',
  'stream',
  'scale',
  'noise',
  'solver',
  'rtol',
  'atol',
]);

/** Stream purposes below the function index: fixed forever so that data sets stay reproducible. */
const PURPOSE = { main: 0, noise: 1, init: 2, choice: 3 } as const;

/**
 * Generates function number `stream` of `seed` from a signal or system.
 *
 * Grid: with tSpan [t0, t1], t = linspace(t0, t1, L); with dt, t_k = t0 + k dt; with neither, the system's default
 * (its tSpan if it has one, else its dt). Then the system's generator runs with its parameters (defaults overridden
 * by the options; 'random' initial conditions are drawn from the seed), each channel is scaled (`scale`), and
 * Gaussian noise of standard deviation `noise` is added from its own stream. Streams: (seed, stream, purpose) with
 * purpose 0 main, 1 noise, 2 initial conditions, 3 discrete choices, so the result is a pure function of the
 * options and the same on every machine.
 *
 * @param system - a name from `systems` (e.g. 'white-signal', 'lorenz')
 * @param options - see {@link GenerateOptions}, plus the system's parameters
 * @returns { system, channels, t, values } with t of shape [L] and one Float64Array [L] per channel
 * @throws RangeError for an unknown system or parameter, a bad length, dt <= 0, an empty tSpan, both dt and
 *   tSpan, a non-finite parameter, an unknown scale or solver, noise < 0; MemoryBudgetError (a RangeError) when
 *   the length cannot fit the memory budget (memoryBudget(); checked before anything is allocated); NonFiniteError
 *   (a RangeError) when the sample times or a channel leave float64 (e.g. dt = 1e308), naming the index; TypeError
 *   for options that are not an object; OdeSolverError when a solver fails
 * @example generate('white-signal', { gamma: 2, seed: 1 }).values[0] // 10^4 samples in [0, 1]
 * @see arXiv:2407.09375
 */
export function generate(system: string, options: GenerateOptions = {}): Generated {
  const name = requireOneOf('generate', 'system', system, systemNames);
  const def = systems[name];
  const W = `generate(${name})`;
  options = requireOptions(W, options);
  const seed = requireFinite(W, 'seed', options.seed ?? 0);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`${W}: seed must be a safe integer, got ${seed}`);
  const stream = requireInteger(W, 'stream', options.stream ?? 0, 0);
  const scale = requireOneOf(W, 'scale', options.scale ?? def.scale, SCALE_MODES);
  const noise = requireFinite(W, 'noise', options.noise ?? 0);
  if (noise < 0) throw new RangeError(`${W}: noise must be >= 0, got ${noise}`);
  const method = requireOneOf(W, 'solver', options.solver ?? 'dopri5', ['dopri5', 'rk4'] as const);
  const rtol = requirePositive(W, 'rtol', options.rtol ?? 1e-9);
  const atol = requirePositive(W, 'atol', options.atol ?? 1e-12);
  const spec = gridSpec(W, def, options);

  const params: Record<string, ParamValue> = { ...def.defaults };
  for (const [key, value] of Object.entries(options)) {
    if (GENERIC.has(key) || value === undefined) continue;
    if (!(key in def.defaults)) {
      const known = Object.keys(def.defaults);
      throw new RangeError(
        `${W}: unknown parameter ${JSON.stringify(key)}; parameters of ${name}: ${known.length > 0 ? known.join(', ') : '(none)'}; generic options: ${[...GENERIC].join(', ')}`,
      );
    }
    if (value === 'random' && def.defaults[key] === 'random') {
      params[key] = 'random';
      continue;
    }
    params[key] = requireFinite(W, `parameter ${key}`, value);
  }

  checkMemory(W, def, spec, params);
  const t = gridTimes(spec);
  requireFiniteResult(
    W,
    't',
    t,
    `the sample times overflow float64 (length ${spec.L}, dt ${spec.dt}); use a smaller dt`,
  );
  const ctx: RunContext = {
    t,
    dt: spec.dt,
    params,
    main: createRandom(seed, stream, PURPOSE.main),
    init: createRandom(seed, stream, PURPOSE.init),
    choice: createRandom(seed, stream, PURPOSE.choice),
    solver: { method, rtol, atol },
  };
  const raw = def.run(ctx);
  const values = raw.map((c) => scaleSignal(c, scale));
  if (noise > 0) {
    const r = createRandom(seed, stream, PURPOSE.noise);
    for (const c of values) for (let k = 0; k < c.length; k++) c[k] += noise * r.normal();
  }
  const channels = values.length === def.channels.length ? def.channels : values.map((_, i) => `x${i + 1}`);
  values.forEach((c, i) =>
    requireFiniteResult(W, `values[${i}]`, c, `channel ${channels[i]} leaves float64 with these parameters`),
  );
  return { system: name, channels, t, values };
}

/**
 * `count` functions of one system: function i is generate(system, { ...options, stream: stream + i }), identical to
 * generating it alone.
 *
 * @param system - a name from `systems`
 * @param count - number of functions (integer >= 0)
 * @param options - as for {@link generate}
 * @returns the functions, in stream order
 * @throws as {@link generate}; RangeError for a bad count
 * @example
 *   const batch = generateBatch('filtered-noise', 4, { alpha: 0.05, seed: 7, length: 256 });
 *   batch.length === 4 && batch[0].values[0].length === 256;
 *   const alone = generate('filtered-noise', { alpha: 0.05, seed: 7, length: 256, stream: 2 });
 *   batch[2].values[0].every((v, k) => v === alone.values[0][k]); // function i is stream i, as if made alone
 * @see arXiv:2407.09375
 */
export function generateBatch(system: string, count: number, options: GenerateOptions = {}): Generated[] {
  options = requireOptions('generateBatch', options);
  requireInteger('generateBatch', 'count', count, 0);
  const first = requireInteger('generateBatch', 'stream', options.stream ?? 0, 0);
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) out.push(generate(system, { ...options, stream: first + i }));
  return out;
}

/** The grid of a call, before any allocation: L samples from t0 with spacing dt (the last one exactly t1 for a span). */
interface GridSpec {
  readonly L: number;
  readonly t0: number;
  readonly dt: number;
  /** the end of a time span (sampled as linspace), or null for t_k = t0 + k dt */
  readonly t1: number | null;
}

/** The grid of a call: from tSpan, from dt, or from the system's defaults. */
function gridSpec(W: string, def: (typeof systems)[SystemName], options: GenerateOptions): GridSpec {
  const L = requireInteger(W, 'length', options.length ?? def.length, 1);
  if (options.dt !== undefined && options.tSpan !== undefined) {
    throw new RangeError(`${W}: give dt or tSpan, not both (got dt = ${String(options.dt)} and a tSpan)`);
  }
  let span: readonly [number, number] | null = null;
  if (options.tSpan !== undefined) {
    const s = options.tSpan as unknown;
    if (!Array.isArray(s) || s.length !== 2) {
      throw new TypeError(`${W}: tSpan must be a pair [t0, t1], got ${JSON.stringify(s)}`);
    }
    span = [requireFinite(W, 'tSpan[0]', s[0]), requireFinite(W, 'tSpan[1]', s[1])];
  } else if (options.dt === undefined && def.tSpan !== null) {
    span = def.tSpan;
  }
  if (span !== null) {
    const [a, b] = span;
    if (!(b > a)) throw new RangeError(`${W}: tSpan must satisfy t1 > t0, got [${a}, ${b}]`);
    if (options.t0 !== undefined) throw new RangeError(`${W}: t0 is only used with dt; the tSpan sets t0`);
    if (L < 2) throw new RangeError(`${W}: length must be >= 2 with a time span, got ${L}`);
    return { L, t0: a, dt: (b - a) / (L - 1), t1: b };
  }
  const dt = requirePositive(W, 'dt', options.dt ?? def.dt);
  const t0 = requireFinite(W, 't0', options.t0 ?? (def.tSpan !== null ? def.tSpan[0] : 0));
  return { L, t0, dt, t1: null };
}

/** The sample times of a grid: linspace(t0, t1, L) for a span, t0 + k dt otherwise. */
function gridTimes(g: GridSpec): Float64Array {
  const t = new Float64Array(g.L);
  for (let k = 0; k < g.L; k++) t[k] = g.t1 !== null && k === g.L - 1 ? g.t1 : g.t0 + k * g.dt;
  return t;
}

/**
 * Refuses a call whose samples cannot fit the memory budget (memoryBudget()), naming the length: the system's own
 * estimate (SystemDefinition.memory), else 8 L (1 + 4 channels) bytes.
 */
function checkMemory(
  W: string,
  def: (typeof systems)[SystemName],
  grid: GridSpec,
  params: Readonly<Record<string, ParamValue>>,
): void {
  const { L, dt } = grid;
  const estimate = def.memory?.({ length: L, dt }, params) ?? {
    bytes: 8 * L * (1 + 4 * def.dimension),
    longestArray: L,
  };
  const what = def.memory
    ? `its generator's working arrays`
    : `the sample times and ${def.dimension} channel${def.dimension === 1 ? '' : 's'} with working copies`;
  requireMemory(W, `length = ${L} (${what})`, { longestArray: L, ...estimate });
}
