import { describe, expect, it } from 'vitest';
import { chunkInputs } from '../../experiments/common/errorVsN/index.ts';
import type { ErrorVsNResult, ErrorVsNScale } from '../../experiments/common/errorVsN/index.ts';
import { experiment } from '../../experiments/fig4-filtered-vs-n/index.ts';
import { runFig4 } from '../../experiments/fig4-filtered-vs-n/run.ts';
import { fig4Setup } from '../../experiments/fig4-filtered-vs-n/setup.ts';
import { inProcessMapper } from '../../experiments/runner/workerPool.ts';
import { oneStepError } from '../../src/metrics/oneStepError.ts';
import { predictNext } from '../../src/ssm/predictNext.ts';
import { predictorFromSpec } from '../../src/sweep/index.ts';
import { generate } from '../../src/systems/generate.ts';
import { claimByName as byName, mapperContext } from './helpers.ts';

const context = mapperContext(inProcessMapper());

const tiny: ErrorVsNScale = { functions: 4, length: 10_000, taskSize: 4, Ns: [1, 5, 13, 17, 97] };

describe('fig4-filtered-vs-n', () => {
  let base: ErrorVsNResult;

  it('runs; its numbers equal predictNext + oneStepError on the same functions', async () => {
    base = await runFig4(context, tiny);
    const panel = base.panels[0];
    // mean over the 4 functions of LegT N = 17, second half, computed independently
    const p = predictorFromSpec({ measure: 'legt', N: 17, dt: 1 / tiny.length });
    let s = 0;
    for (let i = 0; i < 4; i++) {
      const u = generate('filtered-noise', { alpha: 0.05, seed: 0, stream: i }).values[0];
      s += oneStepError(predictNext(p, u, { mode: 'scan' }), u, { window: 'second-half' });
    }
    const got = panel.curves.legt['second-half'].mean[3];
    expect(Math.abs(got - s / 4) / (s / 4)).toBeLessThan(1e-10);
  });

  it('does not depend on the task split', async () => {
    const split = await runFig4(context, { ...tiny, taskSize: 2 });
    expect(split.panels).toEqual(base.panels);
    expect(
      chunkInputs(fig4Setup, 0.1, { ...tiny, functions: 5, taskSize: 2 }, 0).map((c) => [c.stream, c.count]),
    ).toEqual([
      [0, 2],
      [2, 2],
      [4, 1],
    ]);
    expect(() => chunkInputs(fig4Setup, 0.1, { ...tiny, taskSize: 3 }, 0)).toThrow(/even/);
  });

  it('states the not-reproduced paper plateau as a checked offset, and fails it when the offset changes', () => {
    const claims = experiment.claims(base, 'quick');
    for (const tag of ['alpha = 0.05', 'alpha = 0.1', 'alpha = 0.3']) {
      const c = byName(claims, 'NOT reproduced: paper / ours', tag);
      expect(c.pass).toBe(true);
      expect(c.value as number).toBeGreaterThan(150);
    }
    const bad = structuredClone(base);
    for (const p of bad.panels) {
      // a generator matching the paper's levels would move the offset to ~1
      p.curves.legt['second-half'].mean = p.curves.legt['second-half'].mean.map((x) => 300 * x);
      p.curves.fout['second-half'].mean = p.curves.legt['second-half'].mean.map((x) => 2 * x);
    }
    const after = experiment.claims(bad, 'quick');
    for (const tag of ['alpha = 0.05', 'alpha = 0.1', 'alpha = 0.3']) {
      expect(byName(after, 'NOT reproduced: paper / ours', tag).pass).toBe(false);
      expect(byName(after, 'FouT: no peak', tag).pass).toBe(false);
    }
    expect(byName(after, 'FouT below LegT', 'alpha = 0.05').pass).toBe(false);
  });
});
