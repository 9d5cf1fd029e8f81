/**
 * `hippo-prophecy forecast --system lorenz --context 10000 --horizon 3000 --method hippo-ridge [--seed s] [--N n]
 * [--theta th] [--delays k] [--json] [--output FILE]`: generates one trajectory of a system, forecasts its
 * continuation from the context alone with one method, and scores the forecast against the truth (valid time,
 * NRMSE). A forecast that diverges (an unstable closed loop, e.g. `--method legt`) is cut at its first non-finite
 * step: the report gives `divergedAtStep` and the NRMSE only at horizons before it (never a NaN or a null).
 */
import type { Command } from 'commander';
import { FORECAST_METHODS, channelScales, forecastWith, scoreForecast } from '../../forecast/index.ts';
import type { ForecastMethod, ForecastMethodOptions, Regularization } from '../../forecast/index.ts';
import { generate, systemNames, systems } from '../../systems/index.ts';
import type { GenerateOptions, SystemName } from '../../systems/index.ts';
import { checkArguments, usageError } from '../errors.ts';
import { parseNumberOption } from '../io.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';
import { addOutputOptions } from '../outputOptions.ts';
import type { OutputCliOptions } from '../outputOptions.ts';

/** Options of the `forecast` command as commander hands them over (strings). */
export interface ForecastCliOptions extends OutputCliOptions {
  system: string;
  context: string;
  horizon: string;
  method: string;
  seed: string;
  stream: string;
  transient: string;
  dt?: string;
  N?: string;
  theta?: string;
  leading?: string;
  delays?: string;
  stride?: string;
  order?: string;
  regularization?: string;
}

/** NRMSE horizons (forecast steps) reported. */
const HORIZONS = [1, 10, 100, 1000];

/**
 * Runs the forecast of the command: the trajectory u_0..u_{T+K-1} of `system` (after `transient` time units), the
 * method's forecast of u_T..u_{T+K-1} from u_0..u_{T-1}, and its scores, normalised by the per-channel standard
 * deviation of the context (the attractor's spread as the context samples it).
 *
 * @returns the JSON-ready report
 * @throws RangeError for an unknown system or method, bad numbers, or whatever the method refuses
 */
export function runForecast(opts: ForecastCliOptions): Record<string, unknown> {
  const system = opts.system as SystemName;
  if (!systemNames.includes(system)) {
    throw usageError(`--system must be one of ${systemNames.join(', ')}; got "${opts.system}"`);
  }
  const method = opts.method as ForecastMethod;
  if (!(FORECAST_METHODS as readonly string[]).includes(method)) {
    throw usageError(`--method must be one of ${FORECAST_METHODS.join(', ')}; got "${opts.method}"`);
  }
  const def = systems[system];
  const T = parseNumberOption('context', opts.context);
  const K = parseNumberOption('horizon', opts.horizon);
  if (!Number.isInteger(T) || T < 2) throw usageError(`--context must be an integer >= 2, got ${T}`);
  if (!Number.isInteger(K) || K < 1) throw usageError(`--horizon must be an integer >= 1, got ${K}`);
  const dt = opts.dt === undefined ? def.dt : parseNumberOption('dt', opts.dt);
  const gen: GenerateOptions = {
    length: T + K,
    dt,
    seed: parseNumberOption('seed', opts.seed),
    stream: parseNumberOption('stream', opts.stream),
  };
  if ('transient' in def.defaults) gen.transient = parseNumberOption('transient', opts.transient);
  const g = checkArguments(() => generate(system, gen));
  const context = g.values.map((c) => c.slice(0, T));
  const truth = g.values.map((c) => c.slice(T));
  const options: ForecastMethodOptions = { dt };
  const num = (name: string, raw: string | undefined) =>
    raw === undefined ? undefined : parseNumberOption(name, raw);
  options.N = num('N', opts.N);
  options.theta = num('theta', opts.theta);
  options.leading = num('leading', opts.leading);
  options.delays = num('delays', opts.delays);
  options.stride = num('stride', opts.stride);
  options.order = num('order', opts.order);
  if (opts.regularization !== undefined) {
    const r = opts.regularization;
    options.regularization = (
      r === 'holdout' || r === 'gcv' ? r : parseNumberOption('regularization', r)
    ) as Regularization;
  }
  const [result] = checkArguments(() => forecastWith(method, [context], K, options));
  // a diverging forecast is cut at its first non-finite step, the truth with it
  const diverged = firstNonFiniteStep(result.forecast);
  const kept = diverged ?? K;
  const forecast = result.forecast.map((c) => c.slice(0, kept));
  const lyapunov = def.chaotic ? def.lyapunov : null;
  const score = scoreForecast(
    truth.map((c) => c.slice(0, kept)),
    forecast,
    {
      dt,
      scale: channelScales(context).map((s) => (s > 0 ? s : 1)),
      lyapunov,
      horizons: HORIZONS.filter((h) => h <= kept),
    },
  );
  return {
    system,
    method,
    seed: gen.seed,
    stream: gen.stream,
    context: T,
    horizon: K,
    dt,
    channels: g.channels,
    lyapunov,
    validTime: score.lyapunovTimes,
    ...(score.lyapunovTimes === null
      ? {
          validTimeReason: `${system} is not chaotic (no Lyapunov exponent): validTimeUnits is in time units`,
        }
      : {}),
    validTimeUnits: score.validTime,
    validSteps: score.validSteps,
    censored: !score.exceeded && diverged === undefined,
    ...(diverged === undefined ? {} : { divergedAtStep: diverged }),
    nrmse: Object.fromEntries(score.nrmse.map((n) => [String(n.steps), n.value])),
    model: result.model,
    forecast,
  };
}

