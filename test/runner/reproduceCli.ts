/**
 * Runs the `reproduce` command in-process, the way both runner CLI tests need it: a fresh commander program with
 * the given experiments, quiet (no PNG, silent progress), output under `out`; returns what it wrote on stdout. A
 * failed claim (ReportedFailure, already reported in the summary) sets process.exitCode as the CLI's main() does.
 */
import { Command } from 'commander';
import { vi } from 'vitest';
import { register } from '../../src/cli/commands/reproduce.ts';
import { exitCodeOf, ReportedFailure } from '../../src/cli/errors.ts';
import type { Experiment } from '../../experiments/types.ts';

export async function reproduceCli(experiments: Experiment[], out: string, args: string[]): Promise<string> {
  const program = new Command('hippo-prophecy').exitOverride().configureOutput({ writeErr: () => undefined });
  register(program, { experiments });
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  try {
    await program.parseAsync([
      'node',
      'hippo-prophecy',
      'reproduce',
      '--out',
      out,
      '--no-png',
      '--progress',
      'silent',
      ...args,
    ]);
  } catch (error) {
    if (!(error instanceof ReportedFailure)) throw error;
    process.exitCode = exitCodeOf(error);
  } finally {
    vi.restoreAllMocks();
  }
  return stdout;
}
