/**
 * W1: the paper-scale error-vs-N figures (fig3-white-vs-n, fig4-filtered-vs-n) through the runner, in a child process
 * measured by /usr/bin/time -v (wall time and peak resident memory of the whole process tree's largest member):
 *
 *   /usr/bin/time -v npx tsx src/cli/main.ts reproduce --scale paper --only fig3-white-vs-n,fig4-filtered-vs-n
 *     --workers 2 --out <tmp> --force --no-png
 *
 * Needs both experiments registered in experiments/registry.ts; otherwise returns { available: false } with the
 * reason. Note /usr/bin/time's "Maximum resident set size" is the largest single process (worker threads share the
 * process, so that is the whole run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage, sig } from './benchUtil.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const W1_IDS = ['fig3-white-vs-n', 'fig4-filtered-vs-n'];

export async function runW1(log: (s: string) => void = () => {}, workers = 2) {
  const { experiments } = await import('../experiments/registry.ts');
  const known = new Set(experiments.map((e: { id: string }) => e.id));
  const missing = W1_IDS.filter((id) => !known.has(id));
  if (missing.length > 0) {
    const reason = `not registered in experiments/registry.ts: ${missing.join(', ')}`;
    log(`W1 skipped: ${reason}`);
    return { available: false, reason };
  }
  const out = mkdtempSync(path.join(os.tmpdir(), 'hippo-w1-'));
  try {
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const args = [
      '-v',
      tsx,
      path.join(root, 'src', 'cli', 'main.ts'),
      'reproduce',
      '--scale',
      'paper',
      '--only',
      W1_IDS.join(','),
      '--workers',
      String(workers),
      '--out',
      out,
      '--force',
      '--no-png',
    ];
    log(`W1: /usr/bin/time ${args.join(' ')}`);
    const loadBefore = loadAverage();
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const wall = (performance.now() - t0) / 1000;
    const err = r.stderr ?? '';
    const rssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] ?? NaN);
    const elapsed = /Elapsed \(wall clock\) time.*: (.+)/.exec(err)?.[1]?.trim() ?? null;
    const userSec = Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
    const sysSec = Number(/System time \(seconds\): ([\d.]+)/.exec(err)?.[1] ?? NaN);
    const res = {
      available: true,
      workers,
      exitCode: r.status,
      wallSeconds: sig(wall),
      timeElapsed: elapsed,
      cpuSeconds: sig(userSec + sysSec),
      peakRssMiB: sig(rssKiB / 1024),
      loadBefore,
      loadAfter: loadAverage(),
      underFiveMinutes: wall < 300,
      underTwoGiB: rssKiB / 1024 / 1024 < 2,
      stderrTail: r.status === 0 ? undefined : err.split('\n').slice(-15).join('\n'),
    };
    log(
      `W1: ${res.wallSeconds} s wall, ${res.cpuSeconds} s CPU, peak RSS ${res.peakRssMiB} MiB, exit ${res.exitCode}`,
    );
    return res;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