/** The first forecast step at which some channel is not finite (a diverged closed loop), or undefined. */
function firstNonFiniteStep(forecast: readonly Float64Array[]): number | undefined {
  const K = forecast[0]?.length ?? 0;
  for (let k = 0; k < K; k++) {
    for (const c of forecast) if (!Number.isFinite(c[k])) return k;
  }
  return undefined;
}

/** Registers the `forecast` command on `program`. */
export function register(program: Command): void {
  const command = program
    .command('forecast')
    .description(
      'forecast a system from a context and score it: valid time (Lyapunov times; error normalised by the ' +
        "context's per-channel std, threshold 0.4) and NRMSE after 1, 10, 100, 1000 steps",
    )
    .requiredOption(
      '--system <name>',
      `system: ${systemNames.filter((s) => systems[s].kind === 'system').join(', ')}`,
    )
    .option('--context <T>', 'context length in samples', '10000')
    .option('--horizon <K>', 'forecast length in samples', '3000')
    .option('--method <m>', FORECAST_METHODS.join(' | '), 'hippo-ridge')
    .option('--seed <s>', 'seed of the initial condition (integer)', '0')
    .option('--stream <i>', 'stream index: trajectory i of the seed', '0')
    .option('--transient <t>', 'time units integrated and discarded before the first sample', '50')
    .option('--dt <x>', 'sample spacing (default: the system default)')
    .option('--N <n>', 'hippo-ridge: LegT states per channel (4); legt, legt-stable: state size (4)')
    .option(
      '--theta <th>',
      'hippo-ridge: LegT window in time units (default: chosen from 4, 8, 16 dt); legt: 32 dt',
    )
    .option('--leading <l>', 'hippo-ridge: leading Legendre coefficients in the quadratic terms (2)')
    .option('--delays <k>', 'ngrc: time-delayed copies (3)')
    .option('--stride <s>', 'ngrc: samples between delays (default: chosen from 1, 2, 4)')
    .option('--order <p>', 'ar: order (4)')
    .option('--regularization <r>', 'hippo-ridge, ngrc: holdout | gcv | a relative ridge strength (holdout)');
  addOutputOptions(
    command,
    'system, method, validTime, validTimeUnits, validSteps, censored, divergedAtStep?, nrmse, model, forecast',
  ).action(async (opts: ForecastCliOptions) => {
    await checkOutputPath(opts.output);
    const report = runForecast(opts);
    const { json, output, ...params } = opts;
    await emit({
      command: 'forecast',
      params,
      result: report,
      json: json === true,
      output,
      text: async (sink) => {
        const valid =
          report.validTime === null
            ? `${(report.validTimeUnits as number).toPrecision(4)} time units (not chaotic)`
            : `${(report.validTime as number).toPrecision(4)} Lyapunov times`;
        const nrmse = Object.entries(report.nrmse as Record<string, number>)
          .map(([h, v]) => `${h}: ${v.toExponential(2)}`)
          .join(', ');
        const end =
          report.divergedAtStep !== undefined
            ? ` (diverged at step ${String(report.divergedAtStep)})`
            : report.censored
              ? ' (the whole horizon)'
              : '';
        await sink.write(
          `${String(report.system)}, ${String(report.method)}: valid for ${valid}${end}; NRMSE after ${nrmse || '(none)'}\n`,
        );
      },
    });
  });
}
