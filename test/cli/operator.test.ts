import { describe, expect, it } from 'vitest';
import { hippo } from '../../src/hippo/index.ts';
import { toRows } from '../../src/linalg/matrix.ts';
import { packageVersion } from '../../src/util/packageVersion.ts';
import { runCli } from './runCli.ts';

describe('cli operator', () => {
  it('--json prints the envelope { command, version, params, A, B, endpoint, timeVarying }', async () => {
    const r = await runCli('operator', '--measure', 'legt', '--N', '3', '--theta', '0.5', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const op = hippo('legt', 3, { theta: 0.5 });
    expect(Object.keys(out)).toEqual(['command', 'version', 'params', 'A', 'B', 'endpoint', 'timeVarying']);
    expect(out.command).toBe('operator');
    expect(out.version).toBe(packageVersion());
    // params: the parsed, defaulted options
    expect(out.params).toEqual({ measure: 'legt', N: 3, theta: 0.5 });
    expect(out.A).toEqual(toRows(op.A));
    expect(out.B).toEqual(Array.from(op.B));
    expect(out.endpoint).toEqual(Array.from(op.endpoint));
    expect(out.timeVarying).toBe(false);
    const legs = JSON.parse((await runCli('operator', '--measure', 'legs', '--N', '2', '--json')).stdout);
    expect(legs.params.theta).toBe(1);
    expect(legs.timeVarying).toBe(true);
    expect(legs.rule).toMatch(/\(1\/t\)/);
  });

  it('prints a readable summary without --json', async () => {
    const out = (await runCli('operator', '--measure', 'fout', '--N', '5')).stdout;
    expect(out).toMatch(/measure fout, N = 5, theta = 1/);
    expect(out).toMatch(/A =/);
    expect(out).toMatch(/endpoint/);
    expect((await runCli('operator', '--measure', 'legt', '--N', '20')).stdout).toMatch(/use --json/);
  });

  it('refuses bad values with exit 2 and one line naming the argument', async () => {
    for (const [args, message] of [
      [['--measure', 'legx', '--N', '3'], /measure must be one of legt, lmu, legs, lagt, fout/],
      [['--measure', 'fout', '--N', '4'], /N = 4/],
      [['--measure', 'legt', '--N', 'abc'], /^hippo-prophecy: --N must be a number, got "abc"$/],
      [['--measure', 'legt', '--N', '3', '--theta', '0'], /theta must be > 0, got 0/],
      [['--measure', 'legt', '--N', '2.5'], /N must be an integer, got 2.5/],
      [['--measure', 'legt'], /required option '--N <n>' not specified/],
      [['--measure', 'legt', '--N', '3', '--bogus'], /unknown option '--bogus'/],
    ] as const) {
      const r = await runCli('operator', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(message);
    }
  });
});
