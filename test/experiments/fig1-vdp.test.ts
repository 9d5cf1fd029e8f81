import { describe, expect, it } from 'vitest';
import { downsample, inlineContext } from '../../experiments/common/index.ts';
import { BOUNDS, PAPER_FOUT_SPIKE, PAPER_LEGT_SPIKE } from '../../experiments/fig1-vdp/bounds.ts';
import { fig1Claims, mainRun, stat } from '../../experiments/fig1-vdp/claims.ts';
import { FIG1_LABELS, computeFig1, errorStats, findEvents } from '../../experiments/fig1-vdp/compute.ts';
import type { Fig1Result, Fig1Run } from '../../experiments/fig1-vdp/compute.ts';
import { experiment } from '../../experiments/fig1-vdp/index.ts';
import { generate } from '../../src/systems/index.ts';
import { expectNoneFails, expectRegistered, statuses } from './claimChecks.ts';
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

  it('runs end to end: every registered claim computed, none fails, figures valid, result plain JSON', async () => {
    const result = await experiment.run(inlineContext({ scale: 'quick' }), experiment.scales.quick);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(mainRun(result).stats.map((s) => s.name)).toEqual(Object.values(FIG1_LABELS));
    const claims = experiment.claims(result, 'quick');
    expectRegistered(claims, BOUNDS);
    expectNoneFails(claims);
    expectValidFigures(experiment.figures(result));
  });

  describe('claims on deliberately wrong results', () => {
    const good = computeFig1({ L: 10000, N: 17, theta: 1, maxPoints: 200 });
    const edit = (change: (run: Fig1Run) => void): Fig1Result => {
      const bad = structuredClone(good);
      change(mainRun(bad));
      return bad;
    };

    it("a LegT that keeps erring after the start-up, like the authors' FouT, fails both LegT rows", () => {
      const bad = edit((run) => {
        stat(run, FIG1_LABELS.legt).afterMax = stat(run, FIG1_LABELS.authors).afterMax;
      });
      const st = statuses(fig1Claims(bad));
      expect(st.legtQuiet).toBe('fail');
      expect(st.legtBelowFout).toBe('fail');
    });

    it('FouTs that err evenly instead of spiking fail both spike rows', () => {
      const bad = edit((run) => {
        for (const name of [FIG1_LABELS.authors, FIG1_LABELS.fout]) {
          const s = stat(run, name);
          s.quietMedian = Math.max(...s.eventPeaks) / 2;
        }
      });
      const st = statuses(fig1Claims(bad));
      expect(st.foutSpikes).toBe('fail');
      expect(st.foutConstructionSpikes).toBe('fail');
    });

    it('the paper rows with a registered deviation pass inside the poster band and fail without a value', () => {
      expect(statuses(fig1Claims(good))).toMatchObject({
        legtSpike: 'deviation',
        foutSpikeHeight: 'deviation',
      });
      const atPaper = edit((run) => {
        stat(run, FIG1_LABELS.legt).startupMax = PAPER_LEGT_SPIKE;
        stat(run, FIG1_LABELS.authors).eventPeaks = [PAPER_FOUT_SPIKE, PAPER_FOUT_SPIKE / 1.5];
      });
      expect(statuses(fig1Claims(atPaper))).toMatchObject({ legtSpike: 'pass', foutSpikeHeight: 'pass' });
      const missing = edit((run) => {
        stat(run, FIG1_LABELS.legt).startupMax = NaN;
        for (const s of run.stats) s.eventPeaks = [];
      });
      const st = statuses(fig1Claims(missing));
      for (const id of ['legtSpike', 'foutSpikeHeight', 'foutSpikes', 'foutConstructionSpikes'])
        expect(st[id], id).toBe('fail');
    });

    it('a result without the main run fails every claim', () => {
      const bad: Fig1Result = { ...good, runs: good.runs.filter((r) => r.dtRule !== 'sample') };
      expect(fig1Claims(bad).map((c) => c.status)).toEqual(Object.keys(BOUNDS).map(() => 'fail'));
    });
  });
});
