/**
 * Ctrl-C that is answered at once. An experiment computes in long synchronous stretches, during which Node cannot run
 * a signal handler; under `npm run reproduce` the tsx launcher then kills the busy process a few milliseconds after
 * Ctrl-C, so it never says how to resume. The CLI therefore runs `reproduce` as a child process (the same command
 * line, with {@link SUPERVISED_ENV} set) and stays idle itself: on SIGINT / SIGTERM it prints "stopped, rerun to
 * resume" immediately, passes the signal on, gives the child a moment to stop cleanly, kills it if it does not, and
 * exits 130 / 143. Everything the runner writes is atomic and resumable, so a killed child loses only the step it was
 * computing.
 *
 * @see arXiv:2407.09375
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { signalExitCode, stoppedMessage, SUPERVISED_ENV } from './signals.ts';

/** How long a stopped child may take to exit before it is killed. */
export const STOP_GRACE_MS = 2000;

/**
 * Whether this process should supervise: it runs the CLI itself (`cli/main.ts|js` or the `hippo-prophecy` bin) and
 * is not already the supervised child.
 *
 * @param argv - the command line @default process.argv
 * @param env - the environment @default process.env
 * @returns true for the top-level CLI process
 * @example shouldSupervise(['node', '/x/src/cli/main.ts', 'reproduce'], {}) === true
 */
export function shouldSupervise(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const script = argv[1] ?? '';
  return (
    env[SUPERVISED_ENV] !== '1' && /([\\/]cli[\\/]main\.(ts|js)|[\\/]hippo-prophecy(\.js)?)$/.test(script)
  );
}

/**
 * Runs this command line again as a supervised child (stdio inherited) and waits for it.
 *
 * @returns the exit code to use: the child's, or 130 / 143 when it was stopped by SIGINT / SIGTERM
 * @example process.exitCode = await superviseReproduce()
 */
export function superviseReproduce(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [SUPERVISED_ENV]: '1' },
  });
  let stopping: NodeJS.Signals | undefined;
  const running = () => child.exitCode === null && child.signalCode === null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping !== undefined) {
      if (running()) child.kill('SIGKILL'); // a second Ctrl-C: stop now
      return;
    }
    stopping = signal;
    process.stderr.write(stoppedMessage(signal));
    // a signal sent to this process alone: pass it on (the whole process group has it already otherwise)
    setTimeout(() => running() && child.kill(signal), 100).unref();
    setTimeout(() => running() && child.kill('SIGKILL'), STOP_GRACE_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return new Promise((resolve) => {
    const done = (code: number) => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      resolve(code);
    };
    child.on('error', (error) => {
      process.stderr.write(`hippo-prophecy: could not start the reproduce run: ${error.message}\n`);
      done(1);
    });
    child.on('exit', (code, signal) => {
      if (stopping !== undefined) return done(signalExitCode(stopping));
      // stopped by a signal this process did not see: say it here (the supervised child does not)
      const by = signal ?? (code === 130 ? 'SIGINT' : code === 143 ? 'SIGTERM' : undefined);
      if (by === 'SIGINT' || by === 'SIGTERM') {
        process.stderr.write(stoppedMessage(by));
        return done(signalExitCode(by));
      }
      done(signal !== null ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
    });
  });
}
