/**
 * The `hippo-prophecy` command line: one sub-command per module in ./commands, each registering itself on the
 * commander program. Every failure is one line on stderr, `hippo-prophecy: <message>`, never a stack trace, with
 * exit status 2 for a usage error and 1 for a run-time failure (see EXIT_STATUS_HELP); a closed stdout (`| head`)
 * ends the command quietly with 0. The commands load what they compute with inside their actions where it is
 * heavy (the experiments registry, the runner), so a start stays fast.
 */
import { Command, CommanderError } from 'commander';
import { register as registerOperator } from './commands/operator.ts';
import { register as registerPredictor } from './commands/predictor.ts';
import { register as registerPredict } from './commands/predict.ts';
import { register as registerGenerate } from './commands/generate.ts';
import { register as registerReproduce } from './commands/reproduce.ts';
import { register as registerList } from './commands/list.ts';
import { register as registerMerge } from './commands/merge.ts';
import { packageVersion } from '../util/packageVersion.ts';
import { register as registerC2d } from './commands/c2d.ts';
import { register as registerLsim } from './commands/lsim.ts';
import { register as registerForecast } from './commands/forecast.ts';
import { EXIT, exitCodeOf, oneLine, ReportedFailure } from './errors.ts';
import { watchStdout } from './output/sink.ts';

/** The exit statuses and the conventions every command shares, as `--help` prints them. */
export const EXIT_STATUS_HELP = `
Every command writes its result to stdout, or with --output FILE to FILE (atomically: a temporary file renamed
into place); with --json as one JSON object { command, version, params, ...result }. --input - reads stdin.

Exit status:
  0  success (also when the reader of stdout goes away, e.g. | head)
  1  run-time failure: an input that cannot be read or parsed, a size beyond the memory budget, a non-finite
     result (NaN or Infinity: never printed as null), a failed write, a failed experiment or claim
  2  usage error: unknown command or option, missing argument, a value that is not a number, outside its
     domain or inconsistent with another option

Memory: sizes (N, --length) are checked against a budget before any work, half of the machine's memory
by default; HIPPO_PROPHECY_MEMORY_BUDGET=16G (or 512M, or bytes) sets it.`;

/** Builds the program with every sub-command registered (exported for tests). */
export function buildProgram(): Command {
  const program = new Command('hippo-prophecy')
    .description(
      'HiPPO operators, the derivative construction and its next-state predictor (arXiv:2407.09375)',
    )
    .version(packageVersion(), '-V, --version', 'print the package version')
    .configureOutput({
      // commander's own errors (unknown option, missing argument, ...) as one line, like every other error
      outputError: (text, write) =>
        write(`hippo-prophecy: ${text.replace(/^error: /, '').trim()} (--help lists the options)\n`),
    })
    .addHelpText('after', EXIT_STATUS_HELP)
    .exitOverride();
  for (const register of [
    registerOperator,
    registerPredictor,
    registerPredict,
    registerGenerate,
    registerReproduce,
    registerMerge,
    registerList,
    registerC2d,
    registerLsim,
    registerForecast,
  ]) {
    register(program);
  }
  for (const command of program.commands) {
    command.addHelpText(
      'after',
      '\nExit status: 0 success, 1 run-time failure, 2 usage error (hippo-prophecy --help).',
    );
  }
  return program;
}

/**
 * Runs the CLI on `argv` (process.argv by default): prints a failure as one line on stderr and sets
 * process.exitCode (0, 1 or 2, see EXIT_STATUS_HELP).
 *
 * @param argv - the full argument vector (node, script, command, ...)
 * @returns the exit status
 */
export async function main(argv: string[] = process.argv): Promise<number> {
  watchStdout();
  let code: number = EXIT.ok;
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander printed its message (or the help, or the version); exitCode 0 for --help and --version
      code = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else {
      code = exitCodeOf(error);
      if (code !== EXIT.ok && !(error instanceof ReportedFailure)) {
        process.stderr.write(`hippo-prophecy: ${oneLine(error)}\n`);
        if (process.env.HIPPO_PROPHECY_DEBUG && error instanceof Error)
          process.stderr.write(`${error.stack}\n`);
      }
    }
  }
  process.exitCode = code;
  return code;
}

// `tsx src/cli/main.ts ...` (npm run reproduce) runs it; bin/hippo-prophecy.js imports main() and calls it
const invokedDirectly = process.argv[1] !== undefined && /[\\/]cli[\\/]main\.(ts|js)$/.test(process.argv[1]);
if (invokedDirectly) await main();
