import { describe, expect, it } from 'vitest';
import { defineExperiment } from '../../experiments/defineExperiment.ts';
import type { Experiment } from '../../experiments/types.ts';

const valid = {
  id: 'toy',
  title: 'Toy',
  reproduces: 'beyond the paper',
  notes: '',
  scales: { quick: { n: 2 }, paper: { n: 20 } },
  run: async (_ctx: unknown, params: { n: number }) => ({ total: params.n }),
  claims: () => [],
  figures: () => ({}),
};

describe('defineExperiment', () => {
  it('returns the definition frozen, scales included, and typed by its parameters and result', async () => {
    const e = defineExperiment(valid);
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.scales)).toBe(true);
    expect(e.scales.paper.n).toBe(20);
    const result = await e.run({} as never, e.scales.quick);
    expect(result.total).toBe(2);
    // a specific experiment is an Experiment (the registry's element type) without a cast
    const erased: Experiment = e;
    expect(erased.id).toBe('toy');
  });

  it('refuses an id that is not a folder name, an empty title, a missing scale or function', () => {
    expect(() => defineExperiment({ ...valid, id: '../escape' })).toThrow(RangeError);
    expect(() => defineExperiment({ ...valid, id: '' })).toThrow(/id must match/);
    expect(() => defineExperiment({ ...valid, title: ' ' })).toThrow(/non-empty title/);
    expect(() =>
      defineExperiment({ ...valid, scales: { quick: { n: 1 } } as unknown as typeof valid.scales }),
    ).toThrow(/no parameters for scale "paper"/);
    expect(() =>
      defineExperiment({ ...valid, figures: undefined as unknown as typeof valid.figures }),
    ).toThrow(/no figures\(\) function/);
  });
});
