import type { Matrix } from '../linalg/matrix.ts';
import { identity } from '../linalg/matrix.ts';
import { add, sub } from '../linalg/elementwise.ts';
import { expm } from '../linalg/expm.ts';
import { lu, luSolveMatrix } from '../linalg/lu.ts';
import { matmul } from '../linalg/matmul.ts';
import { transpose } from '../linalg/transpose.ts';
import { requireInRange, requireOneOf, requireOptions, requirePositive } from '../util/validate.ts';
import { fohMatrices, zohMatrices } from './holdMatrices.ts';
import { requireSystem } from './requireSystem.ts';
import { makeSystem } from './ss.ts';
import type { LtiSystem } from './types.ts';

/** The methods of {@link cont2discrete}, as scipy.signal.cont2discrete names them. */
export type C2dMethod = 'zoh' | 'foh' | 'bilinear' | 'euler' | 'backward_diff' | 'gbt' | 'impulse';

/** The accepted method names, for validation and the CLI. */
export const C2D_METHODS: readonly C2dMethod[] = Object.freeze([
  'zoh',
  'foh',
  'bilinear',
  'euler',
  'backward_diff',
  'gbt',
  'impulse',
] as const);

/** Options of {@link cont2discrete}. */
export interface Cont2discreteOptions {
  /** the GBT weight in [0, 1], required by (and only accepted with) method 'gbt'; @default undefined */
  alpha?: number;
}

/** Ad, Bd, Cd, Dd of the generalized bilinear transform with weight alpha. */
function gbt(sys: LtiSystem, dt: number, alpha: number): [Matrix, Matrix, Matrix, Matrix] {
  const N = sys.A.rows;
  const I = identity(N);
  const aA = { rows: N, cols: N, data: sys.A.data.map((a) => alpha * dt * a) };
  const bA = { rows: N, cols: N, data: sys.A.data.map((a) => (1 - alpha) * dt * a) };
  const f = lu(sub(I, aA)); // I - alpha dt A
  const Ad = luSolveMatrix(f, add(I, bA));
  const Bd = luSolveMatrix(f, { rows: N, cols: sys.B.cols, data: sys.B.data.map((b) => dt * b) });
  // Cd = C (I - alpha dt A)^-1, i.e. (I - alpha dt A)^T Cd^T = C^T
  const Cd = transpose(luSolveMatrix(lu(transpose(sub(I, aA))), transpose(sys.C)));
  const CBd = matmul(sys.C, Bd);
  const Dd = { rows: sys.D.rows, cols: sys.D.cols, data: sys.D.data.map((d, i) => d + alpha * CBd.data[i]) };
  return [Ad, Bd, Cd, Dd];
}

/**
 * Discretizes a continuous system with step dt, as scipy.signal.cont2discrete does (same methods, same formulas),
 * returning the discrete system { A: Ad, B: Bd, C: Cd, D: Dd, dt }:
 *
 * - 'zoh' (zero-order hold, exact for piecewise-constant input): [[Ad, Bd], [0, I]] = exp([[A, B], [0, 0]] dt),
 *   Cd = C, Dd = D.
 * - 'foh' (first-order hold, exact for piecewise-linear input; Franklin, Powell & Workman): with Phi, Gamma1, Gamma2
 *   the first block row of exp([[A dt, B dt, 0], [0, 0, I], [0, 0, 0]]): Ad = Phi, Bd = Gamma1 - Gamma2 + Phi Gamma2,
 *   Cd = C, Dd = D + C Gamma2 (the state is shifted by Gamma2 u_k so that y_k keeps the form C x_k + D u_k).
 * - 'gbt' with alpha in [0, 1] (generalized bilinear transform, Zhang, Chen & Chen 2009):
 *   Ad = (I - alpha dt A)^-1 (I + (1 - alpha) dt A), Bd = (I - alpha dt A)^-1 dt B, Cd = C (I - alpha dt A)^-1,
 *   Dd = D + alpha C Bd; 'bilinear' (Tustin) is alpha = 1/2, 'euler' (forward difference) alpha = 0,
 *   'backward_diff' alpha = 1.
 * - 'impulse' (impulse invariance, strictly proper systems only, D = 0): Ad = e^{A dt}, Bd = e^{A dt} B dt, Cd = C,
 *   Dd = C B dt, so the discrete impulse response is dt times the sampled continuous one.
 *
 * Differences from scipy: dt must be > 0 (scipy accepts any float); `alpha` given with a method other than 'gbt' is
 * refused (scipy ignores it); 'impulse' requires D exactly 0 (scipy tolerates |D| up to ~1e-8 and drops it).
 *
 * @param sys - continuous system (from ss, or { A, B, C, D } without dt), shapes A [N, N], B [N, M], C [P, N], D [P, M]
 * @param dt - the step, finite and > 0
 * @param method - one of C2D_METHODS; @default 'zoh'
 * @param options - {@link Cont2discreteOptions} (`alpha` for 'gbt')
 * @returns the discrete system (frozen; its A, B, C, D are scipy's Ad, Bd, Cd, Dd)
 * @throws RangeError for a discrete sys, dt <= 0, an unknown method (naming the choices), a missing or out-of-range
 *   alpha for 'gbt', alpha with another method, nonzero D with 'impulse', or an exactly singular I - alpha dt A;
 *   TypeError for a malformed system
 * @example
 * const sys = ss([[0, 1], [-10, -3]], [0, 10], [1, 0], 0);
 * const zoh = cont2discrete(sys, 0.1); // zero-order hold
 * const tustin = cont2discrete(sys, 0.1, 'bilinear');
 * const gbt = cont2discrete(sys, 0.1, 'gbt', { alpha: 0.5 }); // the same as 'bilinear'
 * zoh.dt === 0.1 && Math.abs(tustin.A.data[0] - gbt.A.data[0]) < 1e-15;
 * @see scipy.signal.cont2discrete (docs.scipy.org); G. Zhang, X. Chen, T. Chen, Int. J. Control 82(4), 2009;
 *   arXiv:2407.09375
 */
