/**
 * `hippo-prophecy operator --measure legt --N 8 [--theta 1] [--json] [--output FILE]`: the HiPPO operator
 * { A, B, endpoint } (matrices as arrays of rows with --json, a readable summary otherwise).
 */
import type { Command } from 'commander';
import { measureNames } from '../../hippo/index.ts';
import type { Matrix } from '../../linalg/matrix.ts';
import { emit } from '../output/emit.ts';
import { checkOutputPath } from '../output/sink.ts';
import { addOutputOptions } from '../outputOptions.ts';
import type { OutputCliOptions } from '../outputOptions.ts';
import { buildOperatorFromOptions } from '../predictorOptions.ts';

/** Largest N whose matrices the human-readable summary prints in full. */
const PRINT_LIMIT = 12;

/** Formats a vector for the readable summary. */
export function formatVector(v: ArrayLike<number>): string {
  return Array.from(v, (x) => x.toPrecision(6).padStart(13)).join(' ');
}

/** Formats a matrix (one row per line) for the readable summary, or a note when it is too large. */
export function formatMatrix(m: Matrix): string {
  if (m.rows > PRINT_LIMIT) return `  (${m.rows} x ${m.cols}; use --json for the entries)`;
  const lines: string[] = [];
  for (let i = 0; i < m.rows; i++)
    lines.push(`  ${formatVector(m.data.subarray(i * m.cols, (i + 1) * m.cols))}`);
  return lines.join('\n');
}

/** Formats a vector line for the summary, or a note when it is too long. */
export function formatVectorLine(v: Float64Array): string {
  return v.length > PRINT_LIMIT
    ? `  (length ${v.length}; use --json for the entries)`
    : `  ${formatVector(v)}`;
}

/** Registers the `operator` command on `program`. */
export function register(program: Command): void {
  const command = program
    .command('operator')
    .description('the HiPPO operator of a measure: state matrix A, input vector B and endpoint p(t, t)')
    .requiredOption('--measure <name>', `measure: ${measureNames.join(', ')}`)
    .requiredOption('--N <n>', 'state size (odd for fout, fout-code, fout-authors)')
    .option('--theta <theta>', 'window length (LagT: time scale, LegS: current time t)', '1');
  addOutputOptions(command, 'A, B, endpoint, timeVarying').action(
    async (opts: { measure: string; N: string; theta: string } & OutputCliOptions) => {
      const op = buildOperatorFromOptions(opts);
      await checkOutputPath(opts.output);
      await emit({
        command: 'operator',
        params: { measure: op.measure, N: op.N, theta: op.theta },
        result: {
          A: op.A,
          B: op.B,
          endpoint: op.endpoint,
          timeVarying: op.timeVarying,
          ...(op.timeVarying ? { rule: "x'(t) = (1/t) (A x(t) + B u(t))" } : {}),
        },
        json: opts.json === true,
        output: opts.output,
        text: (sink) =>
          sink.write(
            [
              `${op.description}`,
              `measure ${op.measure}, N = ${op.N}, theta = ${op.theta}${op.timeVarying ? " (time-varying: x' = (1/t)(A x + B u))" : ''}`,
              'A =',
              formatMatrix(op.A),
              'B =',
              formatVectorLine(op.B),
              'endpoint p(t, t) =',
              formatVectorLine(op.endpoint),
              '',
            ].join('\n'),
          ),
      });
    },
  );
}
