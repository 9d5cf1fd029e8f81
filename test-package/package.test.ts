/**
 * The package as a user gets it (`npm run test:package`, run by .ci/run; not part of `npm test`): `npm pack`, then
 * the tarball installed into empty temporary projects and used from plain Node ESM, a strict TypeScript consumer
 * (two module resolutions, two TypeScript versions), Deno, a browser bundle in Chromium and the CLI, with the
 * optional TensorFlow.js peer of `hippo-prophecy/train` absent, then present.
 *
 * The README's example is taken from README.md itself and must print the numbers its comments show.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../test-e2e/harness.ts';
import {
  directorySize,
  newProject,
  npmInstall,
  readmeExample,
  run,
  runFails,
  serveStatic,
} from './packageHarness.ts';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
const work = path.join(os.tmpdir(), `hippo-package-${process.pid}`);
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
let tarball = '';

/** An empty ESM project with the tarball installed (no optional peers). */
const app = path.join(work, 'app');

/** Limits of the packaging issue: tarball, install footprint, browser bundle. */
const MAX_TARBALL_BYTES = 1_000_000;
const MAX_INSTALL_BYTES = 15 * 1024 * 1024;
const MAX_BUNDLE_GZIP_BYTES = 25 * 1024;

/** Strict consumer settings: strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes, and skipLibCheck false. */
const strict = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'ES2022',
  types: ['node'],
};

/** The README example's printed lines as [label, number] and the numbers its comments promise. */
const example = readmeExample(readFileSync(path.join(root, 'README.md'), 'utf8'));

function expectReadmeNumbers(stdout: string): void {
  const printed = stdout
    .trim()
    .split('\n')
    .map((line) => Number(line.split(':').pop()));
  expect(printed).toHaveLength(example.expected.length);
  printed.forEach((value, i) => {
    // the README shows two significant digits
    expect(Number(value.toPrecision(2)), `line ${i + 1} of the README example`).toBe(example.expected[i]);
  });
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root })) as {
    filename: string;
  }[];
  tarball = path.join(work, packed[0].filename);
  newProject(app, [tarball]);
  writeFileSync(path.join(app, 'example.mjs'), example.code);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the tarball', () => {
  it('is small and holds only the build, the bin and the documents', () => {
    const listing = JSON.parse(
      run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }),
    ) as {
      size: number;
      files: { path: string }[];
    }[];
    const files = listing[0].files.map((f) => f.path);
    expect(readFileSync(tarball).length).toBeLessThanOrEqual(MAX_TARBALL_BYTES);
    const stray = files.filter(
      (f) =>
        !/^(dist\/(src|experiments)\/|bin\/)/.test(f) &&
        !['README.md', 'LICENSE', 'CHANGELOG.md', 'CITATION.cff', 'package.json'].includes(f),
    );
    expect(stray).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|bench|notebooks|docs)\/|\.test\.|\.png$/.test(f))).toEqual([]);
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
  });

  it('installs into an empty project in at most 15 MB of node_modules (no optional peers)', () => {
    expect(directorySize(path.join(app, 'node_modules'))).toBeLessThanOrEqual(MAX_INSTALL_BYTES);
    for (const peer of ['@tensorflow/tfjs', 'plotly.js-dist-min', 'playwright-core', 'mathjs', 'tsx']) {
      expect(() => readFileSync(path.join(app, 'node_modules', peer, 'package.json'))).toThrow();
    }
  });
});

