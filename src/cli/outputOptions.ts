/**
 * The options every command has: --json (the JSON envelope) and --output FILE (written atomically).
 */
import type { Command } from 'commander';

/** The options every command has: --json and --output FILE. */
export interface OutputCliOptions {
  json?: boolean;
  output?: string;
}

/**
 * Adds --json (with `what` describing the JSON) and --output FILE to a command.
 *
 * @param command - the commander command
 * @param what - what --json prints, e.g. '{ A, B, endpoint }'
 */
export function addOutputOptions(command: Command, what: string): Command {
  return command
    .option('--json', `print { command, version, params, ${what} } as JSON`)
    .option('--output <file>', 'write the result to FILE (atomically) instead of stdout');
}
