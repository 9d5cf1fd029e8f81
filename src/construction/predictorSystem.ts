import { ss } from '../lti/ss.ts';
import type { LtiSystem } from '../lti/types.ts';
import type { DiscretePredictor } from './types.ts';

/**
 * A prophecy predictor as a standard discrete state-space system from u to the prediction uhat. The predictor
 *
 *   x_{k+1} = Abar x_k + Bbar u_k,   uhat_{k+1} = Cbar x_{k+1} + Dbar u_k = (Cbar Abar) x_k + (Cbar Bbar + Dbar) u_k
 *
 * reads its output from the next state; with y_k = uhat_{k+1} it is the standard form x_{k+1} = A x_k + B u_k,
 * y_k = C x_k + D u_k with
 *
 *   A = Abar,   B = Bbar,   C = Cbar Abar,   D = Cbar Bbar + Dbar,   dt = p.dt,
 *
 * so dlsim(predictorSystem(p), u).y[k] = predictNext(p, u)[k] (both predict u[k + 1]), and dfreqresp, dimpulse, ...
 * apply to predictors. (C, D of the result are not the continuous derivative readout p.C, p.D.)
 *
 * @param p - an LTI predictor from prophecy (not LegS, whose matrices change every step, and without
 *   authorsFirstStep, whose first output differs from the recurrence)
 * @returns the frozen discrete {@link LtiSystem} with N states, one input, one output
 * @throws RangeError for a time-varying (LegS) predictor or authorsFirstStep; TypeError for a malformed predictor
 * @example
 * const p = prophecy(hippo('legt', 8), { dt: 1e-3 });
 * const sys = predictorSystem(p);
 * const u = Float64Array.from({ length: 200 }, (_, k) => Math.sin(k / 20));
 * Math.abs(dlsim(sys, u).y.data[150] - predictNext(p, u)[150]) < 1e-10;
 * @see arXiv:2407.09375
 */
export function predictorSystem(p: DiscretePredictor): LtiSystem {
  const where = 'predictorSystem';
  if (typeof p !== 'object' || p === null || typeof p.op !== 'object' || p.op === null) {
    throw new TypeError(
      `${where}: p must be a DiscretePredictor from prophecy, got ${p === null ? 'null' : typeof p}`,
    );
  }
  if (p.op.timeVarying) {
    throw new RangeError(
      `${where}: the predictor is time-varying (${p.op.measure}): its matrices change every step, so it is no LTI system`,
    );
  }
  if (p.authorsFirstStep) {
    throw new RangeError(
      `${where}: authorsFirstStep changes the first output only, which no LTI system reproduces; build the predictor ` +
        `without it`,
    );
  }
  const { Abar, Bbar, Cbar, Dbar } = p;
  const N = Abar.rows;
  if (
    !(Bbar instanceof Float64Array) ||
    !(Cbar instanceof Float64Array) ||
    Bbar.length !== N ||
    Cbar.length !== N
  ) {
    throw new TypeError(`${where}: p.Bbar and p.Cbar must be Float64Arrays of length N = ${N}`);
  }
  const C = new Float64Array(N);
  let D = Dbar;
  for (let i = 0; i < N; i++) {
    const c = Cbar[i];
    for (let j = 0; j < N; j++) C[j] += c * Abar.data[i * N + j];
    D += c * Bbar[i];
  }
  return ss(Abar, Bbar, C, D, { dt: p.dt });
}
