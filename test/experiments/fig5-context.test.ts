import { describe, expect, it } from 'vitest';
import { inlineContext } from '../../experiments/common/index.ts';
import { fig5Claims } from '../../experiments/fig5-context/claims.ts';
import { BOUNDS, FIG5_NS, PAPER_FLOOR, PAPER_START } from '../../experiments/fig5-context/bounds.ts';
import { PAPER_REACH, fig5Chunk, reachSlopes, reduceFig5 } from '../../experiments/fig5-context/compute.ts';
import type { Fig5Result } from '../../experiments/fig5-context/compute.ts';
import { experiment } from '../../experiments/fig5-context/index.ts';
import type { Fig5Params } from '../../experiments/fig5-context/params.ts';
import { expectNoneFails, expectRegistered, statuses } from './claimChecks.ts';
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
  let result: Fig5Result;

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

  it('runs end to end at quick scale: every registered claim computed, none fails; figures valid', async () => {
    result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const claims = fig5Claims(result);
    expectRegistered(claims, BOUNDS);
    expectNoneFails(claims);
    const fig = experiment.figures(result).context;
    expect(fig.data.length).toBeGreaterThanOrEqual(result.curves.length + 1);
    expectValidFigures(experiment.figures(result));
  });

  it("reach positions out of order or all equal fail the order and rate rows; the poster's pass the reach rows", () => {
    const swapped = structuredClone(result);
    [swapped.curves[1].reach, swapped.curves[2].reach] = [swapped.curves[2].reach, swapped.curves[1].reach];
    expect(statuses(fig5Claims(swapped)).reachGrows).toBe('fail');
    const equal = structuredClone(result);
    for (const c of equal.curves) c.reach = 200;
    expect(statuses(fig5Claims(equal))).toMatchObject({ reachGrows: 'fail', reachSlope: 'fail' });
    const poster = structuredClone(result);
    for (const c of poster.curves) c.reach = PAPER_REACH[c.N];
    const st = statuses(fig5Claims(poster));
    for (const N of FIG5_NS) expect(st[`reach${N}`], `N = ${N}`).toBe('pass');
    expect(st.reachSlope).toBe('pass');
  });

  it('an unreached floor fails (no deviation); a floor 10x off fails; the poster start level passes', () => {
    const unreached = structuredClone(result);
    for (const c of unreached.curves) c.reach = -1;
    const st = statuses(fig5Claims(unreached));
    for (const id of [...FIG5_NS.map((N) => `reach${N}`), 'reachGrows', 'reachSlope'])
      expect(st[id], id).toBe('fail');
    expect(statuses(fig5Claims({ ...result, floor: 10 * result.floor })).floor).toBe('fail');
    const high = structuredClone(result);
    for (const c of high.curves) c.mean[0] = (PAPER_START / PAPER_FLOOR) * high.floor;
    expect(statuses(fig5Claims(result)).startOverFloor).toBe('deviation');
    expect(statuses(fig5Claims(high)).startOverFloor).toBe('pass');
    expect(statuses(fig5Claims({ ...result, curves: [] })).startOverFloor).toBe('fail');
  });
});
