import {
  discretize,
  discretizeOutput,
  legsStep,
  OUTPUT_RULES,
  trapezoidDtBound,
  trapezoidIsValid,
} from '../discretize/index.ts';
import { TRAPEZOID_MARGIN } from '../discretize/discretizeOutput.ts';
import { requireMemory } from '../limits/memoryBudget.ts';
import { NonFiniteError, requireFiniteResult } from '../limits/nonFinite.ts';
import type { HippoOperator } from '../hippo/types.ts';
import { requireOneOf, requireOptions, requirePositive } from '../util/validate.ts';
import { derivativeReadout } from './derivativeReadout.ts';
import { legsOutputStep } from './legsOutputStep.ts';
import { LEGT_FAST_MIN_N, legtBilinearDiscretizeFactored } from './legtBilinearDiscretize.ts';
import type { LegtBilinearFactor } from './legtBilinearFactor.ts';
import { legtStructure } from './legtStructure.ts';
import { requireOperator } from './requireOperator.ts';
import type { DiscretePredictor, DiscretizationMethod, OutputRule } from './types.ts';

/**
 * N^2 float64 arrays a dense discretization holds at its peak besides op.A (measured: Abar, the LU factors and the
 * solve's copies; ZOH's block exponential needs more), for the memory check.
 */
const WORKING_COPIES = { dense: 4, zoh: 9 } as const;

/** Options of {@link prophecy}. */
export interface ProphecyOptions {
  /** step between samples (finite, > 0); the authors use dt = 1/T with T the context length and theta = 1 */
  dt: number;
  /**
   * How (A, B) is discretized: 'forward' | 'backward' | 'bilinear' | 'zoh' | { gbt: alpha }.
   * @default 'bilinear'
   */
  discretization?: DiscretizationMethod;
  /**
   * How the derivative readout becomes a next-value output: 'trapezoid' (Cbar = dt C/(1 - D dt/2),
   * Dbar = (1 + D dt/2)/(1 - D dt/2)) or 'forward-euler' (Cbar = dt C, Dbar = 1, the authors' FouT output rule).
   * A measure with its own readout (op.readout, 'fout-authors') fixes the rule: only that one is accepted.
   * @default 'trapezoid', or op.readout.output
   */
  output?: OutputRule;
  /**
   * The authors' first-step quirk (stored only; the scan applies it, see {@link predictorStep}): at k = 0 the output
   * uses one C term instead of two, uhat_1 = (Cbar/2) x_1 + Dbar u_0. Refused for a measure with its own readout.
   * @default false
   */
  authorsFirstStep?: boolean;
}

