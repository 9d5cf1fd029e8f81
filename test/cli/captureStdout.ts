/**
 * Runs CLI commands in-process with stdout captured (shared by the CLI tests): each test file registers the
 * commands it exercises on a fresh commander program.
 */
import { Command } from 'commander';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Installs beforeEach / afterEach hooks that collect process.stdout.write chunks; returns the collected text and a
 * reset (for several commands in one test).
 */
export function captureStdout(): { text(): string; reset(): void } {
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
  return {
    text: () => written.join(''),
    reset: () => {
      written = [];
    },
  };
}

/**
 * Installs the stdout spy around every test of the calling file and returns `run(...args)`, which parses `args` on a
 * new program with `registers` applied and resolves to what that command wrote to stdout.
 */
export function cliRunner(
  ...registers: ((program: Command) => void)[]
): (...args: string[]) => Promise<string> {
  const stdout = captureStdout();
  return async (...args: string[]) => {
    stdout.reset();
    const program = new Command('hippo-prophecy').exitOverride();
    for (const register of registers) register(program);
    await program.parseAsync(args, { from: 'user' });
    return stdout.text();
  };
}
