/**
 * Option parsing shared by the CLI commands: every parse error is a usage error (exit 2) naming the option.
 */
import { usageError } from './errors.ts';

/** Parses a number option, naming the option in the error (a usage error). */
export function parseNumberOption(name: string, raw: string): number {
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || Number.isNaN(value))
    throw usageError(`--${name} must be a number, got "${raw}"`);
  return value;
}

/** Parses an optional number option: undefined stays undefined. */
export function parseOptionalNumber(name: string, raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : parseNumberOption(name, raw);
}

/** Checks a choice option against its list (a usage error naming the option and the choices). */
export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(raw)) {
    throw usageError(`--${name} must be one of ${choices.join(', ')}; got "${raw}"`);
  }
  return raw as T;
}

/** At most one of the options may read stdin ('-'); a usage error otherwise. */
export function requireOneStdin(options: Record<string, string | undefined>): void {
  const stdin = Object.entries(options)
    .filter(([, v]) => v === '-')
    .map(([k]) => `--${k}`);
  if (stdin.length > 1) throw usageError(`only one option can read stdin ('-'), got ${stdin.join(' and ')}`);
}
