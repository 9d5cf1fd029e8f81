/**
 * Runs the CLI the two ways its tests need: in-process through main() (fast; stdout and stderr captured) and as a
 * real child process through bin/hippo-prophecy.js (exit codes, stdin, pipes, crashes, memory limits).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

/** What a CLI run left behind. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Captures writes to a process stream (calling the write callback, as a real stream does). */
function capture(stream: NodeJS.WriteStream, into: string[]): void {
  vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array, a?: unknown, b?: unknown) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    const callback = typeof a === 'function' ? a : typeof b === 'function' ? b : undefined;
    (callback as (() => void) | undefined)?.();
    return true;
  }) as never);
}

/**
 * Runs `hippo-prophecy ...args` in-process: main() with stdout and stderr captured.
 *
 * @param args - the arguments after the program name
 * @returns exit code, stdout, stderr
 */
export async function runCli(...args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  capture(process.stdout, out);
  capture(process.stderr, err);
  let code: number;
  try {
    code = await main(['node', 'hippo-prophecy', ...args]);
  } finally {
    vi.mocked(process.stdout.write).mockRestore();
    vi.mocked(process.stderr.write).mockRestore();
    process.exitCode = undefined;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The command's path: bin/hippo-prophecy.js (the TypeScript source through tsx in a checkout). */
export const BIN = path.join(root, 'bin', 'hippo-prophecy.js');

/** Options of {@link spawnCli}. */
export interface SpawnOptions {
  /** text on stdin; @default '' */
  input?: string;
  /** extra environment variables */
  env?: Record<string, string>;
  /** flags for node itself, e.g. ['--max-old-space-size=128'] */
  nodeFlags?: string[];
  /** ms before the child is killed (a hang fails the test); @default 60000 */
  timeout?: number;
  /** working directory; @default the repository */
  cwd?: string;
}

/**
 * Runs `hippo-prophecy ...args` as a child process (node bin/hippo-prophecy.js).
 *
 * @returns exit code (null when it was killed: then `signal` says by what), stdout, stderr
 */
export function spawnCli(
  args: string[],
  options: SpawnOptions = {},
): CliResult & { signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [...(options.nodeFlags ?? []), BIN, ...args], {
    input: options.input ?? '',
    env: { ...process.env, HIPPO_PROPHECY_DEBUG: '', ...options.env },
    timeout: options.timeout ?? 60_000,
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the CLI as a child and closes its stdout after the first `bytes` bytes (as `| head -c` does).
 *
 * @returns exit code and stderr once the child has exited
 */
export function spawnCliClosingStdout(
  args: string[],
  bytes: number,
  timeout = 60_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; received: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: root,
      env: { ...process.env, HIPPO_PROPHECY_DEBUG: '' },
    });
    let received = 0;
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`hippo-prophecy ${args.join(' ')} did not exit within ${timeout} ms`));
    }, timeout);
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= bytes) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, received });
    });
  });
}
