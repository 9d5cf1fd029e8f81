import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../experiments/baselines/bounds.ts';
import { baselinesFigures } from '../../experiments/baselines/figures.ts';
import { experiment } from '../../experiments/baselines/index.ts';
import { runBaselines } from '../../experiments/baselines/run.ts';
import type { BaselinesResult } from '../../experiments/baselines/run.ts';
import {
  cellOf,
  DEFAULT_CONSTRUCTION,
  legtPredictor,
  predictAll,
  selectionBank,
} from '../../experiments/common/predictorSuite/index.ts';
import { oneStepError } from '../../src/metrics/index.ts';
import { predictNext } from '../../src/ssm/index.ts';
import { expectAllFail, expectRegistered, nanFilled } from './claimChecks.ts';
import { countingContext, expectValidFigures } from './helpers.ts';

const tiny = { functions: 1, signalLength: 2000, systemLength: 1000 };

describe('baselines experiment', () => {
  let result: BaselinesResult;

  it('runs at a tiny size and computes every claim of the bound table', async () => {
    const ctx = countingContext(3);
    result = await runBaselines(ctx, tiny);
    expect(ctx.progressCalls).toBe(result.signals.length + result.systems.length);
    expect(Object.keys(result.table)).toEqual([...result.signals, ...result.systems]);
    const claims = experiment.claims(result, 'quick');
    expectRegistered(claims, BOUNDS);
    for (const c of claims) expect(Number.isFinite(Number(c.value)), c.id).toBe(true);
    // the most robust one holds even on one short function (the short window's claim needs L = 10^4: at L = 2000 a
    // 300-sample window spans 15% of the [0, 1] signals)
    expect(claims.find((c) => c.id === 'fd4-vs-legt')?.status).toBe('pass');
  }, 20_000);

  it('each claim fails on a NaN result and on a deliberately wrong one', () => {
    expectAllFail(experiment.claims(nanFilled(result), 'quick'));
    const bad: BaselinesResult = structuredClone(result);
    const t = bad.table;
    t['white g5']['legt-short'] = { ...t['white g5'].copyLast }; // the short window no better than copy-last
    t['white g1']['legt-paper'] = { ...t['white g1'].copyLast, median: t['white g1'].copyLast.median / 10 };
    t['linear']['legt-paper'] = { ...t['linear']['legt-short'] }; // the start-up jump forgotten
    t['rossler'].fd4 = { ...t['rossler']['legt-short'] }; // FD p = 4 no better than LegT
    t['filtered a0.1'].fd4 = { ...t['filtered a0.1'].fd1 }; // higher FD order harmless on a rough signal
    t['lorenz']['legt-select'] = { ...t['lorenz'].copyLast }; // the in-context choice no better than copy-last
    expectAllFail(experiment.claims(bad, 'quick'));
  });

  it('a claim over an empty selection fails', () => {
    const bad: BaselinesResult = structuredClone(result);
    bad.systems = [];
    bad.signals = bad.signals.filter((k) => !k.startsWith('filtered'));
    const status = Object.fromEntries(experiment.claims(bad, 'quick').map((c) => [c.id, c.status]));
    expect(status).toMatchObject({ 'fd-order-rough': 'fail', 'select-vs-copy-systems': 'fail' });
  });

  it('builds valid figure specs', () => {
    const figs = baselinesFigures(result);
    expect(Object.keys(figs).sort()).toEqual(['signals', 'systems']);
    expectValidFigures(figs);
    expect(figs.signals.data.length).toBe(result.methods.length);
  });
});

describe('baselines methods', () => {
  it('predicts with the paper and short LegT exactly as predictNext does, and picks the best bank entry', () => {
    const L = 1200;
    const u = Float64Array.from({ length: L }, (_, k) => Math.sin(0.02 * k) + 0.1 * Math.sin(0.11 * k));
    const { predictions, selected } = predictAll(u, DEFAULT_CONSTRUCTION);
    expect(Array.from(predictions['legt-paper'])).toEqual(
      Array.from(predictNext(legtPredictor(17, L, L), u)),
    );
    const err = (N: number, W: number) =>
      oneStepError(predictNext(legtPredictor(N, W, L), u), u, { from: L / 4, to: L / 2 });
    const chosen = err(selected.N, selected.W);
    for (const { N, W } of selectionBank(DEFAULT_CONSTRUCTION)) expect(chosen).toBeLessThanOrEqual(err(N, W));
    expect(selectionBank(DEFAULT_CONSTRUCTION).every(({ N, W }) => W >= N * N)).toBe(true);
  });

  it('medians, minima and maxima of cells', () => {
    expect(cellOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(cellOf([4, 1, 2, 3]).median).toBe(2.5);
    expect(cellOf([]).n).toBe(0);
  });
});
