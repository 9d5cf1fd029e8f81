/**
 * Issue 13's fuzz test: hostile command lines and API inputs. Every input either succeeds with finite output or
 * fails with one line that names an argument, exit status 1 or 2, never a stack trace, never a hang. The CLI runs
 * in-process (main() with stdout and stderr captured) with sizes bounded so that no case can run long, under a
 * 64 MiB memory budget; a few cases with unbounded sizes run as child processes with a timeout.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/index.ts';
import { hippo, measureNames } from '../../src/hippo/index.ts';
import { setMemoryBudget } from '../../src/limits/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { generate, systemNames } from '../../src/systems/index.ts';
import { runCli, spawnCli } from './runCli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hippo-fuzz-'));
beforeAll(() => setMemoryBudget('64M'));
afterAll(() => {
  setMemoryBudget(null);
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const sine = Array.from({ length: 300 }, (_, k) => Math.sin(k / 9));
const INPUTS = {
  array: () => file('array.json', JSON.stringify(sine)),
  values: () => file('values.json', JSON.stringify({ values: sine })),
  generated: () =>
    file('generated.json', JSON.stringify({ channels: ['x', 'y'], t: sine, values: [sine, sine] })),
  tsv: () => file('table.tsv', `t\tx\n${sine.map((v, k) => `${k}\t${v}`).join('\n')}`),
  one: () => file('one.json', '[0.5]'),
  two: () => file('two.json', '[0.5, 1]'),
  huge: () => file('huge.json', JSON.stringify(sine.map((v) => 1.7e308 * v))),
  nan: () => file('nan.tsv', '1\nNaN\n2\n'),
  bad: () => file('bad.json', '[1, 2,'),
  empty: () => file('empty.txt', ''),
  missing: () => path.join(dir, 'missing.json'),
  system: () =>
    file(
      'sys.json',
      JSON.stringify({
        A: [
          [0, 1],
          [-4, -1],
        ],
        B: [0, 1],
        C: [1, 0],
        D: 0,
      }),
    ),
  discrete: () => file('sysd.json', JSON.stringify({ A: [[0.5]], B: [1], C: [1], D: 0, dt: 0.1 })),
};

// values: mostly valid (so that the runs reach the computations), else boundary or hostile; sizes bounded so that no
// in-process case runs long
function mostly<T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: hostile, weight: 1 });
}
const number = mostly(
  fc.constantFrom('1', '0.5', '2.5', '1e-3', '0.01', '1e-4'),
  fc.constantFrom(
    '0',
    '-1',
    '1e308',
    '-1e308',
    '1e-308',
    '1e307',
    'NaN',
    'Infinity',
    'abc',
    '',
    ' ',
    '1e',
    '0x10',
  ),
);
const size = mostly(
  fc.integer({ min: 1, max: 40 }).map(String),
  fc.constantFrom('0', '-3', '2.5', '1e9', '1e12', '1e18', 'NaN', 'abc', '', '20000'),
);
const length = mostly(
  fc.integer({ min: 1, max: 2000 }).map(String),
  fc.constantFrom('0', '-5', '2.5', '1e7', '1e12', 'x', '5e7'),
);
const measure = mostly(fc.constantFrom(...measureNames), fc.constantFrom('legx', '', 'LEGT'));
const discretization = mostly(
  fc.constantFrom('forward', 'backward', 'bilinear', 'zoh', 'gbt:0.3'),
  fc.constantFrom('gbt:2', 'gbt:x', 'euler'),
);
const inputName = fc.constantFrom(...(Object.keys(INPUTS) as (keyof typeof INPUTS)[]));
const junk = fc.oneof(
  { arbitrary: fc.constant([]), weight: 6 },
  { arbitrary: fc.constantFrom(['--bogus'], ['extra'], ['--json', '--json'], ['--output']), weight: 1 },
);

/** Options: each [flag, value] pair present or not (required ones, marked !, nearly always). */
function options(pairs: [string, fc.Arbitrary<string>][]): fc.Arbitrary<string[]> {
  return fc
    .tuple(
      ...pairs.map(([flag, value]) =>
        fc.option(
          value.map((v) => [flag.replace('!', ''), v]),
          { nil: undefined, freq: flag.endsWith('!') ? 20 : 2 },
        ),
      ),
    )
    .map((chosen) => chosen.flatMap((c) => c ?? []));
}

const predictorOptions: [string, fc.Arbitrary<string>][] = [
  ['--measure!', measure],
  ['--N!', size],
  ['--dt!', number],
  ['--theta', number],
  ['--discretization', discretization],
  ['--output-rule', mostly(fc.constantFrom('trapezoid', 'forward-euler'), fc.constant('mid'))],
];

