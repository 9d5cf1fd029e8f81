import { scan } from '../ssm/index.ts';
import { teacherStepsFor } from '../ssm/rollout.ts';
import type { StructuredChoice } from '../ssm/index.ts';
import { requireInRange, requireInteger, requireOneOf } from '../util/validate.ts';
import { requireChannels } from './requireChannels.ts';
import type { PredictorBank } from './types.ts';

/** Options of {@link rolloutChannels}: give teacherRatio or teacherSteps, not both. */
export interface RolloutChannelsOptions {
  /** fraction of the L states given as true states: T = teacherStepsFor(teacherRatio, L); @default 0.5 */
  teacherRatio?: number;
  /** the number T of true states, integer in [1, L] (exclusive with teacherRatio); @default from teacherRatio */
  teacherSteps?: number;
  /** O(N) LegT step choice, as in rollout; @default 'auto' */
  structured?: StructuredChoice;
}

/**
 * Autoregressive rollout of the whole state: the first T states are true, from step T on every channel is fed its
 * own previous prediction,
 *
 *   v^h_k = u^h_k (k < T),   v^h_k = out[h][k - 1] (k >= T),
 *   x^h_{k+1} = Abar^h x^h_k + Bbar^h v^h_k,   out[h][k] = Cbar^h x^h_{k+1} + Dbar^h v^h_k.
 *
 * out[h][k] predicts channels[h][k + 1]; from k = T - 1 on, out[h][k] is a free-running forecast made from the T
 * true states u_0..u_{T-1}. Channels of one group run as one batched scan (src/ssm scan with teacherSteps T). With
 * T = L (teacherRatio 1) this is teacher forcing.
 *
 * @param bank - PredictorBank with H channels
 * @param channels - H sequences of equal length L; only channels[h][0..T-1] are read
 * @param options - teacherRatio (@default 0.5) or teacherSteps, structured (@default 'auto')
 * @returns out, H arrays of shape [L]
 * @throws TypeError for a wrong number of channels or unequal lengths, or both teacherRatio and teacherSteps;
 *   RangeError for non-finite entries, teacherRatio outside [0, 1] or teacherSteps outside [1, L]
 * @example
 *   const dt = 0.005;
 *   const bank = predictorBank(2, { N: 6, theta: 0.2, dt });
 *   const t = Float64Array.from({ length: 200 }, (_, k) => k * dt);
 *   const channels = [t.map((s) => Math.sin(2 * Math.PI * s)), t.map((s) => Math.cos(2 * Math.PI * s))];
 *   const out = rolloutChannels(bank, channels, { teacherSteps: 100 }); // free-running from k = 99 on
 *   out.length === 2 && out[0].length === 200;
 *   // with T = L every input is true: teacher forcing, i.e. predictChannels
 *   const forced = rolloutChannels(bank, channels, { teacherRatio: 1 });
 *   const tf = predictChannels(bank, channels);
 *   forced.every((o, h) => o.every((v, k) => Math.abs(v - tf[h][k]) < 1e-12));
 * @see arXiv:2407.09375
 */
export function rolloutChannels(
  bank: PredictorBank,
  channels: readonly ArrayLike<number>[],
  options: RolloutChannelsOptions = {},
): Float64Array[] {
  const where = 'rolloutChannels';
  const { views, L } = requireChannels(where, bank, channels);
  const T = resolveTeacherSteps(where, options, L);
  const structured = options.structured ?? 'auto';
  if (typeof structured !== 'boolean') requireOneOf(where, 'options.structured', structured, ['auto']);
  const out: Float64Array[] = new Array(bank.H);
  if (L === 0) return views.map(() => new Float64Array(0));
  for (const group of bank.groups) {
    const res = scan(
      bank.predictors[group[0]],
      group.map((h) => views[h]),
      { teacherSteps: T, structured },
    );
    group.forEach((h, i) => {
      out[h] = res[i];
    });
  }
  return out;
}

/**
 * The number T of true states of a rollout: options.teacherSteps as given, or T = teacherStepsFor(teacherRatio, L)
 * (ceil(teacherRatio L), clamped to [1, L]; teacherRatio @default 0.5). The two options are exclusive.
 *
 * @param where - calling function, for the message
 * @param options - `{ teacherRatio }` in [0, 1] or `{ teacherSteps }`, an integer in [1, L]
 * @param L - sequence length (number of states), integer >= 0
 * @returns T, an integer in [1, L] (0 when L = 0)
 * @throws TypeError when both options are given or options is not an object; RangeError for teacherRatio outside
 *   [0, 1] or teacherSteps outside [1, L]
 * @example
 *   resolveTeacherSteps('rolloutChannels', {}, 100) === 50; // teacherRatio 0.5
 *   resolveTeacherSteps('rolloutChannels', { teacherRatio: 0.25 }, 10) === 3; // ceil(2.5)
 *   resolveTeacherSteps('rolloutChannels', { teacherSteps: 30 }, 100) === 30;
 * @see arXiv:2407.09375
 * @internal
 */
export function resolveTeacherSteps(
  where: string,
  options: { teacherRatio?: number; teacherSteps?: number },
  L: number,
): number {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${where}: options must be an object, got ${String(options)}`);
  }
  if (options.teacherSteps !== undefined) {
    if (options.teacherRatio !== undefined) {
      throw new TypeError(`${where}: give options.teacherRatio or options.teacherSteps, not both`);
    }
    const T = requireInteger(where, 'options.teacherSteps', options.teacherSteps, L === 0 ? 0 : 1);
    if (T > L) throw new RangeError(`${where}: options.teacherSteps must be <= L = ${L}, got ${T}`);
    return T;
  }
  const ratio = requireInRange(where, 'options.teacherRatio', options.teacherRatio ?? 0.5, 0, 1);
  return teacherStepsFor(ratio, L);
}
