import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { bestFixed, windowClaims } from '../../experiments/window/claims.ts';
import { windowFigures } from '../../experiments/window/figures.ts';
import { experiment } from '../../experiments/window/index.ts';
import { runWindow } from '../../experiments/window/run.ts';
import type { WindowParams } from '../../experiments/window/params.ts';
import type { WindowResult } from '../../experiments/window/run.ts';
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
  orders: [1],
  combine: { forgetting: 0.95, weighting: 'softmin', temperature: 0.25 },
  paperN: 17,
};

describe('window experiment', () => {
  let result: WindowResult;
  it('computes the claims at a tiny scale; the bank claims pass', async () => {
    result = await runWindow(inlineContext({ seed: 2 }), tiny);
    expect(result.thetas.map((t) => Math.log10(t))).toEqual([-2, -1, 0].map((v) => expect.closeTo(v, 12)));
    const claims = windowClaims(result);
    expect(claims.length).toBe(4); // 2 classes x bank-vs-best, paper factor, section 7
    for (const c of claims.slice(0, 3)) expect(c.pass, `${c.name}: ${c.value}`).toBe(true);
    expect(typeof claims[3].pass).toBe('boolean');
    // the best fixed cell is a real grid cell with N^2 dt / (2 theta) < 1
    const b = bestFixed(result, result.cells[0]);
    expect((b.N * b.N) / (tiny.L * 2 * b.theta)).toBeLessThan(1);
  }, 20_000);

  it('a deliberately bad bank fails its claims', () => {
    const bad: WindowResult = structuredClone(result);
    bad.cells[0].bank = bad.cells[0].copyLast; // a bank that never leaves copy-last
    const failed = windowClaims(bad)
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(failed).toContain(
      'White Signal gamma 1, trapezoid members: bank within 3x of the best fixed window',
    );
    expect(failed).toContain("White Signal gamma 1: bank (trapezoid) beats the paper's theta = 1 by >= 100x");
  });

  it('gives valid figure specs and a complete definition', () => {
    const figs = windowFigures(result);
    expect(Object.keys(figs)).toContain('bank');
    expect(Object.keys(figs).filter((k) => k.startsWith('heatmap-')).length).toBe(2);
    expectValidFigures(figs);
    expect(experiment.id).toBe('window');
  });
});
