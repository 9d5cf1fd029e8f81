/**
 * How CLI errors become exit statuses: 2 for a command line that is wrong whatever the input and the machine
 * (unknown option or command, missing argument, a value that is not a number, out of its domain or inconsistent
 * with another), 1 for a command that could not be completed (an unreadable or malformed input, a size beyond the
 * memory budget, a non-finite result, a failed write). A closed stdout (`| head`) ends the command quietly with 0.
 */
import { MemoryBudgetError } from '../limits/memoryBudget.ts';
import { NonFiniteError } from '../limits/nonFinite.ts';

/** The exit statuses of the command line. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2 });

const USAGE = Symbol('hippo-prophecy.usage');

/** Marks `error` as a usage error (exit 2) and returns it; a TypeError or RangeError keeps its class. */
export function markUsage<E>(error: E): E {
  if (typeof error === 'object' && error !== null) (error as { [USAGE]?: boolean })[USAGE] = true;
  return error;
}

/** A usage error with `message` (exit 2). */
export function usageError(message: string): TypeError {
  return markUsage(new TypeError(message));
}

/** True for an error marked by {@link markUsage}. */
export function isUsageError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { [USAGE]?: boolean })[USAGE] === true;
}

/**
 * Runs the argument checks of a command: a TypeError or RangeError thrown by `check` (a bad value for the library,
 * e.g. hippo's even N for FouT or prophecy's D dt/2 >= 1) becomes a usage error; a size beyond the memory budget
 * and a non-finite result stay run-time failures, whatever their class.
 */
export function checkArguments<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw asUsage(error);
  }
}

/** {@link checkArguments} for an async check. */
export async function checkArgumentsAsync<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    throw asUsage(error);
  }
}

function asUsage(error: unknown): unknown {
  const runtime = error instanceof MemoryBudgetError || error instanceof NonFiniteError;
  return !runtime && (error instanceof TypeError || error instanceof RangeError) ? markUsage(error) : error;
}

/** Thrown by the stdout writer once the reader has gone (EPIPE): the command stops and exits 0 quietly. */
export class StdoutClosedError extends Error {
  constructor() {
    super('stdout was closed by the reader');
    this.name = 'StdoutClosedError';
  }
}

/** A run-time failure the command has already reported (e.g. reproduce's failed claims): exit 1, no message. */
export class ReportedFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportedFailure';
  }
}

/** The exit status of an error: 0 for a closed stdout, 2 for a usage error, 1 otherwise. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof StdoutClosedError) return EXIT.ok;
  return isUsageError(error) ? EXIT.usage : EXIT.failure;
}

/** The one-line message of an error (newlines folded into '; '), for `hippo-prophecy: <message>` on stderr. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join('; ');
}
