import type { DiscretePredictor, DiscretizationMethod, OutputRule } from '../construction/types.ts';
import type { HippoOperator } from '../hippo/types.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { requireSystem } from '../lti/requireSystem.ts';
import { toMatrix } from '../lti/toMatrix.ts';
import type { LtiSystem, MatrixInput } from '../lti/types.ts';
import { requirePositive } from '../util/validate.ts';
import { requirePredictor } from './requirePredictor.ts';

/**
 * A hand-made discrete SISO system in the predictor's convention (the output reads the NEXT state):
 *
 *   x_{k+1} = Abar x_k + Bbar u_k,   out_k = Cbar x_{k+1} + Dbar u_k.
 *
 * Abar [N, N] (Matrix or nested rows), Bbar and Cbar length-N vectors (flat, or [N, 1] / [1, N]), Dbar a number;
 * dt is optional (it does not enter the arithmetic) but, when given, must be > 0.
 */
export interface BarSystem {
  readonly Abar: MatrixInput;
  readonly Bbar: MatrixInput;
  readonly Cbar: MatrixInput;
  readonly Dbar: MatrixInput;
  readonly dt?: number;
}

/**
 * What scan, kernel, predictNext, predictNextBatch, fftPredict and rollout accept: a DiscretePredictor (from
 * prophecy), a discrete SISO {@link LtiSystem} (ss(..., { dt }) or { A, B, C, D, dt }: standard form, out_k = y_k =
 * C x_k + D u_k) or a {@link BarSystem} { Abar, Bbar, Cbar, Dbar } (predictor form).
 */
export type PredictorLike = DiscretePredictor | LtiSystem | DiscreteSsObject | BarSystem;

/** A plain discrete state-space object in standard form (any MatrixInput forms, D omitted = 0), SISO. */
export interface DiscreteSsObject {
  readonly A: MatrixInput;
  readonly B: MatrixInput;
  readonly C: MatrixInput;
  readonly D?: MatrixInput;
  readonly dt: number;
}

const adapted = new WeakMap<object, DiscretePredictor>();

/** The sentinel operator of an adapted system: LTI, no basis (and the predictor carries no legtFactor). */
function systemOperator(N: number, A: Matrix, B: Float64Array, dt: number): HippoOperator {
  return Object.freeze({
    measure: 'lti' as HippoOperator['measure'],
    N,
    theta: dt,
    A,
    B,
    endpoint: new Float64Array(N),
    timeVarying: false,
    readout: null,
    description: 'a generic discrete LTI system adapted to the predictor runners (not a HiPPO operator)',
    basis(): Matrix {
      throw new TypeError('this predictor was adapted from a generic LTI system: it has no HiPPO basis');
    },
  });
}

function predictorOf(op: HippoOperator, dt: number, A: Matrix, B: Float64Array, C: Float64Array, D: number) {
  return Object.freeze({
    op,
    dt,
    // not a discretization of a HiPPO operator: sentinel values that no runner path matches
    discretization: 'none' as unknown as DiscretizationMethod,
    output: 'none' as unknown as OutputRule,
    authorsFirstStep: false,
    C: new Float64Array(C.length),
    D: 0,
    Abar: A,
    Bbar: B,
    Cbar: C,
    Dbar: D,
  }) as DiscretePredictor;
}

/** A length-N vector from a flat array or an [N, 1] / [1, N] matrix. */
function vector(where: string, name: string, value: MatrixInput, N: number): Float64Array {
  const m = toMatrix(where, name, value, 'column');
  if (m.rows * m.cols !== N || (m.rows !== 1 && m.cols !== 1)) {
    throw new TypeError(
      `${where}: ${name} must be a vector of length N = ${N}, got shape [${m.rows}, ${m.cols}]`,
    );
  }
  return m.data;
}

