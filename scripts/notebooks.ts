/**
 * `npm run notebooks`: executes every notebook headless with the Deno Jupyter kernel and fails if a cell fails.
 *
 *   npm run notebooks                        execute notebooks/*.ipynb into a temp dir (committed files untouched)
 *   npm run notebooks -- 01-hippo-operators  only the named notebooks
 *   npm run notebooks -- --out DIR           write the executed notebooks to DIR
 *   npm run notebooks -- --write             write the executed notebooks (with outputs) over notebooks/*.ipynb
 *   npm run notebooks -- --build             regenerate notebooks/*.ipynb (outputs cleared) from notebooks/source/*.ts
 *   npm run notebooks -- --install-kernel    install the "deno" kernelspec for the user (for JupyterLab/VS Code)
 *
 * The kernelspec used for the run is written into the temp dir (JUPYTER_PATH) with the absolute path of the
 * Deno binary under node_modules, so nothing global is needed besides Debian's jupyter-nbconvert,
 * python3-nbclient and python3-ipykernel.
 *
 * The notebooks import the built package ('hippo-prophecy', mapped by deno.json's import map to dist/, as an
 * installed package resolves it), so this script builds it first. Every plotly figure output gets an SVG beside it
 * (rendered by Chromium through playwright-core), so that viewers without a plotly renderer (GitHub, nbconvert's
 * HTML) show the figure; without a Chromium the run fails unless --no-png is given (no static images then).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPngRenderer, type PngRenderer } from '../src/plot/write/renderPng.ts';
import { denoBinary, denoVersion, repoRoot, userJupyterDataDir, writeKernelSpec } from './denoKernel.ts';
import { buildNotebook, cellSignature, notebookNames, notebooksDir, notebookText } from './notebookSource.ts';

/** Executed notebooks above this size are reported: outputs must stay small. */
const MAX_NOTEBOOK_BYTES = 1_000_000;

interface Args {
  names: string[];
  out: string | null;
  write: boolean;
  build: boolean;
  installKernel: boolean;
  timeout: number;
  png: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    names: [],
    out: null,
    write: false,
    build: false,
    installKernel: false,
    timeout: 600,
    png: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--write') args.write = true;
    else if (a === '--build') args.build = true;
    else if (a === '--install-kernel') args.installKernel = true;
    else if (a === '--no-png') args.png = false;
    else if (a === '--out') args.out = path.resolve(argv[++i] ?? '');
    else if (a === '--timeout') args.timeout = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`notebooks: unknown option ${a}`);
    else args.names.push(a.replace(/\.(ipynb|ts)$/, '').replace(/^.*\//, ''));
  }
  if (!(args.timeout > 0)) throw new Error('notebooks: --timeout must be a positive number of seconds');
  return args;
}

function installUserKernel(): void {
  const bin = denoBinary();
  // deno's own installer copies the logos; it records the path it was started from, so fix kernel.json after it
  // (it writes under ~/.local/share/jupyter even when JUPYTER_DATA_DIR points elsewhere: fix both)
  spawnSync(bin, ['jupyter', '--install', '--force'], { stdio: 'inherit' });
  const dirs = new Set([userJupyterDataDir(), userJupyterDataDir({})]);
  for (const d of dirs) {
    const dir = writeKernelSpec(d, bin);
    console.log(`kernelspec "deno" -> ${bin}: ${dir}/kernel.json`);
  }
}

