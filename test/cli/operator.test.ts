import { describe, expect, it } from 'vitest';
import { cliRunner } from './captureStdout.ts';
import { register as registerOperator } from '../../src/cli/commands/operator.ts';
import { register as registerPredictor } from '../../src/cli/commands/predictor.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { toRows } from '../../src/linalg/matrix.ts';

const run = cliRunner(registerOperator, registerPredictor);

describe('cli operator', () => {
  it('--json prints { A, B, endpoint } as arrays of rows', async () => {
    const out = JSON.parse(
      await run('operator', '--measure', 'legt', '--N', '3', '--theta', '0.5', '--json'),
    );
    const op = hippo('legt', 3, { theta: 0.5 });
    expect(Object.keys(out).sort()).toEqual(['A', 'B', 'endpoint']);
    expect(out.A).toEqual(toRows(op.A));
    expect(out.B).toEqual(Array.from(op.B));
    expect(out.endpoint).toEqual(Array.from(op.endpoint));
  });

  it('prints a readable summary without --json', async () => {
    const out = await run('operator', '--measure', 'fout', '--N', '5');
    expect(out).toMatch(/measure fout, N = 5, theta = 1/);
    expect(out).toMatch(/A =/);
    expect(out).toMatch(/endpoint/);
    expect(await run('operator', '--measure', 'legt', '--N', '20')).toMatch(/use --json/);
  });

  it('propagates errors as thrown errors', async () => {
    await expect(run('operator', '--measure', 'legx', '--N', '3')).rejects.toThrow(
      /legt, lmu, legs, lagt, fout/,
    );
    await expect(run('operator', '--measure', 'fout', '--N', '4')).rejects.toThrow(/N = 4/);
    await expect(run('operator', '--measure', 'legt', '--N', 'abc')).rejects.toThrow(/--N must be a number/);
    await expect(run('operator', '--measure', 'legt', '--N', '3', '--theta', '0')).rejects.toThrow(/theta/);
  });
});

describe('cli predictor', () => {
  it('--json prints { Abar, Bbar, Cbar, Dbar, C, D } equal to prophecy()', async () => {
    const out = JSON.parse(
      await run(
        'predictor',
        '--measure',
        'legt',
        '--N',
        '4',
        '--dt',
        '1e-3',
        '--discretization',
        'gbt:0.3',
        '--json',
      ),
    );
    const p = prophecy(hippo('legt', 4), { dt: 1e-3, discretization: { gbt: 0.3 } });
    expect(Object.keys(out).sort()).toEqual(['Abar', 'Bbar', 'C', 'Cbar', 'D', 'Dbar']);
    expect(out.Abar).toEqual(toRows(p.Abar));
    expect(out.Bbar).toEqual(Array.from(p.Bbar));
    expect(out.Cbar).toEqual(Array.from(p.Cbar));
    expect(out.C).toEqual(Array.from(p.C));
    expect(out.Dbar).toBe(p.Dbar);
    expect(out.D).toBe(16);
    const fe = JSON.parse(
      await run(
        'predictor',
        '--measure',
        'fout',
        '--N',
        '5',
        '--dt',
        '0.01',
        '--output',
        'forward-euler',
        '--json',
      ),
    );
    expect(fe.Dbar).toBe(1);
  });

  it('prints a readable summary without --json', async () => {
    const out = await run(
      'predictor',
      '--measure',
      'legt',
      '--N',
      '3',
      '--dt',
      '0.001',
      '--discretization',
      'zoh',
    );
    expect(out).toMatch(/discretization zoh, output trapezoid/);
    expect(out).toMatch(/Dbar = /);
  });

  it('propagates errors (D dt/2 >= 1, bad method, bad rule, bad dt)', async () => {
    await expect(run('predictor', '--measure', 'legt', '--N', '128', '--dt', '5e-4')).rejects.toThrow(
      /N = 128, theta = 1, dt = 0.0005/,
    );
    await expect(
      run('predictor', '--measure', 'legt', '--N', '4', '--dt', '1e-3', '--discretization', 'euler'),
    ).rejects.toThrow(/forward/);
    await expect(
      run('predictor', '--measure', 'legt', '--N', '4', '--dt', '1e-3', '--discretization', 'gbt:x'),
    ).rejects.toThrow(TypeError);
    await expect(
      run('predictor', '--measure', 'legt', '--N', '4', '--dt', '1e-3', '--output', 'mid'),
    ).rejects.toThrow(/trapezoid, forward-euler/);
    await expect(run('predictor', '--measure', 'legt', '--N', '4', '--dt', '-1')).rejects.toThrow(
      /dt must be > 0/,
    );
  });

  it("without --output uses the measure's rule: trapezoid, forward-euler for fout-authors", async () => {
    const authors = JSON.parse(
      await run('predictor', '--measure', 'fout-authors', '--N', '5', '--dt', '0.01', '--json'),
    );
    const p = prophecy(hippo('fout-authors', 5), { dt: 0.01 });
    expect(authors.Dbar).toBe(1);
    expect(authors.Cbar).toEqual(Array.from(p.Cbar));
    expect(authors.D).toBe(0);
    expect(await run('predictor', '--measure', 'legt', '--N', '3', '--dt', '0.001')).toMatch(
      /output trapezoid/,
    );
    await expect(
      run('predictor', '--measure', 'fout-authors', '--N', '5', '--dt', '0.01', '--output', 'trapezoid'),
    ).rejects.toThrow(/own readout and output rule 'forward-euler'/);
  });
});
