/**
 * Helpers of the packaging test: child processes whose failures carry their output, directory sizes, the README's
 * example, and a static file server for the browser bundle.
 */
import { execFileSync, spawnSync, type ExecFileSyncOptions } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Runs a command and returns its stdout; a non-zero exit throws with the command, stdout and stderr. */
export function run(command: string, args: string[], options: ExecFileSyncOptions = {}): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.status ?? result.signal}\n` +
        `stdout: ${String(result.stdout).slice(-4000)}\nstderr: ${String(result.stderr).slice(-4000)}`,
    );
  }
  return String(result.stdout);
}

/** `npm install` of `specs` into the project `dir` (from the local cache when it has them). */
export function npmInstall(dir: string, specs: string[]): void {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...specs], { cwd: dir });
}

/** A new empty ESM project at `dir` with `specs` installed. */
export function newProject(dir: string, specs: string[]): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: path.basename(dir), private: true, type: 'module' }),
  );
  npmInstall(dir, specs);
  return dir;
}

/** Runs a command that must fail; returns its stderr (throws when it exits 0). */
export function runFails(command: string, args: string[], options: ExecFileSyncOptions = {}): string {
  try {
    execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });
  } catch (error) {
    return String((error as { stderr?: unknown }).stderr ?? '');
  }
  throw new Error(`${command} ${args.join(' ')} was expected to fail and exited 0`);
}

/** Bytes of every file below `dir` (symbolic links not followed), as `du -sb` counts file contents. */
export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) total += lstatSync(full).size;
    else if (entry.isDirectory()) total += directorySize(full);
    else total += statSync(full).size;
  }
  return total;
}

/**
 * The README's "## Example" block as runnable ESM and the numbers its `console.log` lines promise in their
 * trailing comments (`console.log('...', value); // 2.4e-9`).
 */
export function readmeExample(readme: string): { code: string; expected: number[] } {
  const section = /## Example\s+```ts\n([\s\S]*?)```/.exec(readme);
  if (section === null) throw new Error('README.md has no "## Example" section with a ts block');
  const code = section[1];
  const expected = [...code.matchAll(/console\.log\(.*\/\/\s*([-+0-9.eE]+)\s*$/gm)].map((m) => Number(m[1]));
  if (expected.length === 0 || expected.some((x) => !Number.isFinite(x))) {
    throw new Error('the README example has no console.log lines with a trailing // <number> comment');
  }
  return { code, expected };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

/** Serves `dir` on 127.0.0.1 at a free port (enough for a built static page). */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(dir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
