import { describe, expect, it } from 'vitest';
import { dlsim } from '../../src/lti/dlsim.ts';
import { ss } from '../../src/lti/ss.ts';
import type { LtiSystem } from '../../src/lti/types.ts';
import { fromRows } from '../../src/linalg/matrix.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { fixture, flat, mat, relErr, system, x0Of } from './fixtures.ts';
import { rng } from '../helpers/numeric.ts';
import { SCIPY_PARITY, TIGHT } from '../tolerances.ts';

interface DlsimCase {
  system: string;
  u: number[][];
  x0: boolean;
  y: number[][];
  x?: number[][];
}

const { dlsim: cases } = fixture<{ dlsim: DlsimCase[] }>('simulate.json');

/**
 * y_k = C A^k x0 + sum_{j=0..k} h_j u_{k-j} with the Markov parameters h_0 = D, h_j = C A^{j-1} B: the convolution
 * view, an independent second path to the recurrence.
 */
function markovOutputs(s: LtiSystem, u: Matrix, x0: Float64Array): Float64Array {
  const { A, B, C, D } = s;
  const [N, M, P, L] = [A.rows, B.cols, C.rows, u.rows];
  const mul = (X: Float64Array, rows: number, inner: number, Y: Float64Array, cols: number) => {
    const out = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++)
      for (let k = 0; k < inner; k++)
        for (let j = 0; j < cols; j++) out[i * cols + j] += X[i * inner + k] * Y[k * cols + j];
    return out;
  };
  const h: Float64Array[] = [D.data]; // [P, M] each
  let CA = C.data; // C A^{j-1}
  for (let j = 1; j < L; j++) {
    h.push(mul(CA, P, N, B.data, M));
    CA = mul(CA, P, N, A.data, N);
  }
  const y = new Float64Array(L * P);
  let Ax = Float64Array.from(x0);
  for (let k = 0; k < L; k++) {
    const free = mul(C.data, P, N, Ax, 1);
    for (let p = 0; p < P; p++) {
      let s2 = free[p];
      for (let j = 0; j <= k; j++)
        for (let m = 0; m < M; m++) s2 += h[j][p * M + m] * u.data[(k - j) * M + m];
      y[k * P + p] = s2;
    }
    Ax = mul(A.data, N, N, Ax, 1);
  }
  return y;
}

describe('dlsim: parity with scipy.signal.dlsim (1.10)', () => {
  for (const c of cases) {
    it(`${c.system} L = ${c.u.length}${c.x0 ? ' from x0' : ''}: y (and x) to ${SCIPY_PARITY} normwise`, () => {
      const sysd = system(c.system, 'discrete');
      const u = mat(c.u);
      const r = dlsim(sysd, sysd.B.cols === 1 ? u.data : u, c.x0 ? { x0: x0Of(c.system) } : {});
      expect(r.y.rows).toBe(c.u.length);
      expect(relErr(r.y.data, flat(c.y))).toBeLessThan(SCIPY_PARITY);
      if (c.x) expect(relErr(r.x!.data, flat(c.x))).toBeLessThan(SCIPY_PARITY);
    });
  }
});

describe('dlsim', () => {
  const next = rng(5);
  const random = (L: number, M: number): Matrix => ({
    rows: L,
    cols: M,
    data: Float64Array.from({ length: L * M }, () => 2 * next() - 1),
  });

  it('equals the Markov-parameter convolution C A^k x0 + sum_j h_j u_{k-j} (MIMO, from x0)', () => {
    const s = system('mimo8', 'discrete');
    const u = random(30, 3);
    const x0 = x0Of('mimo8');
    expect(relErr(dlsim(s, u, { x0 }).y.data, markovOutputs(s, u, x0))).toBeLessThan(TIGHT);
  });

  it('runs a batch sequence by sequence (equal bits), continues from xNext, and skips states on request', () => {
    const s = system('siso4', 'discrete');
    const u1 = random(25, 1).data;
    const u2 = random(40, 1).data;
    const batch = dlsim(s, [u1, u2]);
    expect(batch).toHaveLength(2);
    expect(Array.from(batch[1].y.data)).toEqual(Array.from(dlsim(s, u2).y.data));
    const whole = dlsim(s, u2);
    const first = dlsim(s, u2.subarray(0, 15));
    const rest = dlsim(s, u2.subarray(15), { x0: first.xNext, states: false });
    expect(rest.x).toBeNull();
    expect(Array.from(rest.y.data)).toEqual(Array.from(whole.y.data.subarray(15)));
    expect(Array.from(whole.t.subarray(0, 3))).toEqual([0, 1, 2]);
    expect(Object.isFrozen(whole)).toBe(true);
  });

  it('gives the hand-computed outputs of x_{k+1} = 0.5 x_k + u_k, y_k = x_k + 2 u_k', () => {
    const { y, x } = dlsim(ss([[0.5]], [1], [1], 2, { dt: 0.1 }), [1, 0, 0, 4], { x0: [8] });
    // x: 8, 5, 2.5, 1.25; y = x + 2u: 10, 5, 2.5, 9.25
    expect(Array.from(x!.data)).toEqual([8, 5, 2.5, 1.25]);
    expect(Array.from(y.data)).toEqual([10, 5, 2.5, 9.25]);
  });

  it('refuses continuous systems (pointing to cont2discrete), wrong widths and bad x0, naming the argument', () => {
    const cont = ss([[-1]], [1], [1]);
    expect(() => dlsim(cont, [1, 2])).toThrow(/discrete system \(dt > 0\).*cont2discrete/);
    const mimo = system('mimo8', 'discrete');
    expect(() => dlsim(mimo, [1, 2, 3])).toThrow(
      /flat sequence, which needs a single-input system; this one has M = 3/,
    );
    expect(() => dlsim(mimo, fromRows([[1, 2]]))).toThrow(/u must have M = 3 columns/);
    expect(() => dlsim(mimo, [fromRows([[1, 2, 3]]), fromRows([[1, NaN, 3]])])).toThrow(
      /u\[1\]\.data\[1\] must be a finite number/,
    );
    expect(() => dlsim(mimo, fromRows([[1, 2, 3]]), { x0: [1] })).toThrow(/x0 must have length N = 8, got 1/);
  });
});
