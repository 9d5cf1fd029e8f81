import { requireInteger, requirePositive } from '../util/validate.ts';
import { closedLoopRadius } from './closedLoop.ts';
import type { DiscretePredictor } from './types.ts';

/** Options of {@link stabilizeClosedLoop}. */
export interface StabilizeOptions {
  /**
   * accepted excess of the closed-loop radius, rho <= 1 + tolerance: the loop always keeps the eigenvalue 1 of the
   * constants (exact in the predictor), computed to ~1e-12 when it is simple; where it sits in a cluster at 1 (LegT
   * N <= 2 loops are nearly exact for ramps too) rounding moves it by up to ~1e-7, so gamma may settle a hair below
   * 1 there. (1 + 1e-9)^k stays below 1 + 1e-5 over k = 10^4 free-running steps
   * @default 1e-9
   */
  tolerance?: number;
  /** bisection steps on gamma (its resolution is 2^-steps) @default 30 */
  steps?: number;
}

/** A predictor with a stable closed loop, as {@link stabilizeClosedLoop} returns it. */
export interface StabilizedPredictor extends DiscretePredictor {
  /** weight of the construction's output rule in the blend with copy-last (1: unchanged) */
  readonly gamma: number;
  /** closed-loop spectral radius of this predictor (<= 1 + tolerance) */
  readonly radius: number;
  /** closed-loop spectral radius of the input predictor */
  readonly plainRadius: number;
}

/**
 * The construction with a stable autoregressive closed loop: its output rule blended with copy-last,
 *
 *   uhat_{k+1} = gamma Cbar x_{k+1} + (1 + gamma (Dbar - 1)) u_k,   i.e.   Cbar' = gamma Cbar,  Dbar' = 1 + gamma (Dbar - 1),
 *
 * with the largest gamma in [0, 1] (found by bisection) whose closed loop (closedLoopMatrix) has spectral radius
 * rho <= 1 + tolerance; gamma = 1 (the input unchanged) when its loop is already stable. The state update
 * (Abar, Bbar) is untouched. Why it exists: gamma = 0 is copy-last, whose loop [[Abar, Bbar], [0, 1]] has
 * rho = max(rho(Abar), 1) = 1 for a stable discretisation (bilinear LegT: rho(Abar) < 1), so the bisection keeps
 * a stable lower end; and the blend stays exact on constants (Cbar x* + Dbar = 1 at the steady state
 * x* = (I - Abar)^-1 Bbar of a constant input implies gamma Cbar x* + 1 + gamma (Dbar - 1) = 1), so the loop's
 * eigenvalue 1 (a constant forecast) is kept and rho cannot go below 1. The price is the one-step error: the
 * derivative term is scaled by gamma (gamma ~ 0.3-0.8 for LegT N >= 3, see the forecast measurement script).
 *
 * @param p - LTI DiscretePredictor (e.g. from prophecy), Abar [N, N]
 * @param options - tolerance (@default 1e-9), steps (@default 30)
 * @returns a frozen StabilizedPredictor: the DiscretePredictor fields (Cbar, Dbar blended) plus gamma, radius,
 *   plainRadius
 * @throws TypeError for a time-varying (LegS) predictor; RangeError for tolerance <= 0, steps not an integer >= 1,
 *   or a state update whose own loop is unstable (rho of copy-last > 1 + tolerance: no gamma works)
 * @example
 *   const p = prophecy(hippo('legt', 6, { theta: 0.064 }), { dt: 1e-3 });
 *   closedLoopRadius(p) > 1.01; // the plain loop amplifies errors ~1 % per step
 *   const s = stabilizeClosedLoop(p);
 *   s.radius <= 1 + 1e-9 && s.gamma > 0 && s.gamma < 1;
 * @see arXiv:2407.09375
 */
export function stabilizeClosedLoop(
  p: DiscretePredictor,
  options: StabilizeOptions = {},
): StabilizedPredictor {
  const where = 'stabilizeClosedLoop';
  const tolerance = requirePositive(where, 'tolerance', options.tolerance ?? 1e-9);
  const steps = requireInteger(where, 'steps', options.steps ?? 30, 1);
  const blend = (gamma: number): DiscretePredictor => ({
    ...p,
    Cbar: p.Cbar.map((c) => gamma * c),
    Dbar: 1 + gamma * (p.Dbar - 1),
  });
  const plainRadius = closedLoopRadius(p);
  const stable = (r: number) => r <= 1 + tolerance;
  let gamma = 1;
  let radius = plainRadius;
  if (!stable(plainRadius)) {
    const copyLast = closedLoopRadius(blend(0));
    if (!stable(copyLast)) {
      throw new RangeError(
        `${where}: the state update itself is unstable: copy-last's closed loop has radius ${copyLast} > 1 + ` +
          `${tolerance} (rho(Abar) > 1; use a stable discretisation such as 'bilinear')`,
      );
    }
    let lo = 0;
    let hi = 1;
    radius = copyLast;
    for (let i = 0; i < steps; i++) {
      const mid = (lo + hi) / 2;
      const r = closedLoopRadius(blend(mid));
      if (stable(r)) {
        lo = mid;
        radius = r;
      } else {
        hi = mid;
      }
    }
    gamma = lo;
  }
  const out = gamma === 1 ? p : blend(gamma);
  return Object.freeze({ ...out, gamma, radius, plainRadius });
}
