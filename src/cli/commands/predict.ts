/**
 * `hippo-prophecy predict --measure legt --N 17 --dt 1e-4 --input u.json [--channel x] [--teacher-ratio 1]
 * [--json] [--output FILE]`: runs the constructed predictor over a signal; out[k] predicts u[k+1]. The input is a
 * file or stdin (`-`): JSON (an array, { values }, or `generate --json` itself) or TSV/CSV columns (what
 * `generate` prints), `--channel` picking a channel by name or index.
 *
 * The metric says what it measures: with teacher forcing throughout, the one-step MSE over the second half (with
 * copy-last's beside it); with --teacher-ratio < 1, the free-running MSE after the last true input (with holding
 * that input beside it), and a warning when the closed loop diverges. A prediction or metric that overflows to
 * Infinity or NaN is an error (exit 1) that names the index and the cause.
 */
import type { Command } from 'commander';
import { measureNames } from '../../hippo/index.ts';
import { firstNonFinite, NonFiniteError } from '../../limits/nonFinite.ts';
import { oneStepError } from '../../metrics/index.ts';
import { PREDICT_MODES, predictCost, predictNext } from '../../ssm/index.ts';
import type { PredictCost } from '../../ssm/index.ts';
import { teacherStepsFor } from '../../ssm/rollout.ts';
import { checkArguments, usageError } from '../errors.ts';
import { readTable, pickChannel } from '../input/readInput.ts';
import { parseChoice, parseNumberOption } from '../io.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';
import { addOutputOptions } from '../outputOptions.ts';
import type { OutputCliOptions } from '../outputOptions.ts';
import { buildPredictorFromOptions, predictorParams } from '../predictorOptions.ts';
import type { PredictorCliOptions } from '../predictorOptions.ts';
import { requireInRange } from '../../util/validate.ts';

/**
 * A free-running prediction that grows beyond DIVERGENCE_FACTOR times the largest |u| is reported as a diverging
 * closed loop (a stable loop forecasting a signal stays on its scale; 1000x is far outside any forecast).
 */
export const DIVERGENCE_FACTOR = 1e3;

/** The metric predict reports, labelled by what it measures. */
export interface PredictMetrics {
  /** 'one-step': every scored prediction saw the true input; 'free-running': predictions fed back on themselves */
  kind: 'one-step' | 'free-running' | 'none';
  label: string;
  /** the prediction indices k averaged over, [from, to) (targets u[k+1]) */
  window: { from: number; to: number } | null;
  mse: number | null;
  /** the naive forecast in the same window: copy-last (one-step) or holding the last true input (free-running) */
  baseline: { name: string; mse: number } | null;
  /** the largest |prediction| over the window */
  maxAbsPrediction: number | null;
  diverged: boolean;
}

function maxAbs(values: Float64Array, from = 0, to = values.length): number {
  let m = 0;
  for (let i = from; i < to; i++) m = Math.max(m, Math.abs(values[i]));
  return m;
}

/**
 * The labelled metric of a prediction and the warnings it calls for.
 *
 * @param prediction - out[k] predicts u[k+1], shape [L]
 * @param u - the signal, shape [L]
 * @param teacherSteps - how many true inputs the model saw (L with full teacher forcing)
 * @returns the metric and the warnings (empty when there is nothing to warn about)
 */
