/**
 * Random stable linear systems x' = A x, solved exactly with the matrix exponential.
 *
 * @see arXiv:2407.09375
 */
import { expm } from '../../linalg/expm.ts';
import type { Matrix } from '../../linalg/matrix.ts';
import { zeros } from '../../linalg/matrix.ts';
import { requireInteger, requirePositive } from '../../util/validate.ts';
import type { Random } from '../random.ts';
import { initValue, num } from '../integrate.ts';
import type { SystemDefinition } from '../types.ts';

/**
 * A random n x n matrix whose eigenvalues all have real part <= -damping.
 *
 * A = (G - G^T) / 2 - H H^T / n - damping I with G, H having N(0, 1) entries (drawn G row-major, then H). The
 * symmetric part of A is -(H H^T / n + damping I), negative definite, so for an eigenpair A v = lambda v,
 * Re(lambda) |v|^2 = v^* sym(A) v <= -damping |v|^2.
 *
 * @param n - dimension (>= 1)
 * @param damping - spectral-abscissa margin (> 0)
 * @param random - the seeded stream (2 n^2 normals)
 * @returns A, shape [n, n]
 * @throws RangeError for n < 1 or damping <= 0
 * @example randomStableMatrix(3, 0.1, createRandom(0))
 * @see arXiv:2407.09375
 */
export function randomStableMatrix(n: number, damping: number, random: Random): Matrix {
  requireInteger('randomStableMatrix', 'n', n, 1);
  requirePositive('randomStableMatrix', 'damping', damping);
  const G = random.fillNormal(new Float64Array(n * n));
  const H = random.fillNormal(new Float64Array(n * n));
  const A = zeros(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let hh = 0;
      for (let k = 0; k < n; k++) hh += H[i * n + k] * H[j * n + k];
      A.data[i * n + j] = 0.5 * (G[i * n + j] - G[j * n + i]) - hh / n - (i === j ? damping : 0);
    }
  }
  return A;
}

/** y = M x for a square M. */
function apply(M: Matrix, x: Float64Array): Float64Array {
  const n = M.rows;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += M.data[i * n + j] * x[j];
    y[i] = s;
  }
  return y;
}

/** The largest dimension of `linear-system`: its matrix exponentials cost O(n^3) (seconds at n = 1000). */
export const MAX_LINEAR_SYSTEM_N = 1000;

/** The `linear-system` system: n = 3, damping 0.1. */
export const linearSystem: SystemDefinition = {
  name: 'linear-system',
  kind: 'system',
  dimension: 3,
  channels: ['x1', 'x2', 'x3'],
  defaults: { n: 3, damping: 0.1, x0: 'random', transient: 0 },
  random: { x0: 'N(0, I_n) (all components)', A: 'randomStableMatrix(n, damping) from the main stream' },
  length: 10000,
  dt: 0.01,
  tSpan: null,
  timeScale: 1,
  chaotic: false,
  lyapunov: null,
  lyapunovSource: null,
  scale: 'none',
  description:
    "Random stable linear system x' = A x, A = (G - G^T)/2 - H H^T / n - damping I (G, H standard normal, so Re(eig A) <= -damping), x(t0) ~ N(0, I) unless x0 is given (a number sets every component); exact solution x(t_k) = expm(A dt)^k x(t_0); channels x1..xn.",
  // n channels of L samples with their scaled copies, the sample times, and the n x n matrices of expm
  memory: ({ length }, params) => {
    const n = Math.max(1, params.n as number);
    return { bytes: 8 * (length * (1 + 3 * n) + 12 * n * n), longestArray: Math.max(length, n * n) };
  },
  run(ctx) {
    const n = requireInteger('linear-system', 'n', num(ctx, 'n'), 1);
    if (n > MAX_LINEAR_SYSTEM_N) {
      throw new RangeError(
        `linear-system: parameter n must be <= ${MAX_LINEAR_SYSTEM_N} (expm of the n x n matrix costs O(n^3)), got ${n}`,
      );
    }
    const A = randomStableMatrix(n, num(ctx, 'damping'), ctx.main);
    let x: Float64Array = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = initValue(ctx, 'x0', (r) => r.normal());
    const transient = num(ctx, 'transient');
    const scaled = (s: number): Matrix => ({ rows: n, cols: n, data: A.data.map((v) => v * s) });
    if (transient > 0) x = apply(expm(scaled(transient)), x);
    const L = ctx.t.length;
    const out: Float64Array[] = [];
    for (let i = 0; i < n; i++) out.push(new Float64Array(L));
    const E = expm(scaled(ctx.dt));
    for (let k = 0; k < L; k++) {
      if (k > 0) x = apply(E, x);
      for (let i = 0; i < n; i++) out[i][k] = x[i];
    }
    return out;
  },
};
