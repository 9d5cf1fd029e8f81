/**
 * `hippo-prophecy predict --measure legt --N 17 --dt 1e-4 --input u.json [--teacher-ratio 1] --json`: runs the
 * constructed predictor over a signal; out[k] predicts u[k+1].
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { measureNames } from '../../hippo/index.ts';
import { predictNext } from '../../ssm/index.ts';
import type { PredictMode } from '../../ssm/index.ts';
import { oneStepError } from '../../metrics/index.ts';
import { parseNumberOption, printJson } from '../io.ts';
import { buildPredictorFromOptions } from '../predictorOptions.ts';
import type { PredictorCliOptions } from '../predictorOptions.ts';

/**
 * Reads a signal from a JSON file holding an array of numbers or `{ "values": [...] }`.
 *
 * @throws TypeError when the file holds anything else
 */
export function readSignal(path: string): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TypeError(
      `--input ${path}: cannot read JSON (${error instanceof Error ? error.message : error})`,
      {
        cause: error,
      },
    );
  }
  const values = Array.isArray(parsed) ? parsed : (parsed as { values?: unknown } | null)?.values;
  if (!Array.isArray(values)) {
    throw new TypeError(`--input ${path}: expected a JSON array of numbers or { "values": [...] }`);
  }
  return values as number[];
}

/** Registers the `predict` command on `program`. */
export function register(program: Command): void {
  program
    .command('predict')
    .description('one-step-ahead prediction of a signal by the constructed SSM (out[k] predicts u[k+1])')
    .requiredOption('--measure <name>', `measure: ${measureNames.join(', ')}`)
    .requiredOption('--N <n>', 'state size')
    .requiredOption('--dt <dt>', 'step between samples')
    .requiredOption('--input <file>', 'JSON array of numbers, or { "values": [...] }')
    .option('--theta <theta>', 'window length', '1')
    .option('--discretization <method>', 'forward | backward | bilinear | zoh | gbt:<alpha>', 'bilinear')
    .option('--teacher-ratio <r>', 'fraction of steps fed the true input; the rest is autoregressive', '1')
    .option('--mode <mode>', 'auto | scan | fft', 'auto')
    .option('--json', 'print { prediction } as JSON')
    .action(
      (opts: PredictorCliOptions & { input: string; teacherRatio: string; mode: string; json?: boolean }) => {
        const { predictor: ssm } = buildPredictorFromOptions(opts);
        const u = readSignal(opts.input);
        const prediction = predictNext(ssm, u, {
          teacherRatio: parseNumberOption('teacher-ratio', opts.teacherRatio),
          mode: opts.mode as PredictMode,
        });
        if (opts.json) {
          printJson({ prediction });
          return;
        }
        const uu = Float64Array.from(u);
        const mse = u.length >= 2 ? oneStepError(prediction, uu, { window: 'second-half' }) : NaN;
        process.stdout.write(
          `predicted ${prediction.length} values (out[k] predicts u[k+1]); ` +
            `one-step MSE over the second half: ${mse.toExponential(3)}\n`,
        );
      },
    );
}