/**
 * The explicit next-value predictor of HiPPO-Prophecy (paper-notes section 4): the HiPPO operator discretized, with
 * the derivative readout (C, D) = (p^T A, p^T B) turned into a one-step-ahead output,
 *
 *   x_{k+1} = Abar x_k + Bbar u_k,   uhat_{k+1} = Cbar x_{k+1} + Dbar u_k,
 *   trapezoid: u_{k+1} = u_k + dt/2 (u'_k + u'_{k+1}) with both derivatives read from x_{k+1}, solved for u_{k+1}.
 *
 * The trapezoid output needs D dt/2 < 1 (LegT: N^2 dt/(2 theta) < 1); otherwise this throws rather than return a
 * predictor whose Dbar has the wrong sign (a margin of 1e-9 also refuses the rounding-level boundary case, where
 * 1 - D dt/2 ~ 1e-16 would give Dbar ~ 1e16).
 *
 * Authors' first-step quirk (`authorsFirstStep`, off by default), as read from the authors' public LegT code: the
 * state starts at x_0 = 0 and, at k = 0 only, the trapezoid's derivative at t_0 is read from x_0 (= 0) instead of
 * x_1, so u_1 = u_0 + dt/2 (C x_0 + D u_0 + C x_1 + D u_1) with x_0 = 0, i.e.
 *
 *   uhat_1 = (Cbar / 2) x_1 + Dbar u_0   (one C term; k >= 1 use Cbar x_{k+1} + Dbar u_k, "two C terms" 2 * Cbar/2).
 *
 * The flag is stored here; `predictorStep(p, 0)` returns the halved Cbar so a scan can apply it.
 *
 * LegT with the bilinear discretization carries its structure (legtStructure): the O(N) factor of M = I - dt/2 A as
 * `legtFactor`, which the runners use for O(N) steps; from N = LEGT_FAST_MIN_N on, Abar and Bbar are also computed
 * from it (legtBilinearDiscretize: Abar = 2 M^-1 - I, O(N^2)) instead of the O(N^3) dense LU; both agree to ~1e-15
 * relative.
 *
 * A measure that carries its own readout (op.readout non-null, 'fout-authors') is not the construction: its C, D and
 * output rule replace p^T A, p^T B (see derivativeReadout), `output` must be absent or equal to op.readout.output,
 * and `authorsFirstStep` must be false (the authors' FouT code applies its output rule at every step).
 *
 * LegS (op.timeVarying): Abar, Bbar are those of step k = 0 (legsStep(A, B, 0, method): Abar_0 = 0,
 * Bbar_0 = -A^-1 B) and Cbar, Dbar those of `legsOutputStep(C, D, 0, output)`; dt cancels (time counted in steps,
 * t_{k+1} = (k + 1) dt) and the D dt/2 check becomes N^2/(2(k+1)) < 1 per step. The scan must recompute every step
 * with {@link predictorStep} (legsStep + legsOutputStep).
 *
 * @param op - HiPPO operator, shapes A [N, N], B [N]
 * @param options - `dt` (required), `discretization` (default 'bilinear'), `output` (default 'trapezoid'),
 *   `authorsFirstStep` (default false)
 * @returns frozen {@link DiscretePredictor}: Abar [N, N], Bbar [N], Cbar [N], Dbar, and the continuous C, D
 * @throws RangeError when D dt/2 >= 1 - 1e-9 for the trapezoid output (naming N, theta, dt and the largest dt
 *   accepted, trapezoidDtBound), dt <= 0 or non-finite, an unknown discretization or output rule, an output rule or
 *   authorsFirstStep that a measure with its own readout does not use; NonFiniteError (a RangeError) when Abar,
 *   Bbar, Cbar or Dbar overflow float64 (e.g. dt = 1e308), naming the entry; MemoryBudgetError when the dense
 *   discretization's N^2 arrays exceed the memory budget; TypeError for a bad op, options or authorsFirstStep
 * @example
 *   prophecy(hippo('legt', 17), { dt: 1e-4 }).Dbar; // (1 + 0.01445) / (1 - 0.01445)
 *   const authors = prophecy(hippo('fout-authors', 17), { dt: 1e-4 }); // the authors' FouT predictor
 *   authors.output === 'forward-euler' && authors.Dbar === 1;
 * @see arXiv:2407.09375
 */
