/**
 * Data sets shared by the training experiments (fig6-trained, icl-families): the Mixed training set and the paper's
 * four test sets, all of length L on the generators' default grids, packed for one-step training (loss on the second
 * half of each context).
 */
import { generateBatch } from '../../../src/systems/generate.ts';
import { sequenceSet, type SequenceSet } from '../../../src/fit/sequenceSet.ts';
import { mixSeed } from '../../../src/fit/random.ts';
import { TEST_SET_NAMES, TEST_SETS, type TestSetName } from './testSets.ts';

/** `count` functions of a system as plain arrays (the authors' Van der Pol is one deterministic function). */
function functions(
  system: string,
  count: number,
  length: number,
  seed: number,
  params: object,
): Float64Array[] {
  const n = system === 'vdp-paper' ? 1 : count;
  return generateBatch(system, n, { length, seed, ...params }).map((g) => g.values[0]);
}

/** The Mixed training set and the four test sets (independent seeds derived from `seed`). */
export function trainingData(
  seed: number,
  length: number,
  trainCount: number,
  testCount: number,
): { train: SequenceSet; tests: Record<TestSetName, SequenceSet> } {
  const train = sequenceSet(functions('mixed', trainCount, length, mixSeed(seed, 1), {}));
  const tests = {} as Record<TestSetName, SequenceSet>;
  TEST_SET_NAMES.forEach((name, i) => {
    const { system, params } = TEST_SETS[name];
    tests[name] = sequenceSet(functions(system, testCount, length, mixSeed(seed, 100 + i), params));
  });
  return { train, tests };
}

/** Mean L1 one-step error of the copy-last-value predictor (uhat_{k+1} = u_k) on a set's loss window. */
export function copyLastError(set: SequenceSet): number {
  let sum = 0;
  const L = set.length;
  for (let s = 0; s < set.count; s++) {
    for (let k = set.from; k < set.to; k++)
      sum += Math.abs(set.inputs64[s * L + k + 1] - set.inputs64[s * L + k]);
  }
  return sum / (set.count * (set.to - set.from));
}
