import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorVsNResult, ErrorVsNScale } from '../../experiments/common/errorVsN/index.ts';
import {
  BOUNDS,
  PAPER_FOUT_PEAK,
  halfWindowRadians,
  resolvedFrom,
  unresolvedUpTo,
} from '../../experiments/fig3-white-vs-n/bounds.ts';
import { fig3Claims } from '../../experiments/fig3-white-vs-n/claims.ts';
import { experiment } from '../../experiments/fig3-white-vs-n/index.ts';
import { runFig3 } from '../../experiments/fig3-white-vs-n/run.ts';
import { createWorkerPool, inProcessMapper } from '../../experiments/runner/workerPool.ts';
import { expectNoneFails, expectRegistered, statuses } from './claimChecks.ts';
import { mapperContext } from './helpers.ts';

// a reduced scale: 8 functions per gamma at the paper's L = 10^4, the N the claims look at
const tiny: ErrorVsNScale = {
  functions: 8,
  length: 10_000,
  taskSize: 4,
  Ns: [1, 5, 9, 13, 17, 21, 41, 45, 81, 97],
};

/** A copy of `base` with `change` applied to every panel. */
function edit(base: ErrorVsNResult, change: (p: ErrorVsNResult['panels'][number]) => void): ErrorVsNResult {
  const bad = structuredClone(base);
  for (const p of bad.panels) change(p);
  return bad;
}

describe('fig3-white-vs-n', () => {
  const pool = createWorkerPool(2);
  afterAll(() => pool.terminate());
  let base: ErrorVsNResult;

  it('is a complete experiment with quick and paper scales (paper: 1000 functions, L = 10^4, N = 1..97 step 4)', () => {
    expect(experiment.id).toBe('fig3-white-vs-n');
    expect(experiment.scales.paper).toMatchObject({ functions: 1000, length: 10_000 });
    expect(experiment.scales.quick.Ns).toEqual(Array.from({ length: 25 }, (_, i) => 1 + 4 * i));
  });

  it('places the resolution limits at 1.25 and 0.75 omega, omega = pi gamma 10 s', () => {
    expect(halfWindowRadians(1)).toBeCloseTo(10 * Math.PI, 12);
    expect([resolvedFrom(1), resolvedFrom(2)]).toEqual([40, 79]);
    expect([unresolvedUpTo(1), unresolvedUpTo(2), unresolvedUpTo(5)]).toEqual([23, 47, 117]);
  });

  it('runs; every registered claim is computed with its kind and source, and none fails', async () => {
    base = await runFig3(mapperContext(inProcessMapper(), 1), tiny);
    expect(base.panels.map((p) => p.value)).toEqual([1, 2, 5]);
    expect(base.measures).toEqual(['legt', 'fout', 'fout-authors']);
    const claims = experiment.claims(base, 'quick');
    expectRegistered(claims, BOUNDS);
    expectNoneFails(claims);
    const figs = experiment.figures(base);
    expect(Object.keys(figs)).toEqual(['second-half', 'whole']);
    const names = figs['second-half'].data.map((t) => t.name);
    expect(names).toContain('copy-last value (mean)');
    expect(names).toContain("FouT, the authors' predictor (mean +- std)");
  });

  it('a LegT at 10x copy-last, and one at 0.01x, fail the plateau and resolution rows', () => {
    const legtAt = (factor: number) =>
      statuses(
        fig3Claims(
          edit(base, (p) => {
            p.curves.legt['second-half'].mean = base.Ns.map(() => factor * p.copyLast['second-half'].mean);
          }),
        ),
      );
    const worse = legtAt(10);
    const better = legtAt(0.01);
    for (const st of [worse, better]) {
      for (const id of ['plateau1', 'plateau2', 'plateau5', 'plateauIsCopyLast'])
        expect(st[id], id).toBe('fail');
    }
    for (const id of ['resolved1', 'resolved2']) expect(worse[id], id).toBe('fail');
    for (const id of ['unresolved1', 'unresolved2', 'unresolved5']) expect(better[id], id).toBe('fail');
  });

  it("FouT curves with the poster's peak fail the no-peak row and pass the peak rows; flat ones fail the rise", () => {
    const peaked = edit(base, (p) => {
      const g = p.value as keyof typeof PAPER_FOUT_PEAK;
      const c = p.copyLast['second-half'].mean;
      const peak = (N: number) => (N === 21 ? PAPER_FOUT_PEAK[g] : c);
      p.curves.fout['second-half'].mean = base.Ns.map(peak);
      p.curves['fout-authors']['second-half'].mean = base.Ns.map(peak);
    });
    expect(statuses(fig3Claims(peaked))).toMatchObject({
      foutNoPeak: 'fail',
      foutPeak1: 'pass',
      foutPeak2: 'pass',
      foutPeak5: 'pass',
      foutAuthorsRises: 'fail',
    });
  });

  it("a LegT below the authors' FouT everywhere passes the paper's ordering; a missing curve fails every row on it", () => {
    const below = edit(base, (p) => {
      const a = p.curves['fout-authors']['second-half'].mean;
      p.curves.legt['second-half'].mean = a.map((x) => x / 2);
    });
    expect(statuses(fig3Claims(base)).legtBelowFout).toBe('deviation');
    expect(statuses(fig3Claims(below)).legtBelowFout).toBe('pass');
    const missing = edit(base, (p) => {
      delete (p.curves as Partial<typeof p.curves>)['fout-authors'];
    });
    const st = statuses(fig3Claims(missing));
    for (const id of ['foutPeak1', 'foutPeak2', 'foutPeak5', 'foutAuthorsRises', 'legtBelowFout'])
      expect(st[id], id).toBe('fail');
  });

  it('a whole-context average that does not grow fails; a missing N or empty selection fails, not crashes', () => {
    const flat = edit(base, (p) => {
      const w = p.curves.legt.whole.mean;
      p.curves.legt.whole.mean = w.map(() => w[0]);
    });
    expect(statuses(fig3Claims(flat)).wholeReverses).toBe('fail');
    const short = { ...base, Ns: base.Ns.slice(0, 3) };
    const st = statuses(fig3Claims(short));
    for (const id of ['plateau2', 'resolved1', 'resolved2', 'wholeReverses']) expect(st[id], id).toBe('fail');
  });

  it('gives identical results with 1 and 2 workers', async () => {
    const small: ErrorVsNScale = { functions: 6, length: 2000, taskSize: 2, Ns: [1, 9, 17] };
    const one = await runFig3(mapperContext(inProcessMapper(), 1), small);
    const two = await runFig3(mapperContext(pool, 2), small);
    expect(two.panels).toEqual(one.panels);
  });
});
