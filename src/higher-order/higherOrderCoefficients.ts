import { TRAPEZOID_MARGIN } from '../discretize/discretizeOutput.ts';
import { requireFiniteArray, requireOneOf, requirePositive } from '../util/validate.ts';
import { HIGHER_ORDER_RULES } from './types.ts';
import type { HigherOrderCoefficients, HigherOrderRule } from './types.ts';

/**
 * The scalar coefficients of a higher-order output uhat_{k+1} = (sum_m gamma_m C_m) x_{k+1} + Dbar u_k, from the
 * readout gains D_1..D_M of u^(m) ~ C_m x + D_m u (construction/derivativeReadoutOfOrder) and the step dt.
 *
 * Derivation of 'matched' (h = dt/2). For u = e^{s t} the bilinear state is exactly
 * x_{k+1} = (1 + T) (s~ I - A)^{-1} B u_k with T = tanh(s h) and s~ = T / h, because
 * z I - Abar = (I - h A)^{-1} h (z + 1) (s~ I - A) and 2 z / (z + 1) = 1 + T for z = e^{s dt}. The readouts
 * satisfy C_m (s I - A)^{-1} B + D_m = s^m up to the readout error (zero for polynomials of degree < N), so the
 * output is Dbar + (1 + T) sum_m gamma_m (s~^m - D_m), and the exact one-step shift is
 * z = (1 + T)/(1 - T) = (1 + T) sum_j T^j. Dividing by (1 + T) and matching the powers T^0..T^M gives
 *
 *   Dbar - sum_m gamma_m D_m = 1,    (-1)^j Dbar + gamma_j / h^j = 1   (j = 1..M), hence
 *   Dbar = (1 + sum_m h^m D_m) / (1 + sum_m (-h)^m D_m),    gamma_m = h^m (1 - (-1)^m Dbar).
 *
 * M = 1 is the paper's trapezoid: Dbar = (1 + D dt/2)/(1 - D dt/2), gamma_1 = dt/(1 - D dt/2). The residual is
 * (1 + T) sum_{j > M} ((-1)^j Dbar - 1) T^j: for odd M its first term is (Dbar - 1) T^(M+1) = O(D_1 dt^(M+2)), for
 * even M it is -(Dbar + 1) T^(M+1) = O(dt^(M+1)) (see localOrder). For LegT, D_2 = (N^4 - N^2)/(2 theta^2) ~ D_1^2/2,
 * so the denominator 1 - D_1 h + D_2 h^2 - ... follows the series of e^{-D_1 h}: it stays positive for every dt
 * when M = 2, and for M = 3 up to D_1 dt/2 ~ 1.6 (beyond the trapezoid's limit 1).
 *
 * 'taylor': gamma_m = dt^m / m!, Dbar = 1 + sum_m dt^m D_m / m!, denominator 1 (see HigherOrderRule for why it is
 * only O(dt^2)).
 *
 * @param D - the readout gains [D_1, ..., D_M], shape [M], M >= 1, finite
 * @param dt - step (> 0)
 * @param rule - 'matched' | 'taylor'; @default 'matched'
 * @returns `{ gamma (shape [M]), Dbar, denominator }`
 * @throws RangeError for dt <= 0, an unknown rule, non-finite D, an empty D, or a 'matched' denominator
 *   <= TRAPEZOID_MARGIN (the implicit solve is singular or flips sign; for M = 1 this is D dt/2 >= 1)
 * @example higherOrderCoefficients(Float64Array.of(4), 0.1).Dbar // (1 + 0.2) / (1 - 0.2) = 1.5
 * @see arXiv:2407.09375
 */
export function higherOrderCoefficients(
  D: ArrayLike<number>,
  dt: number,
  rule: HigherOrderRule = 'matched',
): HigherOrderCoefficients {
  const where = 'higherOrderCoefficients';
  const d = requireFiniteArray(where, 'D', D);
  requirePositive(where, 'dt', dt);
  requireOneOf(where, 'rule', rule, HIGHER_ORDER_RULES);
  const M = d.length;
  if (M < 1) throw new RangeError(`${where}: D must hold at least D_1 (M >= 1), got an empty array`);
  const gamma = new Float64Array(M);
  if (rule === 'taylor') {
    let Dbar = 1;
    let w = 1;
    for (let m = 1; m <= M; m++) {
      w *= dt / m;
      gamma[m - 1] = w;
      Dbar += w * d[m - 1];
    }
    return Object.freeze({ gamma, Dbar, denominator: 1 });
  }
  const h = dt / 2;
  let num = 1;
  let den = 1;
  let hm = 1;
  for (let m = 1; m <= M; m++) {
    hm *= h;
    num += hm * d[m - 1];
    den += (m % 2 === 1 ? -hm : hm) * d[m - 1];
  }
  if (!(den > TRAPEZOID_MARGIN)) {
    throw new RangeError(
      `${where}: the matched rule of order M = ${M} needs 1 + sum_m (-dt/2)^m D_m > ${TRAPEZOID_MARGIN}, got ${den} ` +
        `at dt = ${dt} (D_1 = ${d[0]}, D_1 dt/2 = ${d[0] * h}); use a smaller dt, a smaller N or a larger theta`,
    );
  }
  const Dbar = num / den;
  hm = 1;
  for (let m = 1; m <= M; m++) {
    hm *= h;
    gamma[m - 1] = hm * (1 - (m % 2 === 1 ? -Dbar : Dbar));
  }
  return Object.freeze({ gamma, Dbar, denominator: den });
}
