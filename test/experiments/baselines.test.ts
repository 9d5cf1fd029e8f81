import { describe, expect, it } from 'vitest';
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
import { countingContext, expectValidFigures } from './helpers.ts';

const tiny = { functions: 1, signalLength: 2000, systemLength: 1000 };

describe('baselines experiment', () => {
  let result: BaselinesResult;

  it('runs at a tiny size and computes every claim', async () => {
    const ctx = countingContext(3);
    result = await runBaselines(ctx, tiny);
    expect(ctx.progressCalls).toBe(result.signals.length + result.systems.length);
    expect(Object.keys(result.table)).toEqual([...result.signals, ...result.systems]);
    const claims = experiment.claims(result, 'quick');
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const c of claims) {
      expect(typeof c.pass).toBe('boolean');
      expect(Number.isFinite(Number(c.value)), c.name).toBe(true);
    }
    // the most robust one holds even on one short function (the short window's claim needs L = 10^4: at L = 2000 a
    // 300-sample window spans 15% of the [0, 1] signals)
    const byName = Object.fromEntries(claims.map((c) => [c.name, c]));
    expect(byName['finite differences (p=4) beat every LegT variant on clean smooth signals'].pass).toBe(
      true,
    );
  }, 20_000);

  it('fails a claim on a deliberately bad result', () => {
    const bad: BaselinesResult = structuredClone(result);
    // pretend the short-window construction were no better than copy-last on white g5
    bad.table['white g5']['legt-short'] = { ...bad.table['white g5'].copyLast };
    const claims = experiment.claims(bad, 'quick');
    const c = claims.find((x) => x.name.startsWith('short-window LegT'));
    expect(c?.pass).toBe(false);
    // and NaN never passes
    bad.table['lorenz']['legt-select'] = cellOf([NaN]);
    expect(experiment.claims(bad, 'quick').find((x) => x.name.startsWith('in-context LegT'))?.pass).toBe(
      false,
    );
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
