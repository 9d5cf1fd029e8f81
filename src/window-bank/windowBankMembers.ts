import { requireFiniteArray, requireInteger, requireOptions, requirePositive } from '../util/validate.ts';

/** The default state sizes of a bank (the N axis of experiments/window). @internal */
export const DEFAULT_NS: readonly number[] = Object.freeze([1, 2, 3, 4, 6, 9, 13, 17, 25, 33]);

/** Options of {@link windowBankMembers}. */
export interface WindowBankMembersOptions {
  /** smallest window, in time units (> 0) @default 10 dt */
  thetaMin?: number;
  /** largest window (>= thetaMin), typically the whole context L dt @default 1 */
  thetaMax?: number;
  /** number of windows, geometric from thetaMin to thetaMax (integer >= 1) @default 13 */
  count?: number;
  /**
   * instead of the N grid `Ns`: target values of rho = N^2 dt / (2 theta) = D dt/2 (each in (0, 1)), one member per
   * distinct N (a smaller bank; the trapezoid needs rho < 1 and measured errors are smallest around rho ~ 0.05-0.45,
   * but the optimum in N is sharp, so a few ratios can miss it by 3x or more)
   * @default undefined (use Ns)
   */
  ratios?: readonly number[];
  /** largest N with `ratios` (integer >= 1) @default 33 */
  maxN?: number;
  /**
   * the state sizes: every window gets every N of the list with N^2 dt / (2 theta) < maxRatio (ignored when
   * `ratios` is given); the default is the (theta, N) grid of experiments/window
   * @default [1, 2, 3, 4, 6, 9, 13, 17, 25, 33]
   */
  Ns?: readonly number[];
  /** with `Ns`: the largest N^2 dt / (2 theta) admitted, in (0, 1] @default 1 */
  maxRatio?: number;
}

/**
 * The (theta, N) pairs of a window bank: windows theta_i geometric from thetaMin to thetaMax, and for each window
 * every N of `Ns` with N^2 dt / (2 theta) < maxRatio (the trapezoid's condition D dt/2 < 1 for LegT); or, with
 * `ratios`, the state sizes N = max(1, min(maxN, round(sqrt(2 rho theta / dt)))) for every target rho, lowered
 * until N^2 dt / (2 theta) < 1, duplicates removed.
 *
 * @param dt - step (> 0)
 * @param options - thetaMin (default 10 dt), thetaMax (default 1), count (default 13), Ns (default
 *   [1, 2, 3, 4, 6, 9, 13, 17, 25, 33]), maxRatio (default 1), or ratios with maxN (default 33)
 * @returns the pairs, ordered by theta then N
 * @throws RangeError for dt <= 0, thetaMin <= 0, thetaMax < thetaMin, count < 1, maxN < 1, a ratio outside (0, 1),
 *   an N of `Ns` that is not an integer >= 1, or maxRatio outside (0, 1]
 * @example windowBankMembers(1e-4, { thetaMin: 1e-3, thetaMax: 1, count: 4 }) // theta 1e-3, 1e-2, 1e-1, 1
 * @see arXiv:2407.09375
 */
export function windowBankMembers(
  dt: number,
  options: WindowBankMembersOptions = {},
): { theta: number; N: number }[] {
  options = requireOptions('windowBankMembers', options);
  const where = 'windowBankMembers';
  requirePositive(where, 'dt', dt);
  const thetaMin = requirePositive(where, 'thetaMin', options.thetaMin ?? 10 * dt);
  const thetaMax = requirePositive(where, 'thetaMax', options.thetaMax ?? 1);
  if (thetaMax < thetaMin) {
    throw new RangeError(`${where}: thetaMax must be >= thetaMin = ${thetaMin}, got ${thetaMax}`);
  }
  const count = requireInteger(where, 'count', options.count ?? 13, 1);
  const maxN = requireInteger(where, 'maxN', options.maxN ?? 33, 1);
  const ratios = requireFiniteArray(where, 'ratios', options.ratios ?? []);
  ratios.forEach((r, i) => {
    if (!(r > 0 && r < 1)) throw new RangeError(`${where}: ratios[${i}] must be in (0, 1), got ${r}`);
  });
  const grid =
    options.ratios === undefined
      ? (options.Ns ?? DEFAULT_NS).map((N, i) => requireInteger(where, `Ns[${i}]`, N, 1))
      : null;
  const maxRatio = requirePositive(where, 'maxRatio', options.maxRatio ?? 1);
  if (maxRatio > 1) throw new RangeError(`${where}: maxRatio must be in (0, 1], got ${maxRatio}`);
  const out: { theta: number; N: number }[] = [];
  for (let i = 0; i < count; i++) {
    const theta = count === 1 ? thetaMin : thetaMin * (thetaMax / thetaMin) ** (i / (count - 1));
    if (grid) {
      for (const N of [...new Set(grid)].sort((a, b) => a - b)) {
        if ((N * N * dt) / (2 * theta) < maxRatio) out.push({ theta, N });
      }
      continue;
    }
    const Ns = new Set<number>();
    for (const rho of ratios) {
      let N = Math.max(1, Math.min(maxN, Math.round(Math.sqrt((2 * rho * theta) / dt))));
      while (N > 1 && (N * N * dt) / (2 * theta) >= 1) N--;
      if ((N * N * dt) / (2 * theta) < 1) Ns.add(N);
    }
    for (const N of [...Ns].sort((a, b) => a - b)) out.push({ theta, N });
  }
  return out;
}
