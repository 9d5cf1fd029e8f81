/**
 * Data sets shared by the training experiments (fig6-trained, icl-families): the Mixed training set and the paper's
 * four test sets, all of length L on the generators' default grids, packed for one-step training (loss on the second
 * half of each context).
 */
import { generateBatch } from '../../src/systems/generate.ts';
import { sequenceSet, type SequenceSet } from '../../src/train/sequenceSet.ts';
import { mixSeed } from '../../src/train/random.ts';

/** Test-set names, in figure order, with the generator and its parameters. */
export const TEST_SETS = {
  Linear: { system: 'linear-function', params: {} },
  'Van der Pol': { system: 'vdp-paper', params: {} },
  Mixed: { system: 'mixed', params: {} },
  'Filtered Noise': { system: 'filtered-noise', params: { alpha: 0.1 } },
} as const;
export type TestSetName = keyof typeof TEST_SETS;
export const TEST_SET_NAMES = Object.keys(TEST_SETS) as TestSetName[];

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

/** The tfjs backend the experiments use: env HIPPO_PROPHECY_BACKEND (the CLI's --backend), else the scale's. */
export function backendChoice(fromScale: unknown): 'auto' | 'tensorflow' | 'wasm' | 'cpu' {
  const v = process.env.HIPPO_PROPHECY_BACKEND ?? fromScale ?? 'auto';
  return v as 'auto';
}

/** Which trainer fits the LegT predictors: the analytic one (no tfjs) or tfjs autodiff. */
export type TrainerChoice = 'analytic' | 'tfjs';

/**
 * The trainer of the LegT predictors (settings I-IV, legt-I): env HIPPO_PROPHECY_TRAINER (analytic | tfjs), else the
 * scale's.
 */
export function trainerChoice(fromScale: TrainerChoice): TrainerChoice {
  const v = process.env.HIPPO_PROPHECY_TRAINER ?? fromScale;
  if (v !== 'analytic' && v !== 'tfjs') {
    throw new RangeError(`HIPPO_PROPHECY_TRAINER must be analytic or tfjs, got ${v}`);
  }
  return v;
}