const commandLine: fc.Arbitrary<string[]> = fc.oneof(
  options([
    ['--measure!', measure],
    ['--N!', size],
    ['--theta', number],
  ]).map((o) => ['operator', ...o]),
  options([...predictorOptions, ['--steps', fc.constantFrom('0', '2', '-1', '1.5', '2000')]]).map((o) => [
    'predictor',
    ...o,
  ]),
  fc
    .tuple(
      options([
        ...predictorOptions,
        ['--teacher-ratio', mostly(fc.constantFrom('0', '0.1', '0.5', '1'), fc.constantFrom('2', '-1', 'x'))],
        ['--mode', mostly(fc.constantFrom('auto', 'scan', 'fft'), fc.constant('fast'))],
        ['--channel', mostly(fc.constant('0'), fc.constantFrom('x', '1', '5', 'w'))],
      ]),
      mostly(
        fc.constantFrom('array', 'values', 'generated', 'tsv', 'two', 'huge') as fc.Arbitrary<
          keyof typeof INPUTS
        >,
        inputName,
      ),
    )
    .map(([o, input]) => ['predict', ...o, '--input', INPUTS[input]()]),
  fc
    .tuple(
      mostly(fc.constantFrom(...systemNames), fc.constant('nope')),
      options([
        ['--length!', length],
        ['--seed', mostly(fc.constantFrom('0', '1', '7'), fc.constantFrom('-1', '0.5', '1e300', 'x'))],
        ['--dt', number],
        ['--t-span', fc.constantFrom('0,1', '1,0', '0', 'a,b', '0,1e308')],
        ['--scale', mostly(fc.constantFrom('minmax', 'standard', 'none'), fc.constant('log'))],
        ['--noise', mostly(fc.constantFrom('0', '0.1'), fc.constantFrom('-1', '1e308'))],
        [
          '--param',
          fc.constantFrom(
            'rho=30',
            'x0=random',
            'rho=NaN',
            'bad',
            'nope=1',
            'gamma=2',
            'terms=1e308',
            'amplitude=1e308',
          ),
        ],
      ]),
    )
    .map(([system, o]) => ['generate', system, ...o]),
  fc.constantFrom('measures', 'systems', 'discretizations', 'nothing').map((what) => ['list', what]),
  fc
    .tuple(
      options([
        ['--dt!', number],
        [
          '--method',
          mostly(fc.constantFrom('zoh', 'foh', 'bilinear', 'impulse'), fc.constantFrom('gbt', 'x')),
        ],
      ]),
      mostly(fc.constant('system') as fc.Arbitrary<keyof typeof INPUTS>, inputName),
    )
    .map(([o, sys]) => ['c2d', '--system', INPUTS[sys](), ...o]),
  fc
    .tuple(
      options([
        ['--dt', number],
        ['--interp', mostly(fc.constantFrom('linear', 'zoh'), fc.constant('cubic'))],
      ]),
      mostly(fc.constantFrom('system', 'discrete') as fc.Arbitrary<keyof typeof INPUTS>, inputName),
      mostly(fc.constantFrom('array', 'tsv', 'two') as fc.Arbitrary<keyof typeof INPUTS>, inputName),
    )
    .map(([o, sys, input]) => ['lsim', '--system', INPUTS[sys](), '--input', INPUTS[input](), ...o]),
);

/** A failure message names what is wrong: an option, an argument or a quantity of the result. */
const NAMES_ARGUMENT =
  /--[a-z]|\b(N|dt|theta|measure|length|system|options|input|channel|seed|stream|noise|scale|parameter|param|method|alpha|gamma|tSpan|t0|steps|discretization|rule|output|what|terms|prediction|metrics|values|t|Abar|Bbar|Cbar|Dbar|A|B|C|D|sys|u|x0|command|argument)\b/;

function expectOneLineFailure(stderr: string, context: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, context).toHaveLength(1);
  expect(lines[0], context).toMatch(/^hippo-prophecy: /);
  expect(lines[0], context).toMatch(NAMES_ARGUMENT);
  expect(lines[0], context).not.toMatch(
    /Cannot read properties|is not a function|undefined is not|\bat .+:\d+:\d+/,
  );
}