export function cont2discrete(
  sys: unknown,
  dt: number,
  method: C2dMethod = 'zoh',
  options: Cont2discreteOptions = {},
): LtiSystem {
  const where = 'cont2discrete';
  const s = requireSystem(where, sys, 'continuous');
  requirePositive(where, 'dt', dt);
  requireOneOf(where, 'method', method, C2D_METHODS);
  options = requireOptions(where, options);
  if (method !== 'gbt' && options.alpha !== undefined) {
    throw new RangeError(
      `${where}: options.alpha is only used by method 'gbt' (got method '${method}' with alpha ${options.alpha})`,
    );
  }
  let Ad: Matrix;
  let Bd: Matrix;
  let Cd: Matrix = s.C;
  let Dd: Matrix = s.D;
  if (method === 'zoh') {
    ({ Phi: Ad, Gamma: Bd } = zohMatrices(s.A, s.B, dt));
  } else if (method === 'foh') {
    const { Phi, Gamma1, Gamma2 } = fohMatrices(s.A, s.B, dt);
    Ad = Phi;
    Bd = add(sub(Gamma1, Gamma2), matmul(Phi, Gamma2));
    Dd = add(s.D, matmul(s.C, Gamma2));
  } else if (method === 'impulse') {
    const nonzero = s.D.data.findIndex((d) => d !== 0);
    if (nonzero >= 0) {
      const M = s.D.cols;
      throw new RangeError(
        `${where}: method 'impulse' needs a strictly proper system (D = 0); D[${Math.floor(nonzero / M)}][${nonzero % M}] = ${s.D.data[nonzero]}`,
      );
    }
    Ad = expm({ rows: s.A.rows, cols: s.A.cols, data: s.A.data.map((a) => a * dt) });
    Bd = matmul(Ad, { rows: s.B.rows, cols: s.B.cols, data: s.B.data.map((b) => b * dt) });
    const CB = matmul(s.C, s.B);
    Dd = { rows: CB.rows, cols: CB.cols, data: CB.data.map((v) => v * dt) };
  } else {
    const alpha =
      method === 'gbt'
        ? requireAlpha(where, options.alpha)
        : method === 'bilinear'
          ? 0.5
          : method === 'euler'
            ? 0
            : 1;
    [Ad, Bd, Cd, Dd] = gbt(s, dt, alpha);
  }
  return makeSystem(where, '', Ad, Bd, Cd, Dd, dt);
}

function requireAlpha(where: string, alpha: unknown): number {
  if (alpha === undefined) {
    throw new RangeError(
      `${where}: method 'gbt' needs options.alpha in [0, 1] (0 euler, 0.5 bilinear, 1 backward)`,
    );
  }
  return requireInRange(where, 'options.alpha', alpha, 0, 1);
}
