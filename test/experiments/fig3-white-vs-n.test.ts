import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorVsNResult, ErrorVsNScale } from '../../experiments/common/errorVsN/index.ts';
import { experiment } from '../../experiments/fig3-white-vs-n/index.ts';
import { runFig3 } from '../../experiments/fig3-white-vs-n/run.ts';
import { createWorkerPool, inProcessMapper } from '../../experiments/runner/workerPool.ts';
import { claimByName as byName, mapperContext } from './helpers.ts';

// a reduced scale: 4 functions per gamma at the paper's L = 10^4, the N the claims look at
const tiny: ErrorVsNScale = {
  functions: 4,
  length: 10_000,
  taskSize: 2,
  Ns: [1, 5, 9, 13, 17, 33, 37, 65, 69, 97],
};

describe('fig3-white-vs-n', () => {
  const pool = createWorkerPool(2);
  afterAll(() => pool.terminate());
  let base: ErrorVsNResult;

  it('is a complete experiment with quick and paper scales (paper: 1000 functions, L = 10^4, N = 1..97 step 4)', () => {
    expect(experiment.id).toBe('fig3-white-vs-n');
    expect(experiment.scales.paper).toMatchObject({ functions: 1000, length: 10_000 });
    expect(experiment.scales.quick.Ns).toEqual(Array.from({ length: 25 }, (_, i) => 1 + 4 * i));
  });

  it('runs, and its claims are computed from the result', async () => {
    base = await runFig3(mapperContext(inProcessMapper(), 1), tiny);
    expect(base.panels.map((p) => p.value)).toEqual([1, 2, 5]);
    const claims = experiment.claims(base, 'quick');
    expect(claims.length).toBe(3 * 4 + 2 + 1 + 2 + 1); // per gamma: copy, plateau, FouT, ordering; drop, notes
    // the robust ones pass even on 4 functions
    expect(byName(claims, "paper's plateau", 'gamma = 1').pass).toBe(true);
    expect(byName(claims, 'at N = 65', 'gamma = 1').pass).toBe(true);
    expect(byName(claims, 'LegT below FouT', 'gamma = 1').pass).toBe(true);
    const figs = experiment.figures(base);
    expect(Object.keys(figs)).toEqual(['second-half', 'whole']);
    expect(figs['second-half'].data.some((t) => t.name === 'copy-last value (mean)')).toBe(true);
  });

  it('fails its claims on a deliberately bad result', () => {
    const bad = structuredClone(base);
    for (const p of bad.panels) {
      p.curves.legt['second-half'].mean = p.curves.legt['second-half'].mean.map((x) => 10 * x);
      p.curves.fout['second-half'].mean = p.curves.fout['second-half'].mean.map((_, i) =>
        i === 4 ? 3e-3 : 1e-3,
      );
      const w = p.curves.legt.whole.mean;
      p.curves.legt.whole.mean = w.map(() => w[0]);
    }
    const claims = experiment.claims(bad, 'quick');
    for (const tag of ['gamma = 1', 'gamma = 2', 'gamma = 5']) {
      expect(byName(claims, 'copy-last within 10%', tag).pass).toBe(false);
      expect(byName(claims, "paper's plateau", tag).pass).toBe(false);
      expect(byName(claims, 'FouT: no peak', tag).pass).toBe(false);
    }
    expect(byName(claims, 'at N = 65', 'gamma = 1').pass).toBe(false);
    // the LegT / FouT ordering: swap the two curves
    const swapped = structuredClone(base);
    for (const p of swapped.panels) {
      const c = p.curves;
      [c.legt['second-half'], c.fout['second-half']] = [c.fout['second-half'], c.legt['second-half']];
    }
    const swappedClaims = experiment.claims(swapped, 'quick');
    expect(byName(swappedClaims, 'LegT below FouT', 'gamma = 1').pass).toBe(false);
    expect(byName(swappedClaims, 'FouT below LegT', 'gamma = 5').pass).toBe(false);
    expect(byName(claims, 'whole-context mean', '').pass).toBe(false);
    // a missing N becomes a failed claim, not a crash
    const short = { ...base, Ns: base.Ns.slice(0, 3) };
    expect(byName(experiment.claims(short, 'quick'), "paper's plateau", 'gamma = 2').pass).toBe(false);
  });

  it('gives identical results with 1 and 2 workers', async () => {
    const small: ErrorVsNScale = { functions: 6, length: 2000, taskSize: 2, Ns: [1, 9, 17] };
    const one = await runFig3(mapperContext(inProcessMapper(), 1), small);
    const two = await runFig3(mapperContext(pool, 2), small);
    expect(two.panels).toEqual(one.panels);
  });
});
