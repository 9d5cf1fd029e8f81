import type { Matrix } from '../linalg/matrix.ts';
import { zeros } from '../linalg/matrix.ts';
import { expm } from '../linalg/expm.ts';

/**
 * Zero-order hold of x' = A x + B u with step dt (no argument checks: callers validate): exact when u is constant
 * on each step,
 *
 *   Abar = e^{dt A},   Bbar = integral_0^dt e^{s A} ds B  (= A^-1 (e^{dt A} - I) B when A is invertible),
 *
 * both read off one exponential of the augmented matrix, exp(dt [[A, B], [0, 0]]) = [[Abar, Bbar], [0, 1]], which
 * needs no inverse of A (so a singular A, e.g. a pure integrator, is fine).
 *
 * @param A - state matrix, shape [N, N]
 * @param B - input vector, shape [N]
 * @param dt - step, > 0 (may be any finite positive number, e.g. the log-time step of LegS)
 * @returns Abar [N, N] and Bbar [N]
 * @example zohUnchecked(fromRows([[-2]]), Float64Array.of(3), 0.1) // Abar = e^-0.2, Bbar = 1.5 (1 - e^-0.2)
 * @see arXiv:2407.09375
 * @internal
 */
export function zohUnchecked(A: Matrix, B: Float64Array, dt: number): { Abar: Matrix; Bbar: Float64Array } {
  const n = A.rows;
  const m = n + 1;
  const M = zeros(m, m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) M.data[i * m + j] = dt * A.data[i * n + j];
    M.data[i * m + n] = dt * B[i];
  }
  const E = expm(M);
  const Abar = zeros(n, n);
  const Bbar = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) Abar.data[i * n + j] = E.data[i * m + j];
    Bbar[i] = E.data[i * m + n];
  }
  return { Abar, Bbar };
}
