import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { register as registerC2d } from '../../src/cli/commands/c2d.ts';
import { register as registerLsim } from '../../src/cli/commands/lsim.ts';
import { buildProgram } from '../../src/cli/main.ts';
import { toRows } from '../../src/linalg/matrix.ts';
import { cont2discrete, dlsim, lsim, ss } from '../../src/lti/index.ts';
import { captureStdout } from './captureStdout.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hippo-lti-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, value: unknown): string {
  const p = path.join(dir, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
}

const stdout = captureStdout();

async function run(...args: string[]): Promise<string> {
  const program = new Command('hippo-prophecy').exitOverride();
  registerC2d(program);
  registerLsim(program);
  await program.parseAsync(args, { from: 'user' });
  return stdout.text();
}

const A = [
  [0, 1],
  [-10, -3],
];
const sysFile = file('sys.json', { A, B: [[0], [10]], C: [[1, 0]], D: [[0]] });
const sys = ss(A, [0, 10], [1, 0], 0);

describe('cli c2d', () => {
  it('--json prints { Ad, Bd, Cd, Dd, dt } equal to cont2discrete', async () => {
    for (const [method, extra] of [
      ['zoh', []],
      ['foh', []],
      ['gbt', ['--alpha', '0.3']],
    ] as const) {
      stdout.reset();
      const out = JSON.parse(
        await run('c2d', '--system', sysFile, '--dt', '0.01', '--method', method, ...extra, '--json'),
      );
      const d = cont2discrete(sys, 0.01, method, method === 'gbt' ? { alpha: 0.3 } : {});
      expect(Object.keys(out)).toEqual(['command', 'version', 'params', 'Ad', 'Bd', 'Cd', 'Dd', 'dt']);
      expect(out.command).toBe('c2d');
      expect(out.params).toEqual({
        system: sysFile,
        dt: 0.01,
        method,
        ...(method === 'gbt' ? { alpha: 0.3 } : {}),
      });
      expect(out.Ad).toEqual(toRows(d.A));
      expect(out.Bd).toEqual(toRows(d.B));
      expect(out.Cd).toEqual(toRows(d.C));
      expect(out.Dd).toEqual(toRows(d.D));
      expect(out.dt).toBe(0.01);
    }
  });

  it('prints a readable summary without --json and reports bad arguments', async () => {
    expect(await run('c2d', '--system', sysFile, '--dt', '0.1')).toMatch(
      /method zoh, dt = 0.1\): N = 2 states/,
    );
    await expect(run('c2d', '--system', sysFile, '--dt', '0.1', '--method', 'xyz')).rejects.toThrow(
      /method must be one of zoh/,
    );
    await expect(run('c2d', '--system', sysFile, '--dt', 'abc')).rejects.toThrow(/--dt must be a number/);
    await expect(run('c2d', '--system', sysFile, '--dt', '0.1', '--method', 'gbt')).rejects.toThrow(
      /needs options.alpha/,
    );
    const bad = file('bad.json', { A: [[1, 2]], B: [1], C: [1] });
    await expect(run('c2d', '--system', bad, '--dt', '0.1')).rejects.toThrow(
      /--system .*bad.json: sys.A must be square/,
    );
    await expect(run('c2d', '--system', path.join(dir, 'missing.json'), '--dt', '0.1')).rejects.toThrow(
      /--system .*missing.json: cannot read \(no such file\)/,
    );
  });
});

describe('cli lsim', () => {
  const u = Array.from({ length: 40 }, (_, k) => Math.sin(k / 5));
  const uFile = file('u.json', u);

  it('runs dlsim on a discrete system, e.g. the output of c2d --json (Ad, ... keys), printing { t, y }', async () => {
    const c2dOut = await run('c2d', '--system', sysFile, '--dt', '0.05', '--json');
    const sysd = file('sysd.json', JSON.parse(c2dOut));
    stdout.reset();
    const out = JSON.parse(await run('lsim', '--system', sysd, '--input', uFile, '--json'));
    const ref = dlsim(cont2discrete(sys, 0.05), u);
    expect(out.y).toEqual(Array.from(ref.y.data));
    expect(out.t[1]).toBe(0.05);
  });

  it('runs lsim on a continuous system with --dt or --t (linear input by default, --interp zoh), MIMO rows', async () => {
    const out = JSON.parse(
      await run('lsim', '--system', sysFile, '--input', uFile, '--dt', '0.05', '--json'),
    );
    const t = Float64Array.from({ length: 40 }, (_, k) => k * 0.05);
    expect(out.y).toEqual(Array.from(lsim(sys, u, t).y.data));
    stdout.reset();
    const tFile = file('t.json', Array.from(t));
    const zoh = JSON.parse(
      await run('lsim', '--system', sysFile, '--input', uFile, '--t', tFile, '--interp', 'zoh', '--json'),
    );
    expect(zoh.y).toEqual(Array.from(lsim(sys, u, t, { interp: false }).y.data));
    // two outputs: y as rows
    stdout.reset();
    const mimo = file('mimo.json', {
      A,
      B: [[0], [10]],
      C: [
        [1, 0],
        [0, 1],
      ],
      dt: 0.1,
    });
    const x0 = file('x0.json', [1, 0]);
    const rows = JSON.parse(await run('lsim', '--system', mimo, '--input', uFile, '--x0', x0, '--json'));
    const ref = dlsim(
      ss(
        A,
        [0, 10],
        [
          [1, 0],
          [0, 1],
        ],
        undefined,
        { dt: 0.1 },
      ),
      u,
      { x0: [1, 0] },
    );
    expect(rows.y).toEqual(toRows(ref.y));
  });

  it('asks continuous systems for exactly one of --dt / --t and refuses them for discrete ones', async () => {
    await expect(run('lsim', '--system', sysFile, '--input', uFile)).rejects.toThrow(
      /exactly one of --dt <h> or --t <file>/,
    );
    const sysd = file('sysd2.json', { A: [[0.5]], B: [1], C: [1], D: 0, dt: 1 });
    await expect(run('lsim', '--system', sysd, '--input', uFile, '--dt', '0.1')).rejects.toThrow(
      /are for continuous systems/,
    );
    await expect(
      run('lsim', '--system', sysFile, '--input', uFile, '--dt', '0.1', '--interp', 'cubic'),
    ).rejects.toThrow(/must be one of linear, zoh/);
    expect(await run('lsim', '--system', sysd, '--input', uFile)).toMatch(
      /simulated 40 samples of a discrete system/,
    );
  });

  it('is registered on the main program', () => {
    const names = buildProgram().commands.map((c) => c.name());
    expect(names).toEqual(expect.arrayContaining(['c2d', 'lsim']));
  });
});
