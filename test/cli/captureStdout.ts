/**
 * Runs CLI commands in-process with stdout captured (shared by the CLI tests): each test file registers the
 * commands it exercises on a fresh commander program.
 */
import { Command } from 'commander';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Installs the stdout spy around every test of the calling file and returns `run(...args)`, which parses `args` on a
 * new program with `register` applied and resolves to what the command wrote to stdout.
 */
export function cliRunner(
  ...registers: ((program: Command) => void)[]
): (...args: string[]) => Promise<string> {
  let written: string[] = [];
  beforeEach(() => {
    written = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return async (...args: string[]) => {
    written = [];
    const program = new Command('hippo-prophecy').exitOverride();
    for (const register of registers) register(program);
    await program.parseAsync(args, { from: 'user' });
    return written.join('');
  };
}
