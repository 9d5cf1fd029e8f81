import { prophecy } from '../construction/index.ts';
import { higherOrderPredictor } from '../higher-order/index.ts';
import { hippo } from '../hippo/index.ts';
import { requireInteger, requireOptions, requirePositive } from '../util/validate.ts';
import type { WindowBank } from './types.ts';
import { windowBankMembers } from './windowBankMembers.ts';
import type { WindowBankMembersOptions } from './windowBankMembers.ts';

/** Options of {@link windowBank}: the member grid (see windowBankMembers) and the members' output rule. */
export interface WindowBankOptions extends WindowBankMembersOptions {
  /**
   * readout order M of every member: 1 is the paper's trapezoid prophecy(op, { dt }); M >= 2 uses
   * higherOrderPredictor(op, { dt, order: M }) (the 'matched' rule)
   * @default 1
   */
  order?: number;
  /** explicit (theta, N) pairs instead of the generated grid (each N^2 dt/(2 theta) < 1) @default the grid */
  members?: readonly { theta: number; N: number }[];
}

/**
 * A bank of LegT next-value predictors with different windows, built for one step dt: member i is
 *
 *   prophecy(hippo('legt', N_i, { theta: theta_i }), { dt })      (or the higher-order rule for order >= 2)
 *
 * with (theta_i, N_i) from windowBankMembers (geometric windows from a few dt to the whole context, N such that
 * N^2 dt / (2 theta) < 1). The paper fixes theta = the whole context; a bank lets the context choose (bankPredict).
 *
 * @param dt - step (> 0)
 * @param options - the grid (thetaMin, thetaMax, count, ratios, maxN) or explicit `members`, and `order` (default 1)
 * @returns a frozen WindowBank
 * @throws RangeError for dt <= 0, order < 1, an empty bank, or a member refused by prophecy (D dt/2 >= 1)
 * @example const bank = windowBank(1e-4, { thetaMin: 1e-3, thetaMax: 1 }); // 13 windows x the default N grid: 103 members
 * @see arXiv:2407.09375
 */
export function windowBank(dt: number, options: WindowBankOptions = {}): WindowBank {
  options = requireOptions('windowBank', options);
  const where = 'windowBank';
  requirePositive(where, 'dt', dt);
  const order = requireInteger(where, 'order', options.order ?? 1, 1);
  const pairs = options.members ?? windowBankMembers(dt, options);
  if (pairs.length === 0)
    throw new RangeError(`${where}: the bank has no member (check thetaMin against dt)`);
  const members = pairs.map(({ theta, N }) => {
    const op = hippo('legt', N, { theta });
    const predictor = order === 1 ? prophecy(op, { dt }) : higherOrderPredictor(op, { dt, order });
    return Object.freeze({ theta, N, predictor });
  });
  return Object.freeze({ dt, order, members: Object.freeze(members) });
}