describe('plain Node ESM', () => {
  it("runs the README's example and prints the README's numbers", () => {
    expectReadmeNumbers(run('node', ['example.mjs'], { cwd: app }));
  });

  it('imports every subpath but ./train without optional peers', () => {
    const script = [
      "const core = await import('hippo-prophecy');",
      "const plot = await import('hippo-prophecy/plot');",
      "const ex = await import('hippo-prophecy/experiments');",
      "const meta = (await import('hippo-prophecy/package.json', { with: { type: 'json' } })).default;",
      'console.log(JSON.stringify({ core: typeof core.hippo, plot: typeof plot.lineFigure,',
      '  experiments: ex.experiments.length, run: typeof ex.runExperiments, version: meta.version }));',
    ].join('\n');
    const out = JSON.parse(run('node', ['--input-type=module', '-e', script], { cwd: app })) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({
      core: 'function',
      plot: 'function',
      experiments: expect.any(Number) as unknown,
      run: 'function',
      version: pkg.version,
    });
    expect(out.experiments).toBeGreaterThanOrEqual(16);
  });

  it('runs hippo-prophecy/fit without TensorFlow.js: the construction (setting II) scores as the core predictor, and training lowers the loss', () => {
    const script = [
      "import { hippo, prophecy, predictNext } from 'hippo-prophecy';",
      "import { analyticPredictor, sequenceSet, trainAnalytic } from 'hippo-prophecy/fit';",
      'const L = 200; const p = prophecy(hippo("legt", 8), { dt: 1 / L });',
      'const u = Array.from({ length: L }, (_, k) => Math.sin(4 * Math.PI * k / L));',
      'const set = sequenceSet([u]);',
      "const { l1 } = analyticPredictor(p, { setting: 'II' }).evaluate(set);",
      'const ref = predictNext(p, Float64Array.from(u));',
      'let s = 0; for (let k = L / 2; k < L - 1; k++) s += Math.abs(ref[k] - u[k + 1]);',
      "const m = analyticPredictor(p, { setting: 'III', seed: 1 });",
      'const r = await trainAnalytic(m, set, { epochs: 20, batchSize: 1, learningRate: 1e-2 });',
      'console.log(JSON.stringify({ l1, ref: s / (L / 2 - 1), first: r.evals[0].trainLoss,',
      '  last: r.evals[r.evals.length - 1].trainLoss }));',
    ].join('\n');
    const out = JSON.parse(run('node', ['--input-type=module', '-e', script], { cwd: app })) as Record<
      string,
      number
    >;
    // float32 states and readout against the float64 core: a few float32 ulps of the O(1) signal per step
    expect(Math.abs(out.l1 - out.ref)).toBeLessThan(1e-5);
    // setting III starts from a random readout; 20 Adam steps must lower its loss
    expect(out.last).toBeLessThan(out.first);
  });

  it('refuses hippo-prophecy/train without TensorFlow.js, naming the npm install command', () => {
    const message = runFails('node', ['--input-type=module', '-e', "await import('hippo-prophecy/train')"], {
      cwd: app,
    });
    expect(message).toContain('npm install @tensorflow/tfjs@');
    expect(message).toContain('@tensorflow/tfjs-backend-wasm@');
  });

  it('the CLI runs compiled JavaScript: --version and operator', () => {
    expect(run('npx', ['--no-install', 'hippo-prophecy', '--version'], { cwd: app }).trim()).toBe(
      pkg.version,
    );
    const op = JSON.parse(
      run('npx', ['--no-install', 'hippo-prophecy', 'operator', '--measure', 'legt', '--N', '4', '--json'], {
        cwd: app,
      }),
    ) as { A: number[][] };
    expect(op.A).toHaveLength(4);
    // A_00 of LegT with theta = 1 is -1
    expect(op.A[0][0]).toBe(-1);
  });
});

describe('reproduce from the installed package', () => {
  it('without plotly.js refuses before any work, naming the npm install command', () => {
    const message = runFails(
      'npx',
      ['--no-install', 'hippo-prophecy', 'reproduce', '--only', 'fig5-context', '--out', 'results-no-plotly'],
      { cwd: app },
    );
    expect(message).toContain('npm install plotly.js-dist-min@');
    expect(existsSync(path.join(app, 'results-no-plotly'))).toBe(false);
  });

  it('with plotly.js runs an experiment whose tasks go to worker threads (compiled task modules)', () => {
    const withPlotly = newProject(path.join(work, 'plotly-app'), [
      tarball,
      `plotly.js-dist-min@${pkg.devDependencies['plotly.js-dist-min']}`,
    ]);
    const out = JSON.parse(
      run(
        'npx',
        [
          '--no-install',
          'hippo-prophecy',
          'reproduce',
          '--only',
          'fig5-context',
          '--workers',
          '2',
          '--no-png',
          '--progress',
          'silent',
          '--json',
        ],
        { cwd: withPlotly },
      ),
    ) as { allPass: boolean; results: { id: string; status: string }[] };
    expect(out.results.map((r) => [r.id, r.status])).toEqual([['fig5-context', 'passed']]);
    expect(existsSync(path.join(withPlotly, 'results', 'fig5-context', 'figure-context.html'))).toBe(true);
  }, 240_000);
});

