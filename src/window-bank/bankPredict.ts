import { predictNextBatch } from '../ssm/index.ts';
import type { PredictMode } from '../ssm/index.ts';
import { combineOnline } from './combineOnline.ts';
import type { BankPrediction, CombineOptions, WindowBank } from './types.ts';

/** Options of {@link bankPredict}: the combiner's and the evaluation mode of the members. */
export interface BankPredictOptions extends CombineOptions {
  /** how each member is evaluated (see predictNext) @default 'auto' */
  mode?: PredictMode;
}

/**
 * One-step predictions of a window bank on each sequence of a batch (teacher forcing): every member runs on the
 * whole batch with predictNextBatch (one kernel spectrum per member shared by the batch on the FFT path), then
 * combineOnline chooses or weights, per sequence and per step, from each member's recent one-step errors.
 *
 * @param bank - from windowBank
 * @param us - sequences, each shape [L_b], finite
 * @param options - forgetting (default 0.95), weighting (default 'softmin'), temperature (default 0.25), mode
 *   (default 'auto')
 * @returns per sequence `{ prediction [L_b], leader [L_b] }` (memory: all members' predictions of the batch are held
 *   until combined, P B L numbers)
 * @throws as predictNextBatch and combineOnline; TypeError for a malformed bank
 * @example
 * const u = Float64Array.from({ length: 2000 }, (_, k) => Math.sin(2 * Math.PI * k * 1e-3));
 * const [r] = bankPredict(windowBank(1e-3), [u]); // r.prediction[k] ~ u[k + 1]
 * oneStepError(r.prediction, u, { window: 'second-half' }) < 1e-3 * oneStepError(copyLast(u), u, { window: 'second-half' })
 * @see arXiv:2407.09375
 */
export function bankPredict(
  bank: WindowBank,
  us: readonly ArrayLike<number>[],
  options: BankPredictOptions = {},
): BankPrediction[] {
  const where = 'bankPredict';
  if (
    typeof bank !== 'object' ||
    bank === null ||
    !Array.isArray(bank.members) ||
    bank.members.length === 0
  ) {
    throw new TypeError(`${where}: bank must come from windowBank (a non-empty members array)`);
  }
  if (!Array.isArray(us)) throw new TypeError(`${where}: us must be an array of sequences, got ${typeof us}`);
  const { mode = 'auto', ...combine } = options;
  const perMember = bank.members.map((m) => predictNextBatch(m.predictor, us, { mode }));
  return us.map((u, b) =>
    combineOnline(
      perMember.map((p) => p[b]),
      u,
      combine,
    ),
  );
}