export function predictMetrics(
  prediction: Float64Array,
  u: Float64Array,
  teacherSteps: number,
): { metrics: PredictMetrics; warnings: string[] } {
  const L = u.length;
  if (L < 2) {
    return {
      metrics: {
        kind: 'none',
        label: 'no metric: fewer than 2 samples',
        window: null,
        mse: null,
        baseline: null,
        maxAbsPrediction: null,
        diverged: false,
      },
      warnings: [],
    };
  }
  const T = teacherSteps;
  if (T >= L - 1) {
    // every scored prediction (k <= L - 2) saw the true input
    const from = Math.floor((L - 1) / 2);
    return {
      metrics: {
        kind: 'one-step',
        label: `one-step MSE over the second half (k = ${from}..${L - 2}, targets u[k+1])`,
        window: { from, to: L - 1 },
        mse: oneStepError(prediction, u, { window: 'second-half' }),
        baseline: { name: 'copy-last', mse: oneStepError(u, u, { window: 'second-half' }) },
        maxAbsPrediction: maxAbs(prediction, from, L - 1),
        diverged: false,
      },
      warnings: [],
    };
  }
  const hold = u[T - 1];
  let holdSum = 0;
  for (let k = T; k < L - 1; k++) holdSum += (hold - u[k + 1]) ** 2;
  const peak = maxAbs(prediction, T, L - 1);
  const scale = maxAbs(u);
  const diverged = peak > DIVERGENCE_FACTOR * Math.max(scale, Number.MIN_VALUE);
  const warnings = diverged
    ? [
        `the free-running prediction grows to |uhat| = ${peak.toPrecision(3)}, ` +
          `${(peak / Math.max(scale, Number.MIN_VALUE)).toPrecision(2)} times the largest |u|: the closed loop ` +
          `(k >= ${T}, predictions fed back as inputs) is unstable for these settings, so its MSE measures the ` +
          'divergence, not the accuracy',
      ]
    : [];
  return {
    metrics: {
      kind: 'free-running',
      label: `free-running MSE after step ${T} (k = ${T}..${L - 2}: the predictions are fed back as inputs; the first ${T} steps see the true input)`,
      window: { from: T, to: L - 1 },
      mse: oneStepError(prediction, u, { from: T, to: L - 1 }),
      baseline: { name: `holding the last true input u[${T - 1}]`, mse: holdSum / (L - 1 - T) },
      maxAbsPrediction: peak,
      diverged,
    },
    warnings,
  };
}

/** Default of --max-seconds: an hour, beyond which a computation is refused unless asked for. */
const DEFAULT_MAX_SECONDS = 3600;

/**
 * Estimated durations above this many seconds print progress lines on stderr: 5, or the environment variable
 * HIPPO_PROPHECY_PROGRESS_AFTER (seconds; 0 shows progress for every call).
 */
function progressAfterSeconds(): number {
  const raw = process.env.HIPPO_PROPHECY_PROGRESS_AFTER;
  const v = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(v) && v >= 0 ? v : 5;
}

/** A duration for messages: seconds, minutes or hours. */
function formatDuration(seconds: number): string {
  if (seconds < 120) return `${seconds.toPrecision(2)} s`;
  if (seconds < 7200) return `${(seconds / 60).toPrecision(2)} min`;
  return `${(seconds / 3600).toPrecision(2)} h`;
}

/** Progress lines on stderr, at most one per 10% of the work. */
function progressLines(cost: PredictCost): (done: number, total: number) => void {
  process.stderr.write(`predict: ${cost.mode} path, estimated ${formatDuration(cost.seconds)}\n`);
  let next = 0.1;
  return (done, total) => {
    if (done / total + 1e-12 < next) return;
    next = Math.floor((done / total) * 10 + 1) / 10;
    process.stderr.write(`predict: ${Math.round((100 * done) / total)}% (${done} of ${total} samples)\n`);
  };
}

