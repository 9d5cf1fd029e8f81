/**
 * The `hippo-prophecy` command line: one sub-command per module in ./commands, each registering itself on the
 * commander program. Errors are printed as one line on stderr and give exit code 1. The commands load what they
 * compute with (the experiments registry, the runner) inside their actions, so a start stays fast.
 */
import { Command, CommanderError } from 'commander';
import { register as registerOperator } from './commands/operator.ts';
import { register as registerPredictor } from './commands/predictor.ts';
import { register as registerPredict } from './commands/predict.ts';
import { register as registerGenerate } from './commands/generate.ts';
import { register as registerReproduce } from './commands/reproduce.ts';
import { register as registerList } from './commands/list.ts';
import { packageVersion } from '../util/packageVersion.ts';
import { register as registerC2d } from './commands/c2d.ts';
import { register as registerLsim } from './commands/lsim.ts';
import { register as registerForecast } from './commands/forecast.ts';

/** Builds the program with every sub-command registered (exported for tests). */
export function buildProgram(): Command {
  const program = new Command('hippo-prophecy')
    .description(
      'HiPPO operators, the derivative construction and its next-state predictor (arXiv:2407.09375)',
    )
    .version(packageVersion(), '-V, --version', 'print the package version')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerOperator,
    registerPredictor,
    registerPredict,
    registerGenerate,
    registerReproduce,
    registerList,
    registerC2d,
    registerLsim,
    registerForecast,
  ]) {
    register(program);
  }
  return program;
}

/** Runs the CLI on `argv` (process.argv by default) and sets the exit code. */
export async function main(argv: string[] = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander already printed its message (or the help text)
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`hippo-prophecy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

// `tsx src/cli/main.ts ...` (npm run reproduce) runs it; bin/hippo-prophecy.js imports main() and calls it
const invokedDirectly = process.argv[1] !== undefined && /[\\/]cli[\\/]main\.(ts|js)$/.test(process.argv[1]);
if (invokedDirectly) await main();
