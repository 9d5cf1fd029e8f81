/**
 * The CLI as a Unix process: exit statuses, stdin, pipes that close early, memory refusals and streamed output
 * under a small V8 heap, each run as a real child process (node bin/hippo-prophecy.js).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { predictNext } from '../../src/ssm/index.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { packageVersion } from '../../src/util/packageVersion.ts';
import { runCli, spawnCli, spawnCliClosingStdout } from './runCli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hippo-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** No stack trace: no "    at f (file:line)" frames, no Node internals. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+[:(]/m);
  expect(stderr).not.toMatch(/node:internal|FATAL ERROR|Error \[ERR_/);
}

describe('the hippo-prophecy process', () => {
  it('--version prints the version; exit 2 for a usage error, 1 for a run-time failure, one line each', () => {
    const version = spawnCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(packageVersion());
    const usage = spawnCli(['operator', '--measure', 'legt', '--N', '4', '--bogus']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe("hippo-prophecy: unknown option '--bogus' (--help lists the options)\n");
    const runtime = spawnCli([
      'predict',
      '--measure',
      'legt',
      '--N',
      '4',
      '--dt',
      '0.01',
      '--input',
      'no/such.json',
    ]);
    expect(runtime.code).toBe(1);
    expect(runtime.stderr).toBe('hippo-prophecy: --input no/such.json: cannot read (no such file)\n');
  });

  it("--input - reads stdin: generate lorenz --json | predict --input - --channel x, and generate's TSV", async () => {
    const generated = (await runCli('generate', 'lorenz', '--length', '500', '--dt', '0.01', '--json'))
      .stdout;
    const x = Float64Array.from(JSON.parse(generated).values[0] as number[]);
    const expected = Array.from(predictNext(prophecy(hippo('legt', 8), { dt: 0.01 }), x));
    const args = [
      'predict',
      '--input',
      '-',
      '--channel',
      'x',
      '--measure',
      'legt',
      '--N',
      '8',
      '--dt',
      '0.01',
      '--json',
    ];
    const json = spawnCli(args, { input: generated });
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).prediction).toEqual(expected);
    const tsv = (await runCli('generate', 'lorenz', '--length', '500', '--dt', '0.01')).stdout;
    const fromTsv = spawnCli(args, { input: tsv });
    expect(JSON.parse(fromTsv.stdout).prediction).toEqual(expected);
    expect(JSON.parse(fromTsv.stdout).input.format).toBe('tsv');
  });

  it('c2d --json | lsim --system - runs the discretized system from stdin', async () => {
    const sys = path.join(dir, 'sys.json');
    writeFileSync(
      sys,
      JSON.stringify({
        A: [
          [0, 1],
          [-10, -3],
        ],
        B: [[0], [10]],
        C: [[1, 0]],
        D: 0,
      }),
    );
    const u = path.join(dir, 'u.json');
    writeFileSync(u, JSON.stringify(Array.from({ length: 20 }, (_, k) => Math.sin(k / 3))));
    const c2d = (await runCli('c2d', '--system', sys, '--dt', '0.05', '--json')).stdout;
    const viaStdin = spawnCli(['lsim', '--system', '-', '--input', u, '--json'], { input: c2d });
    expect(viaStdin.code).toBe(0);
    const c2dFile = path.join(dir, 'sysd.json');
    writeFileSync(c2dFile, c2d);
    const viaFile = JSON.parse((await runCli('lsim', '--system', c2dFile, '--input', u, '--json')).stdout);
    expect(JSON.parse(viaStdin.stdout).y).toEqual(viaFile.y);
    const twice = await runCli('lsim', '--system', '-', '--input', '-');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/only one option can read stdin \('-'\), got --system and --input/);
  });

  it('| head: a reader that goes away ends the command quietly with 0, no EPIPE stack trace', async () => {
    for (const extra of [[], ['--json']]) {
      const r = await spawnCliClosingStdout(['generate', 'lorenz', '--length', '100000', ...extra], 4096);
      expect(r.stderr).toBe('');
      expect(r.signal).toBeNull();
      expect(r.code).toBe(0);
    }
  });

  it('refuses sizes beyond the memory budget up front, naming the argument and the estimate (exit 1)', () => {
    const small = { HIPPO_PROPHECY_MEMORY_BUDGET: '64M' };
    const cases: [string[], Record<string, string>, RegExp][] = [
      [
        ['operator', '--measure', 'legt', '--N', '20000', '--json'],
        small,
        /^hippo-prophecy: legt: N = 20000 \(A is N\^2 float64\) needs 3\.2e\+9 bytes \(2\.98 GiB\), more than the memory budget of 6\.71e\+7 bytes \(64 MiB\) \(HIPPO_PROPHECY_MEMORY_BUDGET=64M\)/,
      ],
      [
        ['operator', '--measure', 'legt', '--N', '1e9'],
        {},
        /legt: N = 1000000000 \(A is N\^2 float64\) needs 8e\+18 bytes/,
      ],
      [
        ['generate', 'white-signal', '--length', '1e12'],
        {},
        /generate\(white-signal\): length = 1000000000000 .* needs .* bytes/,
      ],
      [
        ['generate', 'lorenz', '--length', '1e9'],
        {},
        /generate\(lorenz\): length = 1000000000 \(the sample times and 3 channels with working copies\) needs 1\.04e\+11 bytes/,
      ],
      [
        ['generate', 'white-signal', '--length', '5e7'],
        small,
        /generate\(white-signal\): length = 50000000 .* needs .* bytes/,
      ],
    ];
    for (const [args, env, message] of cases) {
      const r = spawnCli(args, { env, timeout: 30_000 });
      expect(r.signal, args.join(' ')).toBeNull();
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('streams large JSON and TSV under a 64 MB V8 heap without a native crash', () => {
    const heap = { nodeFlags: ['--max-old-space-size=64'], timeout: 120_000 };
    const op = spawnCli(['operator', '--measure', 'legt', '--N', '1200', '--json'], heap);
    expect(op.stderr).toBe('');
    expect(op.code).toBe(0);
    expect(JSON.parse(op.stdout).A).toHaveLength(1200);
    const input = path.join(dir, 'long.tsv');
    const gen = spawnCli(['generate', 'white-signal', '--length', '200000', '--output', input], heap);
    expect(gen.code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(input, 'utf8').split('\n')).toHaveLength(200000 + 4);
    const pred = spawnCli(
      ['predict', '--measure', 'legt', '--N', '17', '--dt', '1e-3', '--input', input, '--json'],
      heap,
    );
    expect(pred.stderr).toBe('');
    expect(pred.code).toBe(0);
    expect(JSON.parse(pred.stdout).prediction).toHaveLength(200000);
    expectNoStack(pred.stderr);
  });
});