describe('a strict TypeScript consumer', () => {
  const consumer = [
    "import { hippo, prophecy, predictNext, type Matrix } from 'hippo-prophecy';",
    "import { lineFigure } from 'hippo-prophecy/plot';",
    "import { experiments, runExperiments, type Experiment } from 'hippo-prophecy/experiments';",
    "import { analyticPredictor, sequenceSet, type AnalyticPredictor } from 'hippo-prophecy/fit';",
    'const A: Matrix = hippo("legt", 4).A;',
    "const fitted: AnalyticPredictor = analyticPredictor(prophecy(hippo('legt', 4), { dt: 1e-3 }), { setting: 'I' });",
    'const loss: number = fitted.lossAndGradients(sequenceSet([[0, 1, 2, 3]]), Int32Array.of(0)).loss;',
    'const uhat: Float64Array = predictNext(prophecy(hippo("legt", 4), { dt: 1e-3 }), new Float64Array(8));',
    'const first: Experiment | undefined = experiments[0];',
    "const spec = lineFigure({ title: 't', xLabel: 'x', yLabel: 'y', series: [{ name: 's', x: [1], y: [A.data[0] ?? 0] }] });",
    'export { uhat, first, spec, runExperiments, loss };',
  ].join('\n');
  const resolutions = {
    node16: { module: 'node16', moduleResolution: 'node16' },
    bundler: { module: 'esnext', moduleResolution: 'bundler' },
  };

  beforeAll(() => {
    // @types/node for the Node-only entry (experiments); the repo's own copy, as a consumer would install it
    npmInstall(app, [`@types/node@${pkg.devDependencies['@types/node']}`]);
    writeFileSync(path.join(app, 'consumer.ts'), consumer);
  }, 120_000);

  /** An older TypeScript that consumers still use (5.4 predates the generic typed arrays of TS 5.7's lib). */
  const oldTs = path.join(work, 'typescript-5.4');
  beforeAll(() => {
    newProject(oldTs, ['typescript@5.4.5']);
  }, 120_000);

  for (const [tsName, tsc] of [
    ['TypeScript (the repository version)', () => bin('tsc')],
    ['TypeScript 5.4', () => path.join(oldTs, 'node_modules', 'typescript', 'bin', 'tsc')],
  ] as const) {
    for (const [resolution, moduleOptions] of Object.entries(resolutions)) {
      it(`type-checks with 0 errors: ${tsName}, moduleResolution ${resolution}`, () => {
        const config = path.join(app, `tsconfig.${resolution}.json`);
        writeFileSync(
          config,
          JSON.stringify({ compilerOptions: { ...strict, ...moduleOptions }, files: ['consumer.ts'] }),
        );
        run(tsc(), ['-p', config], { cwd: app });
      });
    }
  }

  it('the core, ./plot and ./fit type-check without Node types (isomorphic declarations)', () => {
    writeFileSync(
      path.join(app, 'core.ts'),
      consumer
        .split('\n')
        .filter((l) => !/experiments|Experiment|first/.test(l))
        .join('\n') + '\nexport { uhat, spec, loss };\n',
    );
    const config = path.join(app, 'tsconfig.core.json');
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: { ...strict, ...resolutions.bundler, types: [], lib: ['ES2022', 'DOM'] },
        files: ['core.ts'],
      }),
    );
    run(bin('tsc'), ['-p', config], { cwd: app });
  });
});