describe('fuzz: the command line', () => {
  it('every command line succeeds with finite output or fails with one line, exit 1 or 2', async () => {
    const before = readdirSync(process.cwd()).sort();
    await fc.assert(
      fc.asyncProperty(commandLine, junk, fc.boolean(), async (args, extra, json) => {
        const argv = [...args, ...extra, ...(json ? ['--json'] : [])];
        const context = argv.join(' ');
        const r = await runCli(...argv);
        expect([0, 1, 2], context).toContain(r.code);
        expect(r.stderr, context).not.toMatch(/^\s+at /m);
        if (r.code === 0) {
          if (argv.includes('--help')) return;
          if (json && !argv.includes('--output')) {
            // JSON has no NaN or Infinity: parsing it proves every number finite
            const parsed = JSON.parse(r.stdout);
            expect(parsed.command, context).toBe(argv[0]);
          } else expect(r.stdout, context).not.toMatch(/\bNaN\b|\bInfinity\b/);
          for (const line of r.stderr.split('\n').filter((l) => l !== '')) {
            expect(line, context).toMatch(/^hippo-prophecy: warning: /);
          }
        } else {
          expect(r.stdout, context).toBe('');
          expectOneLineFailure(r.stderr, context);
        }
      }),
      { numRuns: 400, timeout: 20_000 },
    );
    // nothing was written into the working directory (e.g. `--output --json` taking --json as a file name)
    expect(readdirSync(process.cwd()).sort()).toEqual(before);
  }, 240_000);

  it('unbounded sizes as child processes: refused up front or done, never a crash or a hang', () => {
    const cases = [
      ['operator', '--measure', 'lagt', '--N', '123456789', '--json'],
      ['generate', 'mackey-glass', '--length', '1e8', '--param', 'maxStep=1e-9'],
      ['predictor', '--measure', 'fout', '--N', '99999', '--dt', '1e-3', '--json'],
    ];
    for (const args of cases) {
      const r = spawnCli(args, { env: { HIPPO_PROPHECY_MEMORY_BUDGET: '256M' }, timeout: 30_000 });
      expect(r.signal, args.join(' ')).toBeNull();
      expect(r.code, args.join(' ')).toBe(1);
      expectOneLineFailure(r.stderr, args.join(' '));
      expect(r.stderr).toMatch(/more than the memory budget of 2\.68e\+8 bytes/);
    }
  });
});

describe('fuzz: the API', () => {
  const finiteNumber = fc.oneof(
    fc.double({ min: 1e-6, max: 10, noNaN: true }),
    fc.constantFrom(0, -1, 1e308, -1e308, 1e-308, NaN, Infinity, -Infinity),
  );
  const hostile = fc.constantFrom(undefined, null, 'x', [], {}, true, 2.5, -3);

  /** What the API may throw: a TypeError or RangeError naming the function, never a bare engine error. */
  function expectNamedError(error: unknown, context: string): void {
    expect(error instanceof TypeError || error instanceof RangeError, `${context}: ${String(error)}`).toBe(
      true,
    );
    const message = (error as Error).message;
    expect(message, context).toMatch(/^[\w.()-]+(\([\w-]+\))?: /);
    expect(message, context).not.toMatch(
      /Cannot read properties|is not a function|undefined is not|Invalid typed array length|Invalid array length/,
    );
  }

  function allFinite(values: ArrayLike<number>): boolean {
    for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
    return true;
  }

  it('hippo, prophecy, predictNext and generate return finite numbers or throw a named TypeError / RangeError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...measureNames), hostile),
        fc.oneof(fc.integer({ min: 1, max: 24 }), fc.constantFrom(0, -1, 2.5, NaN, 1e9, 1e18), hostile),
        fc.oneof(fc.record({ theta: finiteNumber }), hostile),
        fc.oneof(
          fc.record({
            dt: finiteNumber,
            discretization: fc.constantFrom('bilinear', 'zoh', 'forward', 'backward'),
          }),
          hostile,
        ),
        fc.oneof(
          fc.record({ teacherRatio: fc.constantFrom(0, 0.3, 1), mode: fc.constantFrom('auto', 'scan') }),
          fc.constant(undefined),
        ),
        (measure, N, measureOptions, prophecyOptions, predictOptions) => {
          const context = JSON.stringify({ measure, N, measureOptions, prophecyOptions });
          try {
            const op = hippo(measure as never, N as never, measureOptions as never);
            expect(allFinite(op.A.data) && allFinite(op.B), context).toBe(true);
            const p = prophecy(op, prophecyOptions as never);
            expect(allFinite(p.Abar.data) && allFinite(p.Cbar) && Number.isFinite(p.Dbar), context).toBe(
              true,
            );
            const out = predictNext(p, sine, predictOptions);
            expect(out).toHaveLength(sine.length);
          } catch (error) {
            expectNamedError(error, context);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('generate returns finite samples or throws a named TypeError / RangeError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...systemNames), hostile),
        fc.oneof(
          fc.record(
            {
              length: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constantFrom(0, -1, 2.5, 1e12, NaN)),
              dt: fc.oneof(
                fc.double({ min: 1e-4, max: 0.05, noNaN: true }),
                fc.constantFrom(0, -1, 1e308, NaN),
              ),
              seed: fc.constantFrom(0, 1, -5, 0.5, 1e300),
              noise: fc.constantFrom(0, 0.1, -1, 1e308),
              scale: fc.constantFrom('minmax', 'standard', 'none', 'log'),
            },
            { requiredKeys: [] },
          ),
          hostile,
        ),
        (system, options) => {
          const context = JSON.stringify({ system, options });
          try {
            const g = generate(system as never, options as never);
            expect(allFinite(g.t) && g.values.every(allFinite), context).toBe(true);
          } catch (error) {
            expectNamedError(error, context);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
