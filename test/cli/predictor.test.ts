import { describe, expect, it } from 'vitest';
import { predictorStep, prophecy } from '../../src/construction/index.ts';
import { legsOutputStep, derivativeReadout } from '../../src/construction/index.ts';
import { trapezoidDtBound, trapezoidIsValid } from '../../src/discretize/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { toRows } from '../../src/linalg/matrix.ts';
import { runCli } from './runCli.ts';

const viaJson = (v: unknown) => JSON.parse(JSON.stringify(v));

async function json(...args: string[]) {
  const r = await runCli('predictor', ...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('cli predictor', () => {
  it('prints finite text for LegS at any dt: time is counted in steps there, so no D dt/2 line (found by the fuzz test)', async () => {
    const r = await runCli('predictor', '--measure', 'legs', '--N', '5', '--dt', '1e307');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/D = 25, Dbar_0 = 1/);
    expect(r.stdout).not.toMatch(/\bNaN\b|\bInfinity\b/);
  });

  it('--json prints the envelope with Abar, Bbar, Cbar, Dbar, C, D equal to prophecy()', async () => {
    const out = await json('--measure', 'legt', '--N', '4', '--dt', '1e-3', '--discretization', 'gbt:0.3');
    const p = prophecy(hippo('legt', 4), { dt: 1e-3, discretization: { gbt: 0.3 } });
    expect(out.command).toBe('predictor');
    expect(out.params).toEqual({
      measure: 'legt',
      N: 4,
      theta: 1,
      dt: 1e-3,
      discretization: 'gbt:0.3',
      outputRule: 'trapezoid',
      authorsFirstStep: false,
    });
    expect(out.timeVarying).toBe(false);
    expect(out.rule).toMatch(/x_\{k\+1\} = Abar x_k \+ Bbar u_k/);
    expect(out.Abar).toEqual(toRows(p.Abar));
    expect(out.Bbar).toEqual(Array.from(p.Bbar));
    expect(out.Cbar).toEqual(Array.from(p.Cbar));
    expect(out.C).toEqual(Array.from(p.C));
    expect(out.Dbar).toBe(p.Dbar);
    expect(out.D).toBe(16);
    const fe = await json('--measure', 'fout', '--N', '5', '--dt', '0.01', '--output-rule', 'forward-euler');
    expect(fe.Dbar).toBe(1);
    expect(fe.params.outputRule).toBe('forward-euler');
  });

  it("without --output-rule uses the measure's rule: trapezoid, forward-euler for fout-authors", async () => {
    const authors = await json('--measure', 'fout-authors', '--N', '5', '--dt', '0.01');
    const p = prophecy(hippo('fout-authors', 5), { dt: 0.01 });
    expect(authors.Dbar).toBe(1);
    expect(authors.Cbar).toEqual(Array.from(p.Cbar));
    expect(authors.D).toBe(0);
    expect((await runCli('predictor', '--measure', 'legt', '--N', '3', '--dt', '0.001')).stdout).toMatch(
      /output trapezoid/,
    );
    const r = await runCli(
      'predictor',
      '--measure',
      'fout-authors',
      '--N',
      '5',
      '--dt',
      '0.01',
      '--output-rule',
      'trapezoid',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/own readout and output rule 'forward-euler'/);
  });

  it('LegS --json says it is time-varying, gives the per-step rule and the matrices of the first steps', async () => {
    const out = await json('--measure', 'legs', '--N', '3', '--dt', '1e-3', '--steps', '6');
    const p = prophecy(hippo('legs', 3), { dt: 1e-3 });
    expect(out.timeVarying).toBe(true);
    expect(out.Abar).toBeUndefined(); // no single set of matrices that a reader could take for the whole scan
    expect(out.rule.recurrence).toMatch(/Abar_k x_k \+ Bbar_k u_k/);
    expect(out.rule.state).toMatch(/t_k = k \+ alpha/);
    expect(out.rule.state).toMatch(/alpha = 0.5/);
    expect(out.rule.output).toMatch(/h_k = 1\/\(k\+1\)/);
    expect(out.params.steps).toBe(6);
    expect(out.steps).toHaveLength(6);
    for (const s of out.steps) {
      const ref = predictorStep(p, s.k);
      // JSON has no -0: compare through JSON
      expect(s.Abar).toEqual(viaJson(toRows(ref.Abar)));
      expect(s.Bbar).toEqual(viaJson(Array.from(ref.Bbar)));
      expect(s.Cbar).toEqual(viaJson(Array.from(ref.Cbar)));
      expect(s.Dbar).toBe(ref.Dbar);
      expect(s.valid).toBe(ref.valid);
    }
    // N = 3: D = 9, the trapezoid is valid from k = 4 on (9 / (2 (k + 1)) < 1), earlier steps copy the last value
    const { C, D } = derivativeReadout(hippo('legs', 3));
    expect(out.firstValidStep).toBe(4);
    expect(legsOutputStep(C, D, 3).valid).toBe(false);
    expect(legsOutputStep(C, D, 4).valid).toBe(true);
    expect(out.rule.output).toMatch(/k >= 4/);
    const zoh = await json(
      '--measure',
      'legs',
      '--N',
      '3',
      '--dt',
      '1e-3',
      '--discretization',
      'zoh',
      '--steps',
      '0',
    );
    expect(zoh.rule.state).toMatch(/e\^\{A tau_k\}/);
    expect(zoh.steps).toEqual([]);
    const text = (await runCli('predictor', '--measure', 'legs', '--N', '3', '--dt', '1e-3')).stdout;
    expect(text).toMatch(/time-varying \(LegS\).*step k = 0/);
  });

  it('refuses D dt/2 >= 1 - 1e-9 suggesting a dt that includes the safety margin', async () => {
    // LegT N = 17: D = 289; D dt/2 = 0.99999999986 lies within the margin below 1
    const D = derivativeReadout(hippo('legt', 17)).D;
    const dt = (2 * 0.99999999986) / D;
    const r = await runCli('predictor', '--measure', 'legt', '--N', '17', '--dt', String(dt));
    expect(r.code).toBe(2);
    const bound = Number(/Use dt < ([0-9.e+-]+),/.exec(r.stderr)?.[1]);
    expect(bound).toBe(trapezoidDtBound(D));
    // the dt given is refused and lies above the suggested bound; every dt below it is accepted
    expect(dt).toBeGreaterThanOrEqual(bound);
    expect(trapezoidIsValid((D * (bound * (1 - 2 ** -52))) / 2)).toBe(true);
    const ok = await runCli(
      'predictor',
      '--measure',
      'legt',
      '--N',
      '17',
      '--dt',
      String(bound * (1 - 1e-15)),
    );
    expect(ok.code).toBe(0);
    expect(bound).toBeLessThan(2 / D);
  });

  it('refuses bad values with exit 2 (D dt/2 >= 1, bad method, bad rule, bad dt, bad --steps)', async () => {
    for (const [args, message] of [
      [['--measure', 'legt', '--N', '128', '--dt', '5e-4'], /N = 128, theta = 1, dt = 0.0005/],
      [['--measure', 'legt', '--N', '4', '--dt', '1e-3', '--discretization', 'euler'], /forward/],
      [
        ['--measure', 'legt', '--N', '4', '--dt', '1e-3', '--discretization', 'gbt:x'],
        /--discretization gbt:<alpha> must be a number/,
      ],
      [['--measure', 'legt', '--N', '4', '--dt', '1e-3', '--output-rule', 'mid'], /trapezoid, forward-euler/],
      [['--measure', 'legt', '--N', '4', '--dt', '-1'], /dt must be > 0/],
      [['--measure', 'legs', '--N', '4', '--dt', '1', '--steps', '1.5'], /--steps must be an integer/],
    ] as const) {
      const r = await runCli('predictor', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it('a predictor that overflows float64 (dt = 1e308 or 1e307, forward Euler) is an error naming its source, exit 1', async () => {
    const legt4 = ['predictor', '--measure', 'legt', '--N', '4', '--output-rule', 'forward-euler'];
    const cbar = await runCli(...legt4, '--dt', '1e307', '--json');
    expect(cbar.code).toBe(1);
    expect(cbar.stdout).toBe('');
    expect(cbar.stderr).toMatch(
      /^hippo-prophecy: prophecy: Cbar\[\d\] is -?Infinity \(not finite\).*use a smaller dt\n$/,
    );
    for (const json of [['--json'], []]) {
      const r = await runCli(...legt4, '--dt', '1e308', '--discretization', 'forward', ...json);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        /^hippo-prophecy: prophecy: dt A overflows float64 \(dt = 1e\+308, max \|A_ij\| = 7\.0+1 .*\); use dt < [\d.e+]+\n$/,
      );
    }
  });
});
