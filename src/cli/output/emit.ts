/**
 * The one shape of every command's output: with --json the envelope `{ command, version, params, ...result }`
 * (params: the parsed, defaulted options), otherwise the command's text; both to stdout or to --output FILE, and
 * both refused when the result holds a non-finite number.
 */
import { packageVersion } from '../../util/packageVersion.ts';
import { requireFiniteOutput, writeJson } from './jsonStream.ts';
import type { Sink } from './sink.ts';
import { withSink } from './sink.ts';

/** The JSON envelope of a command's result. */
export type Envelope = {
  command: string;
  version: string;
  params: Record<string, unknown>;
} & Record<string, unknown>;

/**
 * The envelope `{ command, version, params, ...result }`.
 *
 * @param command - the sub-command name
 * @param params - the parsed, defaulted options
 * @param result - the command's result fields
 */
export function envelope(
  command: string,
  params: Record<string, unknown>,
  result: Record<string, unknown>,
): Envelope {
  return { command, version: packageVersion(), params, ...result };
}

/** What a command hands to {@link emit}. */
export interface Emission {
  command: string;
  params: Record<string, unknown>;
  /** the result fields of the JSON envelope (checked for non-finite numbers in both modes) */
  result: Record<string, unknown>;
  /** print the envelope as JSON instead of the text */
  json: boolean;
  /** the --output file, or undefined for stdout */
  output: string | undefined;
  /** writes the text form (called only without --json) */
  text: (sink: Sink) => Promise<void>;
  /** the likely cause of a non-finite result, for its message */
  nonFiniteHint?: string;
}

/**
 * Writes a command's result: checks that every number of `result` is finite (a NonFiniteError naming its place
 * otherwise, before anything is written), then the JSON envelope or the text, to stdout or atomically to --output.
 *
 * @throws NonFiniteError; what the sink throws
 */
export async function emit(e: Emission): Promise<void> {
  requireFiniteOutput(e.command, e.result, e.nonFiniteHint);
  await withSink(e.output, async (sink) => {
    if (e.json) await writeJson(e.command, sink, envelope(e.command, e.params, e.result));
    else await e.text(sink);
  });
}
