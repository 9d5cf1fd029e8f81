import type { DiscretePredictor } from '../../construction/types.ts';

/**
 * The predictor's recurrence by its definition, one sequence, dense products in index order, no batching and no
 * structure (the reference of scan, fftPredict, rollout and the structured LegT step):
 *
 *   x_0 = 0,   x_{k+1} = Abar x_k + Bbar u_k,   out[k] = Cbar x_{k+1} + Dbar u_k,
 *
 * with the authors' first-step quirk out[0] = (Cbar / 2) x_1 + Dbar u_0 when predictor.authorsFirstStep. LTI only
 * (a LegS predictor's Abar is that of step 0).
 *
 * @param p - an LTI DiscretePredictor
 * @param u - input, shape [L]
 * @returns out, shape [L]
 * @example
 * const p = prophecy(hippo('legt', 4), { dt: 1e-2 });
 * denseScan(p, [1, 2, 3]).length === 3
 * @see arXiv:2407.09375
 * @internal
 */
export function denseScan(p: DiscretePredictor, u: ArrayLike<number>): Float64Array {
  const N = p.Abar.rows;
  let x = new Float64Array(N);
  const out = new Float64Array(u.length);
  for (let k = 0; k < u.length; k++) {
    const next = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let s = p.Bbar[i] * u[k];
      for (let j = 0; j < N; j++) s += p.Abar.data[i * N + j] * x[j];
      next[i] = s;
    }
    x = next;
    const c = k === 0 && p.authorsFirstStep ? 0.5 : 1;
    let y = p.Dbar * u[k];
    for (let i = 0; i < N; i++) y += c * p.Cbar[i] * x[i];
    out[k] = y;
  }
  return out;
}