function jupyterCommand(): string {
  const cmd = process.env.JUPYTER ?? 'jupyter';
  const probe = spawnSync(cmd, ['nbconvert', '--version'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    throw new Error(
      `notebooks: \`${cmd} nbconvert\` is not available; install Debian's jupyter-nbconvert python3-nbclient python3-ipykernel (or set JUPYTER)`,
    );
  }
  return cmd;
}

/** Error outputs of an executed notebook, as "cell N: ename: evalue". */
function cellErrors(file: string): string[] {
  const nb = JSON.parse(readFileSync(file, 'utf8')) as {
    cells: { cell_type: string; outputs?: { output_type: string; ename?: string; evalue?: string }[] }[];
  };
  const errors: string[] = [];
  nb.cells.forEach((c, i) => {
    for (const o of c.outputs ?? []) {
      if (o.output_type === 'error') errors.push(`cell ${i + 1}: ${o.ename}: ${o.evalue}`);
    }
  });
  return errors;
}

/** Code cells that call a display helper at top level (`await plot(...)`, ...) but hold no output. */
function missingOutputs(file: string): number[] {
  const nb = JSON.parse(readFileSync(file, 'utf8')) as {
    cells: { cell_type: string; source: string | string[]; outputs?: unknown[] }[];
  };
  const missing: number[] = [];
  nb.cells.forEach((c, i) => {
    const src = Array.isArray(c.source) ? c.source.join('') : c.source;
    if (
      c.cell_type === 'code' &&
      /^await (plot|table|matrix|markdown)\(/m.test(src) &&
      (c.outputs ?? []).length === 0
    ) {
      missing.push(i + 1);
    }
  });
  return missing;
}

const PLOTLY_MIME = 'application/vnd.plotly.v1+json';

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

/**
 * Adds an `image/svg+xml` rendering beside every plotly output of an executed notebook (in place); returns how many.
 * The plotly JSON stays the first choice of viewers that render it.
 */
async function addPngFallbacks(file: string, renderer: PngRenderer, tmp: string): Promise<number> {
  const nb = JSON.parse(readFileSync(file, 'utf8')) as { cells: { outputs?: Output[] }[] };
  let count = 0;
  for (const cell of nb.cells) {
    for (const o of cell.outputs ?? []) {
      const spec = o.data?.[PLOTLY_MIME] as {
        data: Record<string, unknown>[];
        layout: Record<string, unknown>;
      };
      if (spec === undefined) continue;
      const svg = path.join(tmp, `figure-${count}.svg`);
      await renderer.render(spec, svg);
      o.data = { ...o.data, 'image/svg+xml': readFileSync(svg, 'utf8') };
      count++;
    }
  }
  writeFileSync(file, `${JSON.stringify(nb, null, 1)}\n`);
  return count;
}

/** Plotly outputs of a notebook that carry no static image (SVG or PNG) beside them. */
function plotlyWithoutImage(file: string): number {
  const nb = JSON.parse(readFileSync(file, 'utf8')) as { cells: { outputs?: Output[] }[] };
  return nb.cells
    .flatMap((c) => c.outputs ?? [])
    .filter((o) => o.data?.[PLOTLY_MIME] !== undefined && !o.data['image/svg+xml'] && !o.data['image/png'])
    .length;
}

/** deno.json's import map must name the same entry points as package.json's "exports". */
function checkImportMap(): void {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    exports: Record<string, { default?: string } | string>;
  };
  const deno = JSON.parse(readFileSync(path.join(repoRoot, 'deno.json'), 'utf8')) as {
    imports?: Record<string, string>;
  };
  const fromPkg = Object.entries(pkg.exports)
    .filter(([k, v]) => typeof v === 'object' && k !== './package.json')
    .map(([k, v]) => [`hippo-prophecy${k.slice(1)}`, (v as { default: string }).default] as const);
  const imports = deno.imports ?? {};
  const wrong = fromPkg.filter(([k, v]) => imports[k] !== v);
  if (wrong.length > 0 || Object.keys(imports).length !== fromPkg.length) {
    throw new Error(
      `notebooks: deno.json "imports" must map ${fromPkg.map(([k, v]) => `${k} -> ${v}`).join(', ')} ` +
        `(package.json "exports"); got ${JSON.stringify(imports)}`,
    );
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.installKernel) return installUserKernel();
  const all = notebookNames();
  const names = args.names.length > 0 ? args.names : all;
  for (const n of names)
    if (!all.includes(n)) throw new Error(`notebooks: unknown notebook ${n}; known: ${all.join(', ')}`);

  if (args.build) {
    for (const n of names) {
      writeFileSync(path.join(notebooksDir, `${n}.ipynb`), notebookText(buildNotebook(n)));
      console.log(`built notebooks/${n}.ipynb`);
    }
    return;
  }

  // the committed notebooks must match their sources (edit notebooks/source/*.ts, then --build)
  const stale = names.filter((n) => {
    const file = path.join(notebooksDir, `${n}.ipynb`);
    return (
      !existsSync(file) ||
      cellSignature(JSON.parse(readFileSync(file, 'utf8'))) !== cellSignature(buildNotebook(n))
    );
  });
  if (stale.length > 0) {
    throw new Error(
      `notebooks: ${stale.join(', ')} differ from notebooks/source/*.ts; run \`npm run notebooks -- --build\``,
    );
  }

  // and they are committed executed: every display cell has its output, every plotly figure its static image
  const bare = names.filter((n) => {
    if (args.write) return false; // --write is how they get their outputs
    const file = path.join(notebooksDir, `${n}.ipynb`);
    return missingOutputs(file).length > 0 || plotlyWithoutImage(file) > 0;
  });
  if (bare.length > 0) {
    throw new Error(
      `notebooks: ${bare.join(', ')} are committed without outputs or static figure images; ` +
        'run `npm run notebooks -- --write` and commit the result',
    );
  }
  checkImportMap();
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`notebooks: npm run build failed:\n${build.stdout}${build.stderr}`);
  const bin = denoBinary();
  // fail fast with a clear message if Deno cannot load the package (deno.json: import map, nodeModulesDir "manual")
  const probe = spawnSync(
    bin,
    ['eval', 'import * as api from "hippo-prophecy"; console.log(Object.keys(api).length);'],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (probe.status !== 0) {
    throw new Error(
      `notebooks: Deno cannot import the built package (hippo-prophecy -> dist/):\n${probe.stderr}`,
    );
  }
  let renderer: PngRenderer | undefined;
  if (args.png) {
    const created = await createPngRenderer({ width: 800, height: 420, format: 'svg' });
    if (created.renderer === undefined) {
      throw new Error(
        `notebooks: ${created.note ?? 'no PNG renderer'}; pass --no-png to run without the PNG fallbacks`,
      );
    }
    renderer = created.renderer;
  }
  const jupyter = jupyterCommand();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'hippo-notebooks-'));
  const out = args.out ?? path.join(tmp, 'out');
  mkdirSync(out, { recursive: true });
  writeKernelSpec(path.join(tmp, 'jupyter'), bin);
  const env = {
    ...process.env,
    JUPYTER_PATH: [path.join(tmp, 'jupyter'), process.env.JUPYTER_PATH].filter(Boolean).join(path.delimiter),
    JUPYTER_RUNTIME_DIR: path.join(tmp, 'runtime'),
    NO_COLOR: '1',
  };
  console.log(`${denoVersion(bin)} (imports ${probe.stdout.trim()} exports); kernel ${bin}; output ${out}`);

  const failures: string[] = [];
  const t0 = Date.now();
  for (const n of names) {
    const start = Date.now();
    const input = path.join(notebooksDir, `${n}.ipynb`);
    const execute = () =>
      spawnSync(
        jupyter,
        [
          'nbconvert',
          '--to',
          'notebook',
          '--execute',
          '--ExecutePreprocessor.kernel_name=deno',
          `--ExecutePreprocessor.timeout=${args.timeout}`,
          '--output-dir',
          out,
          input,
        ],
        { env, encoding: 'utf8' },
      );
    const file = path.join(out, `${n}.ipynb`);
    let result = execute();
    // the Deno kernel can publish an output after reporting idle, and nbconvert then drops it: retry once
    if (result.status === 0 && missingOutputs(file).length > 0) {
      console.log(
        `     ${n}: output of cell(s) ${missingOutputs(file).join(', ')} dropped by the kernel; running again`,
      );
      result = execute();
    }
    const seconds = ((Date.now() - start) / 1000).toFixed(1);
    const errors = result.status === 0 && existsSync(file) ? cellErrors(file) : [];
    const missing = result.status === 0 && existsSync(file) ? missingOutputs(file) : [];
    if (missing.length > 0) errors.push(`cell(s) ${missing.join(', ')}: display output missing`);
    if (result.status !== 0 || errors.length > 0) {
      failures.push(n);
      console.error(
        `FAIL ${n} (${seconds} s)\n${errors.join('\n')}\n${result.stderr.split('\n').slice(-40).join('\n')}`,
      );
      continue;
    }
    const pngs = renderer === undefined ? 0 : await addPngFallbacks(file, renderer, tmp);
    const bytes = statSync(file).size;
    console.log(
      `ok   ${n} (${seconds} s, ${(bytes / 1024).toFixed(0)} KiB, ${pngs} static figure fallbacks)`,
    );
    if (bytes > MAX_NOTEBOOK_BYTES) {
      failures.push(n);
      console.error(
        `FAIL ${n}: executed notebook is ${bytes} bytes (> ${MAX_NOTEBOOK_BYTES}); keep outputs small`,
      );
    } else if (args.write) {
      copyFileSync(file, input);
      console.log(`     wrote outputs into notebooks/${n}.ipynb`);
    }
  }
  await renderer?.close();
  rmSync(path.join(tmp, 'jupyter'), { recursive: true, force: true });
  rmSync(path.join(tmp, 'runtime'), { recursive: true, force: true });
  console.log(
    `${names.length - failures.length}/${names.length} notebooks ran in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (failures.length > 0) {
    console.error(`failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
