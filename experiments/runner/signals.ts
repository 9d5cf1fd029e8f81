/**
 * What a stopped run says, and the environment variable that tells a runner it runs under the CLI's supervisor
 * (superviseReproduce.ts), which then says it instead.
 *
 * @see arXiv:2407.09375
 */

/** Set (to '1') in the environment of a `reproduce` run started by the supervisor. */
export const SUPERVISED_ENV = 'HIPPO_PROPHECY_SUPERVISED';

/**
 * The message of a run stopped by a signal.
 *
 * @param signal - e.g. 'SIGINT'
 * @returns the text (with a leading and a trailing newline)
 * @example stoppedMessage('SIGINT').includes('stopped, rerun to resume')
 */
export function stoppedMessage(signal: string): string {
  return (
    `\n${signal}: stopped, rerun to resume. Finished experiments are kept; the same command redoes only the ` +
    `unfinished ones and reuses their checkpoints.\n`
  );
}

/** The exit code of a run stopped by `signal` (128 + its number: SIGINT 130, SIGTERM 143). */
export function signalExitCode(signal: string): number {
  return signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1;
}

/** What {@link onStopSignals} stops: the progress display in use, the lock, the workers. */
export interface Stoppable {
  current(): { stop(): void } | undefined;
  lock: { releaseSync(): void };
  mapper: { terminate(): Promise<void> };
}

/**
 * On SIGINT / SIGTERM: stops the progress display, says how to resume (unless the supervisor does), releases the
 * lock, stops the workers and exits 130 / 143.
 *
 * @param what - see {@link Stoppable}
 * @param enabled - install the handlers at all (tests run without them)
 * @returns removes the handlers
 */
export function onStopSignals(what: Stoppable, enabled: boolean): () => void {
  if (!enabled) return () => {};
  const onSignal = (signal: NodeJS.Signals) => {
    what.current()?.stop();
    if (process.env[SUPERVISED_ENV] !== '1') process.stderr.write(stoppedMessage(signal));
    what.lock.releaseSync();
    void what.mapper.terminate();
    process.exit(signalExitCode(signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}
