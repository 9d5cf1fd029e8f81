import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { legsVsLegtClaims } from '../../experiments/legs-vs-legt/claims.ts';
import { legsVsLegtFigures } from '../../experiments/legs-vs-legt/figures.ts';
import { experiment } from '../../experiments/legs-vs-legt/index.ts';
import { runLegsVsLegt } from '../../experiments/legs-vs-legt/run.ts';
import type { LegsParams } from '../../experiments/legs-vs-legt/params.ts';
import type { LegsResult } from '../../experiments/legs-vs-legt/run.ts';
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
    expect(claims.length).toBe(4);
    for (const c of claims) expect(c.pass, `${c.name}: ${c.value}`).toBe(true);
  }, 20_000);

  it('a deliberately bad result fails claims', () => {
    const bad: LegsResult = structuredClone(result);
    const l = bad.lengths.indexOf(10000);
    const s = bad.labels.indexOf('Legendre');
    bad.mse[l][0].forEach((row) => (row[s] = bad.copyLast[l][s])); // LegS stuck at copy-last
    const failed = legsVsLegtClaims(bad)
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(failed).toContain('L = 10^4, Legendre: LegS beats LegT by >= 1000x (best N each)');
    expect(failed).toContain('L = 10^4: LegS (best N) <= 1.1 x LegT (best N) on every signal');
  });

  it('gives valid figure specs and a complete definition', () => {
    const figs = legsVsLegtFigures(result);
    expect(Object.keys(figs).sort()).toEqual(['error-vs-n-L1000', 'error-vs-n-L10000']);
    expectValidFigures(figs);
    expect(experiment.id).toBe('legs-vs-legt');
  });
});
