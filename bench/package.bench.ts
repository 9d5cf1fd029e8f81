/**
 * The package as users install it (`npm run bench -- package`): tarball size, install footprint without optional
 * peers, the gzip size of a minified browser bundle of the README example, and the cold start of the installed CLI
 * (`hippo-prophecy operator --measure legt --N 4 --json`) against two twins in the same run: a bare `node -e 0`
 * (the floor: Node's own start) and the same command run from the TypeScript source through tsx (how the CLI ran
 * before the package was compiled).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { directorySize, readmeExample, run } from '../test-package/packageHarness.ts';
import { median } from './benchUtil.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Median wall time (seconds) of `reps` runs of a command, after one untimed run. */
function startTime(command: string, args: string[], cwd: string, reps: number): number {
  const once = () => {
    const t0 = performance.now();
    const r = spawnSync(command, args, { cwd, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}`);
    return (performance.now() - t0) / 1000;
  };
  once();
  return median(Array.from({ length: reps }, once));
}

export interface PackageBench {
  tarballBytes: number;
  tarballFiles: number;
  installBytes: number;
  bundleGzipBytes: number;
  cliColdStartSeconds: number;
  nodeStartSeconds: number;
  tsxSourceStartSeconds: number;
  /** cold start of the installed CLI / bare Node start */
  ratioToNode: number;
  /** cold start of the installed CLI / the same command through tsx from source */
  ratioToTsx: number;
}

/** Packs, installs into a temporary project, and measures (see the module comment). */
export async function runPackageBench(log: (s: string) => void, reps = 15): Promise<PackageBench> {
  const work = path.join(os.tmpdir(), `hippo-package-bench-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const app = path.join(work, 'app');
  mkdirSync(app, { recursive: true });
  try {
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root })) as {
      filename: string;
      entryCount: number;
    }[];
    const tarball = path.join(work, packed[0].filename);
    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module' }),
    );
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app });

    const web = path.join(app, 'web');
    mkdirSync(web);
    writeFileSync(path.join(web, 'index.html'), '<script type="module" src="./main.js"></script>');
    writeFileSync(
      path.join(web, 'main.js'),
      readmeExample(readFileSync(path.join(root, 'README.md'), 'utf8')).code,
    );
    const { build } = await import('vite');
    await build({ root: web, logLevel: 'warn', build: { outDir: path.join(web, 'dist'), minify: true } });
    const assets = path.join(web, 'dist', 'assets');
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const bundleGzipBytes = js.reduce(
      (s, f) => s + gzipSync(readFileSync(path.join(assets, f)), { level: 9 }).length,
      0,
    );

    const cliArgs = ['operator', '--measure', 'legt', '--N', '4', '--json'];
    const installedBin = path.join(app, 'node_modules', 'hippo-prophecy', 'bin', 'hippo-prophecy.js');
    const cliColdStartSeconds = startTime('node', [installedBin, ...cliArgs], app, reps);
    const nodeStartSeconds = startTime('node', ['-e', '0'], app, reps);
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const tsxSourceStartSeconds = startTime(
      tsx,
      [path.join(root, 'src', 'cli', 'main.ts'), ...cliArgs],
      root,
      reps,
    );
    const result: PackageBench = {
      tarballBytes: readFileSync(tarball).length,
      tarballFiles: packed[0].entryCount,
      installBytes: directorySize(path.join(app, 'node_modules')),
      bundleGzipBytes,
      cliColdStartSeconds,
      nodeStartSeconds,
      tsxSourceStartSeconds,
      ratioToNode: cliColdStartSeconds / nodeStartSeconds,
      ratioToTsx: cliColdStartSeconds / tsxSourceStartSeconds,
    };
    log(
      `tarball ${(result.tarballBytes / 1e3).toFixed(0)} kB (${result.tarballFiles} files), install ` +
        `${(result.installBytes / 2 ** 20).toFixed(1)} MiB, bundle ${(bundleGzipBytes / 1024).toFixed(1)} kiB gzip; CLI ` +
        `cold start ${cliColdStartSeconds.toFixed(3)} s (node -e 0: ${nodeStartSeconds.toFixed(3)} s, tsx from ` +
        `source: ${tsxSourceStartSeconds.toFixed(3)} s)`,
    );
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
