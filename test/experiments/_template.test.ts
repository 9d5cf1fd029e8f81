// TEMPLATE test: copy to test/experiments/<id>.test.ts. The minimum: run at a tiny scale, compute every claim, build
// valid figures; then feed the claims a deliberately wrong result and see them fail.
import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { templateClaims } from '../../experiments/_template/claims.ts';
import { experiment } from '../../experiments/_template/index.ts';
import { BOUNDS } from '../../experiments/_template/bounds.ts';
import type { TemplateResult } from '../../experiments/_template/run.ts';
import { expectAllFail, expectAllPass, expectRegistered, nanFilled } from './claimChecks.ts';
import { expectValidFigures } from './helpers.ts';

describe('template experiment', () => {
  let result: TemplateResult;

  it('runs at a tiny scale; every claim is computed and passes', async () => {
    result = await experiment.run(inlineContext({ seed: 0 }), { N: 9, theta: 0.25, L: 1000, cycles: 2 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const claims = experiment.claims(result, 'quick');
    expectRegistered(claims, BOUNDS);
    expectAllPass(claims);
  });

  it('fails each claim on a deliberately wrong result, and every claim on a NaN-filled one', () => {
    expectAllFail(templateClaims({ ...result, legt: result.copyLast }));
    expectAllFail(templateClaims(nanFilled(result)));
  });

  it('builds valid figures and has both scales', () => {
    expectValidFigures(experiment.figures(result));
    expect(Object.keys(experiment.scales).sort()).toEqual(['paper', 'quick']);
  });
});
