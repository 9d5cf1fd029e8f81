import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { BOUNDS } from '../../experiments/window/bounds.ts';
import { bestFixed, windowClaims } from '../../experiments/window/claims.ts';
import { windowFigures } from '../../experiments/window/figures.ts';
import { experiment } from '../../experiments/window/index.ts';
import { runWindow } from '../../experiments/window/run.ts';
import type { WindowParams } from '../../experiments/window/params.ts';
import type { WindowResult } from '../../experiments/window/run.ts';
import { expectAllFail, expectAllPass, expectRegistered, nanFilled } from './claimChecks.ts';
import { expectValidFigures } from './helpers.ts';

const tiny: WindowParams = {
  L: 4000,
  functions: 1,
  chunk: 4,
  classes: [
    { label: 'White Signal gamma 1', system: 'white-signal', params: { gamma: 1 } },
    { label: 'Filtered Noise alpha 0.1', system: 'filtered-noise', params: { alpha: 0.1 } },
  ],
  thetaMin: 0.01,
  thetaMax: 1,
  count: 3,
  Ns: [3, 9, 17],
  orders: [1, 3],
  combine: { forgetting: 0.95, weighting: 'softmin', temperature: 0.25 },
  paperN: 17,
};

describe('window experiment', () => {
  let result: WindowResult;
  it('computes the claims at a tiny scale, and they pass', async () => {
    result = await runWindow(inlineContext({ seed: 2 }), tiny);
    expect(result.thetas.map((t) => Math.log10(t))).toEqual([-2, -1, 0].map((v) => expect.closeTo(v, 12)));
    const claims = windowClaims(result);
    expectRegistered(claims, BOUNDS);
    expectAllPass(claims);
    // the best fixed cell is a real grid cell with N^2 dt / (2 theta) < 1
    const b = bestFixed(result, result.cells[0]);
    expect((b.N * b.N) / (tiny.L * 2 * b.theta)).toBeLessThan(1);
  }, 20_000);

  it('each claim fails on a NaN result and on a bank that never leaves copy-last', () => {
    expectAllFail(windowClaims(nanFilled(result)));
    const bad: WindowResult = structuredClone(result);
    for (const c of bad.cells) c.bank = c.copyLast;
    expectAllFail(windowClaims(bad));
    // a grid without a finite cell has no best fixed window: its claim fails instead of passing against Infinity
    const empty: WindowResult = structuredClone(result);
    for (const c of empty.cells) c.mse = c.mse.map((row) => row.map(() => NaN));
    expect(windowClaims(empty).map((c) => c.status)).toEqual(['fail', 'fail', 'fail', 'fail']);
  });

  it('gives valid figure specs and a complete definition', () => {
    const figs = windowFigures(result);
    expect(Object.keys(figs)).toContain('bank');
    expect(Object.keys(figs).filter((k) => k.startsWith('heatmap-')).length).toBe(4);
    expectValidFigures(figs);
    expect(experiment.id).toBe('window');
  });
});
