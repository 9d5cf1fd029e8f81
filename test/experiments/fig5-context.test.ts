import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { fig5Claims } from '../../experiments/fig5-context/claims.ts';
import { fig5Chunk, reachSlopes, reduceFig5 } from '../../experiments/fig5-context/compute.ts';
import { experiment } from '../../experiments/fig5-context/index.ts';
import type { Fig5Params } from '../../experiments/fig5-context/params.ts';
import { expectValidFigures } from './helpers.ts';

const tiny: Fig5Params = {
  functions: 6,
  chunk: 3,
  gamma: 1,
  L: 10000,
  K: 800,
  Ns: [16, 31, 46],
  theta: 1,
  dt: 1e-4,
  factor: 10,
};

describe('fig5-context', () => {
  it('chunks add up: two chunks reduce to the same result as one', () => {
    const base = { seed: 5, gamma: 1, L: 10000, K: 300, Ns: [16], theta: 1, dt: 1e-4 };
    const one = reduceFig5({ ...tiny, K: 300, Ns: [16] }, 5, [fig5Chunk({ ...base, from: 0, to: 4 })]);
    const two = reduceFig5({ ...tiny, K: 300, Ns: [16] }, 5, [
      fig5Chunk({ ...base, from: 0, to: 1 }),
      fig5Chunk({ ...base, from: 1, to: 4 }),
    ]);
    one.curves[0].mean.forEach((v, k) => expect(two.curves[0].mean[k]).toBeCloseTo(v, 12));
    expect(two.floor).toBeCloseTo(one.floor, 15);
  });

  it('a tiny configuration reaches the floor later for larger N', () => {
    const chunks = [
      fig5Chunk({ seed: 0, from: 0, to: 6, gamma: 1, L: 10000, K: 800, Ns: tiny.Ns, theta: 1, dt: 1e-4 }),
    ];
    const r = reduceFig5(tiny, 0, chunks);
    const reach = r.curves.map((c) => c.reach);
    expect(Math.min(...reach)).toBeGreaterThanOrEqual(0);
    expect(reach[1]).toBeGreaterThan(reach[0]);
    expect(reach[2]).toBeGreaterThan(reach[1]);
    expect(
      reachSlopes([
        { N: 1, mean: [], reach: 10, paperReach: 20 },
        { N: 10, mean: [], reach: 100, paperReach: 200 },
      ]),
    ).toEqual({
      ours: 1,
      paper: 1,
    });
  });

  it('runs end to end at quick scale: claims pass; claims fail on a wrong order; figures valid', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const claims = fig5Claims(result);
    for (const c of claims) expect(c.pass, `${c.name}: ${c.value} vs ${c.bound}`).toBe(true);
    const bad = structuredClone(result);
    [bad.curves[1].reach, bad.curves[2].reach] = [bad.curves[2].reach, bad.curves[1].reach];
    const failed = fig5Claims(bad)
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(failed).toContain('reach position strictly increases with N');
    const fig = experiment.figures(result).context;
    expect(fig.data.length).toBeGreaterThanOrEqual(result.curves.length + 1);
    expectValidFigures(experiment.figures(result));
  });
});
