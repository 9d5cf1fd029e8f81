/**
 * The continuous-time transfer function of an SSM readout on the imaginary axis, by a dense real solve.
 *
 * @see arXiv:2407.09375
 */
import type { Matrix } from '../../src/linalg/index.ts';
import { solve } from '../../src/linalg/index.ts';

/**
 * H(i w) = C (i w I - A)^-1 B + D, the steady-state gain of x' = A x + B u, y = C x + D u for u = exp(i w t):
 * y = H(i w) u once transients have died out. Solved as the real 2N system
 * [[-A, -w I], [w I, -A]] [z_re; z_im] = [B; 0] (O(N^3); use a structured formula for large N or many w).
 *
 * @param A - state matrix, shape [N, N]
 * @param B - input vector, shape [N]
 * @param C - readout, shape [N]
 * @param D - feedthrough
 * @param w - angular frequency (rad per unit time)
 * @returns H(i w) as { re, im }
 * @throws RangeError when i w is an eigenvalue of A (singular system, from the solver)
 * @example transferFunction(hippo('legt', 8).A, hippo('legt', 8).B, C, D, 2 * Math.PI) // ~ 2 pi i for a good readout
 * @see arXiv:2407.09375
 */
export function transferFunction(
  A: Matrix,
  B: Float64Array,
  C: Float64Array,
  D: number,
  w: number,
): { re: number; im: number } {
  const N = A.rows;
  const M = 2 * N;
  const data = new Float64Array(M * M);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const a = A.data[i * N + j];
      data[i * M + j] = -a;
      data[(i + N) * M + j + N] = -a;
    }
    data[i * M + i + N] = -w;
    data[(i + N) * M + i] = w;
  }
  const rhs = new Float64Array(M);
  rhs.set(B);
  const z = solve({ rows: M, cols: M, data }, rhs);
  let re = D;
  let im = 0;
  for (let i = 0; i < N; i++) {
    re += C[i] * z[i];
    im += C[i] * z[i + N];
  }
  return { re, im };
}
