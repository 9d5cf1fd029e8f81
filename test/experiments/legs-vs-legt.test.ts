import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { BOUNDS } from '../../experiments/legs-vs-legt/bounds.ts';
import { legsVsLegtClaims } from '../../experiments/legs-vs-legt/claims.ts';
import { legsVsLegtFigures } from '../../experiments/legs-vs-legt/figures.ts';
import { experiment } from '../../experiments/legs-vs-legt/index.ts';
import { runLegsVsLegt } from '../../experiments/legs-vs-legt/run.ts';
import type { LegsParams } from '../../experiments/legs-vs-legt/params.ts';
import type { LegsResult } from '../../experiments/legs-vs-legt/run.ts';
import { expectAllFail, expectAllPass, expectRegistered, nanFilled } from './claimChecks.ts';
import { expectValidFigures } from './helpers.ts';

const tiny: LegsParams = {
  lengths: [1000, 10000],
  Ns: [9, 17, 33],
  functions: 1,
  signals: [
    { label: 'White Signal gamma 5', system: 'white-signal', params: { gamma: 5 }, span: 'period10' },
    { label: 'Legendre', system: 'legendre', params: {}, span: 'default' },
  ],
};

describe('legs-vs-legt experiment', () => {
  let result: LegsResult;
  it('computes the claims at a tiny scale, and they pass', async () => {
    result = await runLegsVsLegt(inlineContext({ seed: 0 }), tiny);
    expect(result.legsFirstValid).toEqual([40, 144, 544]);
    const claims = legsVsLegtClaims(result);
    expectRegistered(claims, BOUNDS);
    expectAllPass(claims);
  }, 20_000);

  it('each claim fails on a NaN result and on a deliberately wrong one', () => {
    expectAllFail(legsVsLegtClaims(nanFilled(result)));
    // wrong: at L = 10^4 LegS is stuck at copy-last except on White Signal gamma 5, which it resolves (10x below
    // copy-last); at L = 10^3, N = 33 LegS equals LegT (as if it did not need L >> N^2)
    const bad: LegsResult = structuredClone(result);
    const [short, long] = [bad.lengths.indexOf(1000), bad.lengths.indexOf(10000)];
    const g5 = bad.labels.indexOf('White Signal gamma 5');
    bad.mse[long][0].forEach((row) =>
      row.forEach((_, s) => (row[s] = bad.copyLast[long][s] / (s === g5 ? 10 : 1))),
    );
    const n33 = bad.Ns.indexOf(33);
    bad.mse[short][0][n33] = bad.mse[short][1][n33].slice();
    expectAllFail(legsVsLegtClaims(bad));
  });

  it('a measure refused at every N fails the claims over it (no best N)', () => {
    const bad: LegsResult = structuredClone(result);
    const long = bad.lengths.indexOf(10000);
    bad.mse[long][1].forEach((row) => row.fill(NaN)); // LegT refused everywhere at L = 10^4
    const status = Object.fromEntries(legsVsLegtClaims(bad).map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ legendre: 'fail', 'never-worse': 'fail', 'short-context': 'fail' });
  });

  it('gives valid figure specs and a complete definition', () => {
    const figs = legsVsLegtFigures(result);
    expect(Object.keys(figs).sort()).toEqual(['error-vs-n-L1000', 'error-vs-n-L10000']);
    expectValidFigures(figs);
    expect(experiment.id).toBe('legs-vs-legt');
  });
});
