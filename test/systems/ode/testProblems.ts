/** ODE test problems with closed-form solutions, shared by the rk4 and dopri5 tests. */
import { expm } from '../../../src/linalg/expm.ts';
import { fromRows } from '../../../src/linalg/matrix.ts';
import type { OdeRhs } from '../../../src/systems/ode/types.ts';

// A non-normal stable 3x3 system: exact solution expm(A t) x0 (an independent path through linalg).
const A = fromRows([
  [-0.5, 2, 0],
  [-2, -0.5, 1],
  [0, 0, -1],
]);

/** x' = A x for the fixed non-normal stable 3x3 matrix A. */
export const linearRhs: OdeRhs = (_t, y, d) => {
  for (let i = 0; i < 3; i++)
    d[i] = A.data[3 * i] * y[0] + A.data[3 * i + 1] * y[1] + A.data[3 * i + 2] * y[2];
};

/** The initial state of {@link linearRhs}. */
export const x0 = [1, -1, 2];

/** The exact solution expm(A t) x0 of {@link linearRhs}. */
export function linearExact(t: number): number[] {
  const E = expm({ rows: 3, cols: 3, data: A.data.map((v) => v * t) });
  return [0, 1, 2].map((i) => E.data[3 * i] * x0[0] + E.data[3 * i + 1] * x0[1] + E.data[3 * i + 2] * x0[2]);
}

/** The logistic equation y' = y (1 - y). */
export const logisticRhs: OdeRhs = (_t, y, d) => {
  d[0] = y[0] * (1 - y[0]);
};

/** Its exact solution y = 1 / (1 + (1 / y0 - 1) e^{-t}). */
export const logisticExact = (t: number, y0: number): number => 1 / (1 + (1 / y0 - 1) * Math.exp(-t));
