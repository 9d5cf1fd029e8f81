import { describe, expect, it } from 'vitest';
import {
  buildOperatorFromOptions,
  buildPredictorFromOptions,
  parseDiscretization,
} from '../../src/cli/predictorOptions.ts';
import { prophecy } from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';

describe('cli predictorOptions', () => {
  it('parses discretization names and gbt:<alpha>', () => {
    expect(parseDiscretization(' zoh ')).toBe('zoh');
    expect(parseDiscretization('gbt:0.25')).toEqual({ gbt: 0.25 });
    expect(() => parseDiscretization('gbt:x')).toThrow(
      /^--discretization gbt:<alpha> must be a number, got "x"$/,
    );
  });

  it('builds the same operator and predictor as hippo() and prophecy() called directly', () => {
    const opts = { measure: 'legs', N: '5', theta: '2', dt: '1e-3', discretization: 'gbt:0.3' };
    const built = buildOperatorFromOptions(opts);
    const ref = hippo('legs', 5, { theta: 2 });
    expect([built.measure, built.N, built.theta]).toEqual(['legs', 5, 2]);
    expect(built.A).toEqual(ref.A);
    expect(built.B).toEqual(ref.B);
    const { op, predictor } = buildPredictorFromOptions({
      ...opts,
      outputRule: 'forward-euler',
      authorsFirstStep: true,
    });
    const direct = prophecy(op, {
      dt: 1e-3,
      discretization: { gbt: 0.3 },
      output: 'forward-euler',
      authorsFirstStep: true,
    });
    expect(predictor.Abar).toEqual(direct.Abar);
    expect(predictor.Cbar).toEqual(direct.Cbar);
    expect(predictor.output).toBe('forward-euler');
    expect(predictor.authorsFirstStep).toBe(true);
    // output and authorsFirstStep absent: prophecy's defaults
    const plain = buildPredictorFromOptions({ ...opts, discretization: 'bilinear' }).predictor;
    expect(plain.output).toBe('trapezoid');
    expect(plain.authorsFirstStep).toBe(false);
  });

  it('names the option of a non-numeric value', () => {
    const opts = { measure: 'legt', N: '8', theta: '1', dt: 'abc', discretization: 'bilinear' };
    expect(() => buildPredictorFromOptions(opts)).toThrow(/^--dt must be a number, got "abc"$/);
    expect(() => buildOperatorFromOptions({ ...opts, N: 'x' })).toThrow(/^--N must be a number, got "x"$/);
  });
});
