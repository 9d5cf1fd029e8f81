import { scan } from '../ssm/index.ts';
import { requireInteger } from '../util/validate.ts';
import { requireChannels } from './requireChannels.ts';
import type { PredictorBank } from './types.ts';

/**
 * Forecast of the next `horizon` states from a prefix of T true states: every channel ingests its T true values,
 * then is fed its own predictions,
 *
 *   forecast[h][j] = uhat^h_{T+j}   (j = 0..horizon-1),
 *
 * i.e. out[h][T - 1 + j] of {@link rolloutChannels} run with teacherSteps T on a sequence of length
 * T + horizon - 1 (forecast[h][0] is the one-step prediction of u_T, later entries are free-running).
 *
 * @param bank - PredictorBank with H channels
 * @param prefix - H sequences of the same length T >= 1 (the true states u_0..u_{T-1})
 * @param horizon - number of forecast states, integer >= 1
 * @returns forecast, H arrays of shape [horizon]
 * @throws TypeError for a wrong number of channels or unequal lengths; RangeError for non-finite entries, an empty
 *   prefix or horizon < 1
 * @example
 *   const dt = 0.005;
 *   const bank = predictorBank(2, { N: 6, theta: 0.2, dt });
 *   const t = Float64Array.from({ length: 100 }, (_, k) => k * dt); // T = 100 true states of (sin, cos)
 *   const prefix = [t.map((s) => Math.sin(2 * Math.PI * s)), t.map((s) => Math.cos(2 * Math.PI * s))];
 *   const f = forecastChannels(bank, prefix, 10); // predicts u_100..u_109 of both channels
 *   f.length === 2 && f[0].length === 10;
 *   Math.abs(f[1][0] - Math.cos(2 * Math.PI * 100 * dt)) < 1e-3; // f[h][0] is the one-step prediction of u_T
 * @see arXiv:2407.09375
 */
export function forecastChannels(
  bank: PredictorBank,
  prefix: readonly ArrayLike<number>[],
  horizon: number,
): Float64Array[] {
  const where = 'forecastChannels';
  const { views, L: T } = requireChannels(where, bank, prefix);
  if (T < 1) throw new RangeError(`${where}: the prefix must hold at least one state, got length ${T}`);
  requireInteger(where, 'horizon', horizon, 1);
  const len = T + horizon - 1;
  const out: Float64Array[] = new Array(bank.H);
  for (const group of bank.groups) {
    const padded = group.map((h) => {
      const u = new Float64Array(len);
      u.set(views[h]);
      return u;
    });
    const res = scan(bank.predictors[group[0]], padded, { teacherSteps: T });
    group.forEach((h, i) => {
      out[h] = res[i].slice(T - 1, T - 1 + horizon);
    });
  }
  return out;
}
