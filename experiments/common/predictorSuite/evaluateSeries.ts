/**
 * The worker task of the baselines and noise experiments: one function of one signal family, every channel, every
 * noise level, every method; one-step MSE over the second half against the clean and the noisy next value.
 */
import { oneStepError } from '../../../src/metrics/index.ts';
import { generate } from '../../../src/systems/index.ts';
import type { SystemName } from '../../../src/systems/index.ts';
import { METHOD_IDS, predictAll } from './methods.ts';
import type { ConstructionSettings, MethodId } from './methods.ts';
import { SYSTEM_TRANSIENT } from './signals.ts';
import { recordOf } from '../recordOf.ts';

/** Input of {@link evaluateSeries} (structured-cloneable). */
export interface SeriesInput {
  key: string;
  system: SystemName;
  params: Record<string, number>;
  kind: 'signal' | 'system';
  seed: number;
  stream: number;
  length: number;
  /** observation noise standard deviations (0 = clean) */
  noises: number[];
  settings: ConstructionSettings;
}

/** Errors of one function: [noise index][method] -> one value per channel. */
export interface SeriesOutput {
  key: string;
  stream: number;
  channels: number;
  /** MSE of the prediction against the clean next value */
  clean: Record<MethodId, number[]>[];
  /** MSE against the noisy (observed) next value */
  noisy: Record<MethodId, number[]>[];
  /** (N, W) the in-context choice picked, [noise index][channel] */
  selected: { N: number; W: number }[][];
}

/**
 * Generates function `stream` of the family (clean, and with each noise level through generate's `noise` option,
 * whose noise stream is independent of the signal's), runs every method on the observed sequence and scores the
 * second half against both targets.
 */
export function evaluateSeries(input: SeriesInput): SeriesOutput {
  const base = {
    length: input.length,
    seed: input.seed,
    stream: input.stream,
    ...input.params,
    ...(input.kind === 'system' ? { transient: SYSTEM_TRANSIENT, scale: 'minmax' as const } : {}),
  };
  const clean = generate(input.system, base).values;
  const out: SeriesOutput = {
    key: input.key,
    stream: input.stream,
    channels: clean.length,
    clean: [],
    noisy: [],
    selected: [],
  };
  for (const sigma of input.noises) {
    const observed = sigma > 0 ? generate(input.system, { ...base, noise: sigma }).values : clean;
    const vsClean = emptyRecord();
    const vsNoisy = emptyRecord();
    const selected: { N: number; W: number }[] = [];
    observed.forEach((u, c) => {
      const { predictions, selected: sel } = predictAll(u, input.settings);
      selected.push(sel);
      for (const m of METHOD_IDS) {
        vsClean[m].push(oneStepError(predictions[m], clean[c], { window: 'second-half' }));
        vsNoisy[m].push(oneStepError(predictions[m], u, { window: 'second-half' }));
      }
    });
    out.clean.push(vsClean);
    out.noisy.push(vsNoisy);
    out.selected.push(selected);
  }
  return out;
}

function emptyRecord(): Record<MethodId, number[]> {
  return recordOf(METHOD_IDS, () => []);
}
