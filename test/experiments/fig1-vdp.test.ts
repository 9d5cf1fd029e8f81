import { describe, expect, it } from 'vitest';
import { downsample, inlineContext } from '../../experiments/common/index.ts';
import { computeFig1, errorStats, findEvents } from '../../experiments/fig1-vdp/compute.ts';
import type { Fig1Result } from '../../experiments/fig1-vdp/compute.ts';
import { fig1Claims } from '../../experiments/fig1-vdp/claims.ts';
import { experiment } from '../../experiments/fig1-vdp/index.ts';
import { generate } from '../../src/systems/index.ts';
import { expectValidFigures } from './helpers.ts';

describe('fig1-vdp', () => {
  it('finds the dips of the vdp-paper solution at t = 2 pi j', () => {
    const g = generate('vdp-paper', { length: 10000 });
    const ev = findEvents(g.values[0]).map((k) => g.t[k]);
    expect(ev.length).toBe(3);
    ev.forEach((t, j) => expect(Math.abs(t - 2 * Math.PI * (j + 1))).toBeLessThan(0.01));
  });

  it('errorStats separates the start-up, event peaks and the quiet median', () => {
    const e = new Float64Array(100).fill(1e-10);
    e[0] = 0.5;
    e[60] = 1e-3;
    const s = errorStats('x', e, [60], 20, 5);
    expect(s.startupMax).toBe(0.5);
    expect(s.eventPeaks).toEqual([1e-3]);
    expect(s.afterMax).toBe(1e-3);
    expect(s.quietMedian).toBe(1e-10);
  });

  it('downsample keeps spikes in max mode and caps the length', () => {
    const y = new Float64Array(1001);
    y[537] = 7;
    const d = downsample(y, 100, { mode: 'max' });
    expect(d.y.length).toBeLessThanOrEqual(100);
    expect(Math.max(...d.y)).toBe(7);
    expect(d.x[d.y.indexOf(7)]).toBe(537);
    expect(downsample([1, 2, 3, 4], 2, { mode: 'mean' }).y).toEqual([1.5, 3.5]);
    expect(() => downsample([1], 0)).toThrow(RangeError);
  });

  it('runs end to end: claims computed and passing, figures valid, result plain JSON', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const claims = experiment.claims(result, 'quick');
    expect(claims.length).toBe(5);
    for (const c of claims) expect(c.pass, `${c.name}: ${c.value} vs ${c.bound}`).toBe(true);
    expectValidFigures(experiment.figures(result));
  });

  it('claims fail on bad data', () => {
    const good = computeFig1({ L: 10000, N: 17, theta: 1, maxPoints: 200 });
    const bad: Fig1Result = structuredClone(good);
    const run = bad.runs.find((r) => r.dtRule === 'sample')!;
    run.stats.find((s) => s.name === 'LegT')!.startupMax = 5; // outside [0.02, 2]
    const fout = run.stats.find((s) => s.name === 'FouT')!;
    fout.quietMedian = fout.eventPeaks[0]; // no spikes any more
    const failed = fig1Claims(bad)
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(failed.some((n) => n.startsWith('LegT start-up spike'))).toBe(true);
    expect(failed.some((n) => n.startsWith('FouT spikes'))).toBe(true);
    expect(fig1Claims(good).every((c) => c.pass)).toBe(true);
  });
});
