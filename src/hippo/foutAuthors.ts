import { fourierValues } from './basis.ts';
import { fout } from './fout.ts';
import type { MeasureOptions } from './operator.ts';
import { checkOperatorArgs, makeOperator } from './operator.ts';
import type { HippoOperator } from './types.ts';
import { requireOptions } from '../util/validate.ts';

/**
 * The authors' FouT predictor as read from their public code (measure 'fout-authors'): NOT the construction
 * C = p^T A, D = p^T B. The state is that of `fout-code` (A, B of FouT with frequencies w_m = 4 pi m, order
 * [c_0, c_1, s_1, c_2, s_2, ...], bilinear discretization by default); the readout and output rule are the code's:
 *
 *   C[s_m] = -2 sqrt2 pi m / theta  (m = 1..(N-1)/2, i.e. C[2i+2] for i = 0..(N-3)/2),  C[c_m] = 0,  D = 0,
 *   uhat_{k+1} = dt C x_{k+1} + u_k   (forward Euler at every step: Cbar = dt C, Dbar = 1).
 *
 * The code's "D = 1" is the weight of u_k in that output (Dbar); as a derivative readout u' ~ C x + D u its D is 0.
 * C[s_m] is the slope -d/ds of sqrt2 sin(2 pi m s/theta) at the present, the readout of the 2 pi m basis, while the
 * state rotates at 4 pi m: for a window-even harmonic (which fout-code represents exactly) it reads u'/2, and it
 * drops the rank-one part -2 e e^T / theta of p^T A. Both are kept as in the code (no factor 2 anywhere);
 * theta = 1 in the code, the 1/theta here keeps the units of A. `basis` is that of fout-code.
 *
 * @param N - state size (odd integer >= 1)
 * @param options - `theta`: window length (default 1)
 * @returns frozen operator with A [N, N], B [N], endpoint [N] and `readout` { C [N], D = 0, output 'forward-euler' }
 * @throws RangeError when N is not an odd integer >= 1 or theta is not finite and > 0; TypeError for a non-number
 * @example
 *   const op = foutAuthors(5);
 *   op.readout !== null && op.readout.output === 'forward-euler' && op.readout.D === 0;
 *   Math.abs(op.readout!.C[4] + 4 * Math.SQRT2 * Math.PI) < 1e-12; // -2 sqrt2 pi m at m = 2
 * @see arXiv:2407.09375 (the authors' FouT predictor), arXiv:2206.12037 (FouT)
 */
export function foutAuthors(N: number, options: MeasureOptions = {}): HippoOperator {
  options = requireOptions('foutAuthors', options);
  const theta = checkOperatorArgs('fout-authors', N, options.theta, true);
  const code = fout(N, { theta, variant: 'fout-code' });
  const C = new Float64Array(N);
  for (let m = 1; 2 * m < N; m++) C[2 * m] = (-2 * Math.SQRT2 * Math.PI * m) / theta;
  const omega = 4 * Math.PI;
  return makeOperator({
    measure: 'fout-authors',
    N,
    theta,
    A: code.A,
    B: code.B,
    endpoint: code.endpoint,
    timeVarying: false,
    description:
      `FouT as in the authors' code, theta = ${theta}: fout-code state (4 pi m, order [c0, c1, s1, ...]), ` +
      `readout C[s_m] = -2 sqrt2 pi m / theta, D = 0, forward-Euler output (not the p^T A construction)`,
    basisRow: (lag, out) => {
      fourierValues(N, lag / theta, { omega, out });
    },
    readout: {
      C,
      D: 0,
      output: 'forward-euler',
      source:
        "the authors' public FouT code: C on the sine entries -2 sqrt2 pi m, 0 elsewhere; uhat_{k+1} = dt C x_{k+1} + u_k",
    },
  });
}
