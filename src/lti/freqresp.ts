import { hessenberg } from '../linalg/hessenberg.ts';
import { matmul } from '../linalg/matmul.ts';
import { shiftedHessenbergSolve } from '../linalg/shiftedHessenbergSolve.ts';
import { transpose } from '../linalg/transpose.ts';
import { requireFiniteArray } from '../util/validate.ts';
import { requireSystem } from './requireSystem.ts';
import type { FrequencyResponse, LtiSystem } from './types.ts';

/**
 * H(s_k) = C (s_k I - A)^-1 B + D at the points s_k = sRe(k) + i sIm(k): A = Q H Q^T once (Householder, O(N^3)), then
 * one O(N^2 M) shifted Hessenberg solve per point (Laub 1981), H(s) = (C Q) (s I - H)^-1 (Q^T B) + D.
 */
function evaluate(
  where: string,
  s: LtiSystem,
  w: Float64Array,
  point: (wk: number) => [number, number],
): FrequencyResponse {
  const { H, Q } = hessenberg(s.A);
  const Bq = matmul(transpose(Q), s.B);
  const Cq = matmul(s.C, Q);
  const N = s.A.rows;
  const M = s.B.cols;
  const P = s.C.rows;
  const K = w.length;
  const re = Array.from({ length: P }, () => Array.from({ length: M }, () => new Float64Array(K)));
  const im = Array.from({ length: P }, () => Array.from({ length: M }, () => new Float64Array(K)));
  for (let k = 0; k < K; k++) {
    const [sr, si] = point(w[k]);
    let X;
    try {
      X = shiftedHessenbergSolve(H, sr, si, Bq);
    } catch (error) {
      throw new RangeError(
        `${where}: H is infinite at w[${k}] = ${w[k]}: s = ${sr} + ${si}i is a pole of the system`,
        {
          cause: error,
        },
      );
    }
    for (let p = 0; p < P; p++) {
      for (let m = 0; m < M; m++) {
        let ar = s.D.data[p * M + m];
        let ai = 0;
        for (let i = 0; i < N; i++) {
          const c = Cq.data[p * N + i];
          ar += c * X.re.data[i * M + m];
          ai += c * X.im.data[i * M + m];
        }
        re[p][m][k] = ar;
        im[p][m][k] = ai;
      }
    }
  }
  return Object.freeze({
    w: Float64Array.from(w),
    re: Object.freeze(re.map((r) => Object.freeze(r))),
    im: Object.freeze(im.map((r) => Object.freeze(r))),
  });
}

/**
 * Frequency response of a continuous system at the angular frequencies w (rad/s), as scipy.signal.freqresp but for
 * MIMO systems too:
 *
 *   H(i w) = C (i w I - A)^-1 B + D,
 *
 * evaluated in the state space (a Hessenberg reduction of A, then an O(N^2) complex solve per frequency), which stays
 * backward stable for large N, unlike scipy's route through the transfer-function polynomials. w is required (scipy
 * picks a default grid when it is omitted).
 *
 * @param sys - continuous system, A [N, N], B [N, M], C [P, N], D [P, M]
 * @param w - frequencies in rad/s, shape [K], finite
 * @returns `{ w, re, im }` with re[p][m][k] + i im[p][m][k] = H_pm(i w_k)
 * @throws RangeError for a discrete system (use dfreqresp), non-finite w, or a w at which i w is a pole
 * @example
 * // 1 / (s + 1) at w = 1: (1 - i) / 2
 * const H = freqresp(ss([[-1]], [1], [1], 0), [1]);
 * Math.abs(H.re[0][0][0] - 0.5) < 1e-15 && Math.abs(H.im[0][0][0] + 0.5) < 1e-15;
 * @see scipy.signal.freqresp (docs.scipy.org); A. J. Laub, IEEE Trans. Automat. Control 26(2), 1981;
 *   arXiv:2407.09375
 */
export function freqresp(sys: unknown, w: ArrayLike<number>): FrequencyResponse {
  const where = 'freqresp';
  const s = requireSystem(where, sys, 'continuous');
  return evaluate(where, s, requireFiniteArray(where, 'w', w), (wk) => [0, wk]);
}

/**
 * Frequency response of a discrete system at the frequencies w in rad/sample (scipy.signal.dfreqresp's unit, so
 * w = pi is the Nyquist frequency whatever dt is), MIMO too:
 *
 *   H(e^{i w}) = C (e^{i w} I - A)^-1 B + D,
 *
 * evaluated in the state space as in freqresp. w is required.
 *
 * @param sys - discrete system, A [N, N], B [N, M], C [P, N], D [P, M]
 * @param w - frequencies in rad/sample, shape [K], finite
 * @returns `{ w, re, im }` with re[p][m][k] + i im[p][m][k] = H_pm(e^{i w_k})
 * @throws RangeError for a continuous system (use freqresp), non-finite w, or a w at which e^{i w} is a pole
 * @example
 * // y_k = x_k, x_{k+1} = x_k / 2 + u_k: H(z) = 1 / (z - 1/2), at w = 0: 2
 * const H = dfreqresp(ss([[0.5]], [1], [1], 0, { dt: 1 }), [0, Math.PI]);
 * Math.abs(H.re[0][0][0] - 2) < 1e-15 && Math.abs(H.re[0][0][1] + 2 / 3) < 1e-15;
 * @see scipy.signal.dfreqresp (docs.scipy.org); arXiv:2407.09375
 */
export function dfreqresp(sys: unknown, w: ArrayLike<number>): FrequencyResponse {
  const where = 'dfreqresp';
  const s = requireSystem(where, sys, 'discrete');
  return evaluate(where, s, requireFiniteArray(where, 'w', w), (wk) => [Math.cos(wk), Math.sin(wk)]);
}