describe('Deno', () => {
  it("runs the README's example from the installed package", () => {
    writeFileSync(path.join(app, 'deno.json'), JSON.stringify({ nodeModulesDir: 'manual', lock: false }));
    const out = run(bin('deno'), ['run', '--quiet', '--allow-read', '--allow-env', 'example.mjs'], {
      cwd: app,
      env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    expectReadmeNumbers(out);
  });
});

describe('a browser bundle of the core', () => {
  const web = path.join(app, 'web');
  let bundle = '';

  beforeAll(async () => {
    mkdirSync(web, { recursive: true });
    writeFileSync(
      path.join(web, 'index.html'),
      '<!doctype html><html><head><link rel="icon" href="data:,"></head><body><pre id="out"></pre><script type="module" src="./main.js"></script></body></html>',
    );
    writeFileSync(
      path.join(web, 'main.js'),
      example.code.replace(/console\.log\(/g, 'print(') +
        "\nfunction print(...parts) { document.getElementById('out').textContent += parts.join(' ') + '\\n'; }\n" +
        "document.body.dataset.done = '1';\n",
    );
    const { build } = await import('vite');
    await build({ root: web, logLevel: 'warn', build: { outDir: path.join(web, 'dist'), minify: true } });
    const assets = path.join(web, 'dist', 'assets');
    const js = (await import('node:fs')).readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(js).toHaveLength(1);
    bundle = readFileSync(path.join(assets, js[0]), 'utf8');
  }, 120_000);

  it('is at most 25 kB gzip and holds no ODE solver and no systems registry', () => {
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThanOrEqual(MAX_BUNDLE_GZIP_BYTES);
    // strings that only the solvers (their error messages) and the registry (system names) contain
    for (const marker of ['dopri5', 'Dormand', 'lorenz', 'mackey-glass', 'white-signal']) {
      expect(bundle.includes(marker), marker).toBe(false);
    }
  });

  it('runs in Chromium and prints the same numbers as Node', async () => {
    const server = await serveStatic(path.join(web, 'dist'));
    const browser = await launchBrowser();
    try {
      await browser.page.goto(server.url);
      await browser.page.waitForSelector('body[data-done="1"]');
      const text = (await browser.page.textContent('#out')) ?? '';
      const inBrowser = text.trim().split('\n');
      const inNode = run('node', ['example.mjs'], { cwd: app }).trim().split('\n');
      expect(inBrowser.map((l) => l.split(':')[0])).toEqual(inNode.map((l) => l.split(':')[0]));
      // ECMAScript leaves Math.sin's last bit to the engine (Chromium's V8 is newer than Node 20's): one ulp of u
      // (1e-16) is ~1e-13 relative in the copy-last differences (|u[k+1] - u[k]| ~ 1e-3) and ~2e-12 in the LegT
      // errors (~5e-5), so the two engines agree to 1e-10 relative, not bit for bit (measured: 3e-15)
      inBrowser.forEach((line, i) => {
        const a = Number(line.split(':').pop());
        const b = Number(inNode[i].split(':').pop());
        expect(Math.abs(a - b) / Math.abs(b)).toBeLessThan(1e-10);
      });
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});

describe('hippo-prophecy/train with TensorFlow.js installed', () => {
  const trainApp = path.join(work, 'train-app');

  beforeAll(() => {
    newProject(trainApp, [
      tarball,
      `@tensorflow/tfjs@${pkg.devDependencies['@tensorflow/tfjs']}`,
      `@tensorflow/tfjs-backend-wasm@${pkg.devDependencies['@tensorflow/tfjs-backend-wasm']}`,
    ]);
  }, 300_000);

  it('its declarations type-check in a strict consumer (skipLibCheck false)', () => {
    writeFileSync(
      path.join(trainApp, 'consumer.ts'),
      [
        "import { trainablePredictor, selectBackend, type PaperSetting, type TrainablePredictor } from 'hippo-prophecy/train';",
        "import { hippo, prophecy } from 'hippo-prophecy';",
        "const setting: PaperSetting = 'IV';",
        'export const make = async (): Promise<TrainablePredictor> => {',
        "  await selectBackend({ backend: 'cpu' });",
        "  return trainablePredictor(prophecy(hippo('legt', 4), { dt: 1e-3 }), { setting });",
        '};',
      ].join('\n'),
    );
    writeFileSync(
      path.join(trainApp, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16' },
        files: ['consumer.ts'],
      }),
    );
    npmInstall(trainApp, [`@types/node@${pkg.devDependencies['@types/node']}`]);
    // TensorFlow.js's own declarations do not pass skipLibCheck false (e.g. hash_util.d.ts names an undeclared
    // `Long`): those errors are theirs; ours and the consumer's must be none
    const result = spawnSync(bin('tsc'), ['-p', path.join(trainApp, 'tsconfig.json')], {
      cwd: trainApp,
      encoding: 'utf8',
    });
    const errors = result.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
    const notTheirs = errors.filter((l) => !l.startsWith('node_modules/@tensorflow/'));
    expect(notTheirs).toEqual([]);
  }, 120_000);

  it('imports and runs the constructed predictor as a tfjs model (wasm backend)', () => {
    const script = [
      "import { hippo, prophecy, predictNext } from 'hippo-prophecy';",
      "import { selectBackend, trainablePredictor, sequenceSet, evaluateModel } from 'hippo-prophecy/train';",
      "const { name } = await selectBackend({ backend: 'wasm' });",
      'const L = 200; const p = prophecy(hippo("legt", 8), { dt: 1 / L });',
      'const u = Array.from({ length: L }, (_, k) => Math.sin(4 * Math.PI * k / L));',
      "const model = trainablePredictor(p, { setting: 'II' });",
      'const { l1 } = evaluateModel(model, sequenceSet([u]), 1);',
      'const ref = predictNext(p, Float64Array.from(u));',
      'let s = 0; for (let k = L / 2; k < L - 1; k++) s += Math.abs(ref[k] - u[k + 1]);',
      'console.log(JSON.stringify({ name, l1, ref: s / (L / 2 - 1) }));',
    ].join('\n');
    writeFileSync(path.join(trainApp, 'train.mjs'), script);
    const out = JSON.parse(run('node', ['train.mjs'], { cwd: trainApp })) as {
      name: string;
      l1: number;
      ref: number;
    };
    expect(out.name).toBe('wasm');
    // float32 tfjs against the float64 core: a few float32 ulps of the O(1) signal per step
    expect(Math.abs(out.l1 - out.ref)).toBeLessThan(1e-5);
  });
});