export function prophecy(op: HippoOperator, options: ProphecyOptions): DiscretePredictor {
  const where = 'prophecy';
  requireOperator(where, op);
  options = requireOptions(where, options);
  const dt = requirePositive(where, 'dt', options.dt);
  const discretization = options.discretization ?? 'bilinear';
  const own = op.readout ?? null;
  const output = requireOneOf(where, 'output', options.output ?? own?.output ?? 'trapezoid', OUTPUT_RULES);
  const authorsFirstStep = options.authorsFirstStep ?? false;
  if (typeof authorsFirstStep !== 'boolean') {
    throw new TypeError(`${where}: authorsFirstStep must be a boolean, got ${typeof authorsFirstStep}`);
  }
  if (own && output !== own.output) {
    throw new RangeError(
      `${where}: ${op.measure} carries its own readout and output rule '${own.output}' (not the p^T A construction); ` +
        `got output '${output}'`,
    );
  }
  if (own && authorsFirstStep) {
    throw new RangeError(
      `${where}: authorsFirstStep is the quirk of the authors' LegT code; ${op.measure} carries its own output rule, ` +
        `applied at every step, got authorsFirstStep true`,
    );
  }
  const { C, D } = derivativeReadout(op);
  let state: { Abar: DiscretePredictor['Abar']; Bbar: Float64Array };
  let out: { Cbar: Float64Array; Dbar: number };
  let legtFactor: LegtBilinearFactor | null = null;
  if (op.timeVarying) {
    state = legsStep(op.A, op.B, 0, discretization);
    out = legsOutputStep(C, D, 0, output);
  } else {
    const h = (D * dt) / 2;
    // a margin for round-off: p^T B is N^2 only up to rounding (sqrt(3)^2 != 3), and 1 - h ~ 1e-16 is garbage too
    if (output === 'trapezoid' && !trapezoidIsValid(h)) {
      const dbar = (1 + h) / (1 - h);
      throw new RangeError(
        `${where}: the trapezoid output needs D dt/2 < 1 - ${TRAPEZOID_MARGIN}, got D dt/2 = ${h} for ${op.measure} ` +
          `with N = ${op.N}, theta = ${op.theta}, dt = ${dt} (D = ${D}; Dbar would be ${Number.isFinite(dbar) ? dbar.toPrecision(4) : dbar}). ` +
          `Use dt < ${trapezoidDtBound(D)}, a smaller N or a larger theta.`,
      );
    }
    // dt A must be representable, or every discretization divides infinities (NaN pivots)
    let maxA = 0;
    for (const a of op.A.data) maxA = Math.max(maxA, Math.abs(a));
    if (!Number.isFinite(dt * maxA)) {
      throw new NonFiniteError(
        `${where}: dt A overflows float64 (dt = ${dt}, max |A_ij| = ${maxA} for ${op.measure} with N = ${op.N}, ` +
          `theta = ${op.theta}); use dt < ${Number.MAX_VALUE / maxA}`,
        'dt A',
        [],
        dt * maxA,
      );
    }
    // LegT bilinear: O(N^2) through the quasiseparable factor of I - dt/2 A instead of an O(N^3) LU
    legtFactor = legtStructure(op, discretization, dt);
    const fast = Boolean(legtFactor) && op.N >= LEGT_FAST_MIN_N;
    const copies = fast ? 1 : discretization === 'zoh' ? WORKING_COPIES.zoh : WORKING_COPIES.dense;
    requireMemory(
      where,
      `N = ${op.N} (Abar and the discretization's working copies, ${copies} N^2 float64)`,
      {
        bytes: 8 * copies * op.N * op.N,
      },
    );
    state =
      fast && legtFactor
        ? legtBilinearDiscretizeFactored(legtFactor)
        : discretize(op.A, op.B, dt, discretization);
    out = discretizeOutput(C, D, dt, output);
  }
  const method = typeof discretization === 'object' ? `gbt:${discretization.gbt}` : discretization;
  const hint =
    `the ${op.measure} predictor with N = ${op.N}, theta = ${op.theta}, dt = ${dt}, discretization ${method}, ` +
    `output ${output} overflows float64; use a smaller dt`;
  requireFiniteResult(where, 'Abar', state.Abar, hint);
  requireFiniteResult(where, 'Bbar', state.Bbar, hint);
  requireFiniteResult(where, 'Cbar', out.Cbar, hint);
  requireFiniteResult(where, 'Dbar', out.Dbar, hint);
  return Object.freeze({
    op,
    dt,
    discretization,
    output,
    authorsFirstStep,
    C,
    D,
    Abar: Object.freeze({ rows: state.Abar.rows, cols: state.Abar.cols, data: state.Abar.data }),
    Bbar: state.Bbar,
    Cbar: out.Cbar,
    Dbar: out.Dbar,
    ...(legtFactor ? { legtFactor } : {}),
  });
}
