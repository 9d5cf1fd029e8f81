/**
 * Locates the Deno binary that `npm ci` installed (the `deno` devDependency) and writes a Jupyter kernelspec that
 * points at it by absolute path, so the kernel works on a fresh clone without a global Deno.
 *
 * `deno jupyter --install` records the path it was started from (node_modules/.bin/deno, a symlink that only exists
 * when the package's postinstall ran); here the real file is resolved instead: node_modules/deno/deno (hard link
 * made by the postinstall) or, failing that, the platform package node_modules/@deno/<target>/deno itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder holding package.json). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const exe = os.platform() === 'win32' ? 'deno.exe' : 'deno';

function isExecutableFile(file: string): boolean {
  try {
    const st = statSync(file);
    return st.isFile() && st.size > 1_000_000; // the real binary, not the bin.cjs launcher
  } catch {
    return false;
  }
}

/** Absolute real path of the Deno binary under node_modules; throws with a fix when there is none. */
export function denoBinary(root = repoRoot): string {
  const candidates = [path.join(root, 'node_modules', 'deno', exe)];
  const scoped = path.join(root, 'node_modules', '@deno');
  if (existsSync(scoped)) {
    const prefix = `${os.platform()}-${os.arch()}`;
    for (const dir of readdirSync(scoped).filter((d) => d.startsWith(prefix))) {
      candidates.push(path.join(scoped, dir, exe));
    }
  }
  const found = candidates.find(isExecutableFile);
  if (found === undefined) {
    throw new Error(
      `denoBinary: no Deno binary found (looked at ${candidates.join(', ')}); run \`npm ci\` (the deno devDependency provides it)`,
    );
  }
  return realpathSync(found);
}

/** Version line of a Deno binary, e.g. "deno 2.9.6 (stable, ...)"; throws when it does not run. */
export function denoVersion(bin: string): string {
  return execFileSync(bin, ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
}

/** The kernel.json contents for a Deno binary. */
export function kernelSpec(bin: string, displayName = 'Deno'): Record<string, unknown> {
  return {
    argv: [bin, 'jupyter', '--kernel', '--conn', '{connection_file}'],
    display_name: displayName,
    language: 'typescript',
  };
}

/**
 * Writes `<jupyterDir>/kernels/<name>/kernel.json` for the Deno binary; `jupyterDir` is a Jupyter data directory
 * (put it on JUPYTER_PATH, or use the user's data dir for a permanent install). Returns the kernel directory.
 */
export function writeKernelSpec(jupyterDir: string, bin = denoBinary(), name = 'deno'): string {
  const dir = path.join(jupyterDir, 'kernels', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'kernel.json'), `${JSON.stringify(kernelSpec(bin), null, 2)}\n`);
  return dir;
}

/**
 * The user's Jupyter data directory (what `jupyter --data-dir` prints), honouring JUPYTER_DATA_DIR and
 * XDG_DATA_HOME of `env` (pass `{}` for the platform default).
 */
export function userJupyterDataDir(env: Record<string, string | undefined> = process.env): string {
  if (env.JUPYTER_DATA_DIR) return env.JUPYTER_DATA_DIR;
  if (os.platform() === 'darwin') return path.join(os.homedir(), 'Library', 'Jupyter');
  if (os.platform() === 'win32') return path.join(env.APPDATA ?? os.homedir(), 'jupyter');
  const xdg = env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share');
  return path.join(xdg, 'jupyter');
}
