/**
 * `hippo-prophecy reproduce` as a user runs it: real child processes (the CLI through tsx, and `npm run reproduce`
 * for Ctrl-C), each with a time limit, so that a hang fails the test instead of blocking it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, MARKER_FILE } from '../../experiments/runner/outputLayout.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const main = join(repo, 'src', 'cli', 'main.ts');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `command args` in the repository; `onStderr` may act on the output seen so far (e.g. send a signal). */
function runProcess(
  command: string,
  args: string[],
  limitMs: number,
  onStderr?: (text: string, pid: number) => void,
): Promise<Exit> {
  const t0 = Date.now();
  const child = spawn(command, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    onStderr?.(stderr, child.pid!);
  });
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), limitMs);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 });
    }),
  );
}

const cli = (args: string[]) =>
  runProcess(
    process.execPath,
    ['--import', 'tsx', main, 'reproduce', '--no-png', '--progress', 'lines', ...args],
    60_000,
  );

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'hp-process-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('reproduce --out, checked before any work (child processes)', () => {
  it('--out /proc/x fails at once naming --out (it used to spin at 100% CPU)', async () => {
    const r = await cli(['--out', '/proc/x', '--only', 'fig1-vdp']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--out "\/proc\/x" cannot be created in \/proc/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // one line, no stack trace
    expect(r.ms).toBeLessThan(30_000);
  });

  it("refuses --out '', a file, a missing parent and a folder with other content (left untouched)", async () => {
    const site = join(base, 'site');
    await mkdir(site);
    await writeFile(join(site, 'index.html'), '<p>mine</p>');
    await writeFile(join(base, 'file'), 'x');
    const cases: [string, RegExp][] = [
      ['', /--out "" must name a folder/],
      [join(base, 'file'), /exists and is not a folder/],
      [join(base, 'no', 'such'), /is in a folder that does not exist/],
      [site, /is a folder with other content .* or --force to write into it anyway/],
    ];
    const exits = await Promise.all(cases.map(([out]) => cli(['--out', out, '--only', 'fig1-vdp'])));
    exits.forEach((r, i) => {
      expect(r.code, cases[i][0]).toBe(1);
      expect(r.stderr, cases[i][0]).toMatch(cases[i][1]);
    });
    expect(await readFile(join(site, 'index.html'), 'utf8')).toBe('<p>mine</p>');
    expect(existsSync(join(site, MARKER_FILE))).toBe(false);
    expect(existsSync(join(repo, MARKER_FILE))).toBe(false); // '' did not adopt the working directory
  });

  it('a second run into a folder whose lock a live process holds refuses, naming it', async () => {
    const out = join(base, 'busy');
    await mkdir(out);
    await writeFile(join(out, MARKER_FILE), '');
    const holder = {
      pid: process.pid,
      host: hostname(),
      startedAt: '2030-01-01T00:00:00.000Z',
      command: 'test',
    };
    await writeFile(join(out, LOCK_FILE), JSON.stringify(holder));
    const r = await cli(['--out', out, '--only', 'fig1-vdp']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `is in use by another run (pid ${process.pid}, started 2030-01-01T00:00:00.000Z)`,
    );
    expect(JSON.parse(await readFile(join(out, LOCK_FILE), 'utf8'))).toEqual(holder);
  });
});

describe('Ctrl-C', () => {
  /** Starts `command`, and once the experiment has started computing interrupts the whole process group with SIGINT,
   * as a terminal's Ctrl-C does. */
  async function interrupt(command: string, args: string[]): Promise<Exit> {
    let sent = false;
    const r = await runProcess(command, args, 60_000, (text, pid) => {
      if (!sent && text.includes('[fig3-white-vs-n] ')) {
        sent = true;
        process.kill(-pid, 'SIGINT');
      }
    });
    expect(sent).toBe(true);
    expect(r.stderr).toMatch(/SIGINT: stopped, rerun to resume/);
    expect(r.stderr.match(/stopped, rerun to resume/g)).toHaveLength(1);
    return r;
  }
  const args = (out: string) => [
    '--only',
    'fig3-white-vs-n',
    '--out',
    out,
    '--no-png',
    '--progress',
    'lines',
  ];

  it('to `npm run reproduce` mid-experiment: prints "stopped, rerun to resume"; the shell sees 130', async () => {
    const out = join(base, 'npm');
    const r = await interrupt('npm', ['run', 'reproduce', '--', ...args(out)]);
    // npm itself dies of the SIGINT (a shell reports 128 + 2 = 130) or passes on its child's 130
    expect(r.code === 130 || r.signal === 'SIGINT').toBe(true);
    expect(existsSync(join(out, 'fig3-white-vs-n', 'result.json'))).toBe(false);
  });

  it('to the CLI process mid-experiment: exits 130, and the next run into the folder is not locked out', async () => {
    const out = join(base, 'cli');
    const r = await interrupt(process.execPath, ['--import', 'tsx', main, 'reproduce', ...args(out)]);
    expect(r.code).toBe(130);
    // the stopped run released its lock, or (killed after the grace period while computing) left a stale one that
    // the next run takes over
    const again = await cli(['--only', 'fig2-examples', '--out', out, '--json']);
    expect(again.stderr).not.toMatch(/in use by another run/);
    expect(JSON.parse(again.stdout)).toMatchObject({ results: [{ id: 'fig2-examples', cached: false }] });
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });
});