/**
 * A predictor in the predictor form for anything {@link PredictorLike} (the adapter behind the runners' generic
 * systems):
 *
 * - a DiscretePredictor (it has `op`) is validated and returned as is, so prophecy predictors run exactly as before;
 * - { Abar, Bbar, Cbar, Dbar } (predictor form) is taken as it is: out_k = Cbar x_{k+1} + Dbar u_k;
 * - a discrete SISO system (A, B, C, D) in standard form, y_k = C x_k + D u_k, becomes the predictor form through the
 *   input-augmented state z_{k+1} = [x_k; u_k] (N + 1 states, no inverse of A):
 *
 *     Abar = [[A, B], [0, 0]],   Bbar = [0; 1],   Cbar = [C, D],   Dbar = 0,
 *
 *   so out_k = Cbar z_{k+1} = C x_k + D u_k = y_k, and the kernel Cbar Abar^j Bbar is the system's Markov parameters
 *   h_0 = D, h_j = C A^{j-1} B (the FFT path convolves with them).
 *
 * Systems built by ss (frozen) are adapted once and cached, so the FFT path's kernel cache carries over between
 * calls; plain objects are adapted on every call (they may change).
 *
 * @param where - calling function, for messages
 * @param system - the candidate
 * @returns a DiscretePredictor the runners can use
 * @throws RangeError for a continuous system (pointing to cont2discrete), non-finite entries or a bad dt; TypeError for
 *   a MIMO system (pointing to dlsim) or malformed matrices
 * @example
 * const p = asPredictor('scan', { Abar: [[0.5]], Bbar: [1], Cbar: [1], Dbar: 0 });
 * p.Abar.rows === 1;
 * const q = asPredictor('scan', ss([[0.5]], [1], [1], 0, { dt: 1 })); // standard form: N + 1 = 2 states
 * q.Abar.rows === 2;
 * @see arXiv:2407.09375
 * @internal
 */
export function asPredictor(where: string, system: unknown): DiscretePredictor {
  if (typeof system !== 'object' || system === null) {
    throw new TypeError(
      `${where}: predictor must be a DiscretePredictor or a discrete SISO system, got ${system === null ? 'null' : typeof system}`,
    );
  }
  if ('op' in system) return requirePredictor(where, system);
  const hit = adapted.get(system);
  if (hit) return hit;
  const p = 'Abar' in system ? fromBars(where, system as BarSystem) : fromStandard(where, system);
  requirePredictor(where, p);
  if (Object.isFrozen(system)) adapted.set(system, p);
  return p;
}

function fromBars(where: string, s: BarSystem): DiscretePredictor {
  const A = toMatrix(where, 'predictor.Abar', s.Abar, 'none');
  if (A.rows !== A.cols || A.rows < 1) {
    throw new TypeError(
      `${where}: predictor.Abar must be square with N >= 1, got shape [${A.rows}, ${A.cols}]`,
    );
  }
  const N = A.rows;
  const B = vector(where, 'predictor.Bbar', s.Bbar, N);
  const C = vector(where, 'predictor.Cbar', s.Cbar, N);
  const D = toMatrix(where, 'predictor.Dbar', s.Dbar, 'none');
  if (D.rows !== 1 || D.cols !== 1) throw new TypeError(`${where}: predictor.Dbar must be a number (1 x 1)`);
  if (s.dt === null) {
    throw new RangeError(
      `${where}: predictor.dt is null (a continuous system): discretize it with cont2discrete, or leave dt out`,
    );
  }
  const dt = s.dt === undefined ? 1 : requirePositive(where, 'predictor.dt', s.dt);
  return predictorOf(systemOperator(N, A, B, dt), dt, A, B, C, D.data[0]);
}

function fromStandard(where: string, system: object): DiscretePredictor {
  const s = requireSystem(where, system, 'discrete', 'predictor');
  const N = s.A.rows;
  if (s.B.cols !== 1 || s.C.rows !== 1) {
    throw new TypeError(
      `${where}: the system has M = ${s.B.cols} inputs and P = ${s.C.rows} outputs; ${where} runs single-input ` +
        `single-output systems: use dlsim for MIMO`,
    );
  }
  const n = N + 1;
  const A = { rows: n, cols: n, data: new Float64Array(n * n) };
  for (let i = 0; i < N; i++) {
    A.data.set(s.A.data.subarray(i * N, (i + 1) * N), i * n);
    A.data[i * n + N] = s.B.data[i];
  }
  const B = new Float64Array(n);
  B[N] = 1;
  const C = new Float64Array(n);
  C.set(s.C.data);
  C[N] = s.D.data[0];
  return predictorOf(systemOperator(n, A, B, s.dt as number), s.dt as number, A, B, C, 0);
}