/** Registers the `predict` command on `program`. */
export function register(program: Command): void {
  const command = program
    .command('predict')
    .description('one-step-ahead prediction of a signal by the constructed SSM (out[k] predicts u[k+1])')
    .requiredOption('--measure <name>', `measure: ${measureNames.join(', ')}`)
    .requiredOption('--N <n>', 'state size')
    .requiredOption('--dt <dt>', 'step between samples')
    .requiredOption(
      '--input <file>',
      'the signal, or - for stdin: JSON (array, { "values": [...] }, the output of generate --json) or TSV/CSV columns',
    )
    .option('--channel <name|index>', 'the channel of a multi-channel input (name, or index from 0)')
    .option('--theta <theta>', 'window length', '1')
    .option('--discretization <method>', 'forward | backward | bilinear | zoh | gbt:<alpha>', 'bilinear')
    .option('--output-rule <rule>', "trapezoid | forward-euler (default: the measure's)")
    .option('--teacher-ratio <r>', 'fraction of steps fed the true input; the rest is autoregressive', '1')
    .option('--mode <mode>', PREDICT_MODES.join(' | '), 'auto')
    .option(
      '--max-seconds <s>',
      'refuse a computation estimated to take longer (the cost model of predictCost; Infinity to allow any)',
      String(DEFAULT_MAX_SECONDS),
    );
  addOutputOptions(command, 'input, teacherSteps, prediction, metrics, warnings').action(
    async (
      opts: PredictorCliOptions & {
        input: string;
        channel?: string;
        teacherRatio: string;
        mode: string;
        maxSeconds: string;
      } & OutputCliOptions,
    ) => {
      const { predictor } = buildPredictorFromOptions(opts);
      const ratio = parseNumberOption('teacher-ratio', opts.teacherRatio);
      const teacherRatio = checkArguments(() => requireInRange('predict', '--teacher-ratio', ratio, 0, 1));
      const mode = parseChoice('mode', opts.mode, PREDICT_MODES);
      if (mode === 'fft' && (teacherRatio < 1 || predictor.op.timeVarying)) {
        throw usageError(
          `--mode fft needs --teacher-ratio 1 and a time-invariant measure (a rollout and LegS only scan); ` +
            `got --teacher-ratio ${teacherRatio} with ${predictor.op.measure}`,
        );
      }
      await checkOutputPath(opts.output);
      const table = await readTable('input', opts.input);
      const channel = pickChannel(table, opts.channel);
      const u = channel.values;
      const badInput = firstNonFinite(u);
      if (badInput >= 0) {
        throw new TypeError(
          `${table.source}: channel ${channel.name}, sample ${badInput} is ${u[badInput]}; the input must be finite`,
        );
      }
      const maxSeconds = parseNumberOption('max-seconds', opts.maxSeconds);
      if (!(maxSeconds > 0)) throw usageError(`--max-seconds must be > 0, got ${opts.maxSeconds}`);
      const cost = predictCost(predictor, 1, u.length, { teacherRatio, mode });
      if (cost.seconds > maxSeconds) {
        throw usageError(
          `predict: the ${cost.mode} path for N = ${predictor.Abar.rows}, L = ${u.length} is estimated at ` +
            `${formatDuration(cost.seconds)}, over --max-seconds ${maxSeconds}; raise --max-seconds to run it anyway, ` +
            `or make it cheaper: --mode fft (teacher-forced, time-invariant), a LegT bilinear predictor (O(N) per ` +
            `step), a smaller N or a shorter input`,
        );
      }
      // long calls show their progress on stderr (lines, so that logs and pipes read well)
      const progress = cost.seconds >= progressAfterSeconds() ? progressLines(cost) : undefined;
      const prediction = predictNext(predictor, u, { teacherRatio, mode, onProgress: progress });
      const L = u.length;
      const T = teacherStepsFor(teacherRatio, L);
      const bad = firstNonFinite(prediction);
      if (bad >= 0) {
        const cause =
          bad >= T
            ? `the free-running closed loop diverged: --teacher-ratio ${teacherRatio} feeds the true input for the ` +
              `first ${T} of ${L} steps, and from k = ${T} on the predictions are fed back as inputs and grow without ` +
              'bound; use a larger --teacher-ratio, a smaller N or another discretization'
            : `the predictor's output overflows float64 (the largest |u| is ${maxAbs(u).toPrecision(3)}); rescale the input`;
        throw new NonFiniteError(
          `predict: prediction[${bad}] is ${prediction[bad]} (not finite): ${cause}`,
          'prediction',
          [bad],
          prediction[bad],
        );
      }
      const { metrics, warnings } = predictMetrics(prediction, u, T);
      const params = {
        ...predictorParams(predictor),
        teacherRatio,
        mode,
        input: opts.input,
        channel: channel.name,
      };
      await emit({
        command: 'predict',
        params,
        result: {
          input: {
            source: table.source,
            format: table.format,
            channels: table.channels,
            channel: channel.name,
            length: L,
          },
          teacherSteps: T,
          prediction,
          metrics,
          warnings,
        },
        json: opts.json === true,
        output: opts.output,
        nonFiniteHint:
          metrics.kind === 'free-running'
            ? `the free-running prediction reaches |uhat| = ${metrics.maxAbsPrediction?.toPrecision(3)} and its squared ` +
              'error overflows float64: the closed loop diverged (use a larger --teacher-ratio, a smaller N or another discretization)'
            : `the squared errors overflow float64 (the largest |u| is ${maxAbs(u).toPrecision(3)}); rescale the input`,
        text: async (sink) => {
          const base = metrics.baseline
            ? ` (${metrics.baseline.name}: ${metrics.baseline.mse.toExponential(3)})`
            : '';
          await sink.write(
            `predicted ${L} values of ${channel.name} (out[k] predicts u[k+1]); ` +
              (metrics.mse === null
                ? metrics.label
                : `${metrics.label}: ${metrics.mse.toExponential(3)}${base}`) +
              '\n',
          );
        },
      });
      for (const w of warnings) process.stderr.write(`hippo-prophecy: warning: ${w}\n`);
    },
  );
}
