import { describe, expect, it } from 'vitest';
import { dfreqresp, freqresp } from '../../src/lti/freqresp.ts';
import { ss } from '../../src/lti/ss.ts';
import type { LtiSystem } from '../../src/lti/types.ts';
import { zeros } from '../../src/linalg/matrix.ts';
import { solve } from '../../src/linalg/solve.ts';
import { fixture, relErr, system } from './fixtures.ts';
import { SCIPY_PARITY, SHIFTED_SOLVE_REL } from '../tolerances.ts';

interface FreqCase {
  kind: 'freqresp' | 'dfreqresp';
  system: string;
  reference: string;
  w: number[];
  re: number[][][];
  im: number[][][];
}

const data = fixture<{
  cases: FreqCase[];
  scipyTransferFunctionRoute: { system: string; w: number[]; re: number[]; im: number[] };
}>('freqresp.json');

/** Interleaves re / im of every (p, m) channel into one vector, for a normwise error over the whole response. */
function packed(
  re: readonly (readonly ArrayLike<number>[])[],
  im: readonly (readonly ArrayLike<number>[])[],
): Float64Array {
  const out: number[] = [];
  re.forEach((row, p) => row.forEach((r, m) => Array.from(r).forEach((v, k) => out.push(v, im[p][m][k]))));
  return Float64Array.from(out);
}

/** H(z) by the dense LU of the real 2N embedding [[Re z I - A, -Im z I], [Im z I, Re z I - A]]: an independent path. */
function embedded(s: LtiSystem, zr: number, zi: number): { re: Float64Array; im: Float64Array } {
  const N = s.A.rows;
  const M = s.B.cols;
  const P = s.C.rows;
  const n2 = 2 * N;
  const E = zeros(n2, n2);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++)
      E.data[i * n2 + j] = E.data[(i + N) * n2 + j + N] = (i === j ? zr : 0) - s.A.data[i * N + j];
    E.data[i * n2 + i + N] = -zi;
    E.data[(i + N) * n2 + i] = zi;
  }
  const rhs = zeros(n2, M);
  rhs.data.set(s.B.data);
  const X = solve(E, rhs);
  const re = Float64Array.from(s.D.data);
  const im = new Float64Array(P * M);
  for (let p = 0; p < P; p++)
    for (let m = 0; m < M; m++)
      for (let i = 0; i < N; i++) {
        re[p * M + m] += s.C.data[p * N + i] * X.data[i * M + m];
        im[p * M + m] += s.C.data[p * N + i] * X.data[(i + N) * M + m];
      }
  return { re, im };
}

describe('freqresp, dfreqresp: parity with scipy.signal (SISO) and numpy dense solves (MIMO, N = 64)', () => {
  for (const c of data.cases) {
    it(`${c.kind} ${c.system} vs ${c.reference} to ${SCIPY_PARITY} normwise`, () => {
      const H =
        c.kind === 'freqresp'
          ? freqresp(system(c.system), c.w)
          : dfreqresp(system(c.system, 'discrete'), c.w);
      expect(relErr(packed(H.re, H.im), packed(c.re, c.im))).toBeLessThan(SCIPY_PARITY);
    });
  }

  it("uses numpy references for MIMO and N = 64: scipy's transfer-function route is off by ~1e-7 there", () => {
    const r = data.scipyTransferFunctionRoute;
    const sys = system(r.system);
    const N = sys.A.rows;
    const M = sys.B.cols;
    const channel = ss(
      sys.A,
      sys.B.data.filter((_, i) => i % M === 0),
      sys.C.data.subarray(0, N),
      sys.D.data[0],
    );
    const H = freqresp(channel, r.w);
    const err = relErr(packed(H.re, H.im), packed([[r.re]], [[r.im]]));
    // scipy.signal.freqresp converts to numerator / denominator polynomials of degree 64 (measured 2.4e-7 from the
    // dense solve, which the state-space evaluation matches to 1e-15): the same function, but far from 1e-12
    expect(err).toBeGreaterThan(1e-9);
    expect(err).toBeLessThan(1e-5);
  });
});

describe('freqresp', () => {
  it('matches the 2N real-embedding dense solve at every frequency (MIMO)', () => {
    const sys = system('mimo8');
    const w = [0, 0.3, 2, 50];
    const H = freqresp(sys, w);
    w.forEach((wk, k) => {
      const ref = embedded(sys, 0, wk);
      const mine = { re: new Float64Array(6), im: new Float64Array(6) };
      for (let p = 0; p < 2; p++)
        for (let m = 0; m < 3; m++) {
          mine.re[p * 3 + m] = H.re[p][m][k];
          mine.im[p * 3 + m] = H.im[p][m][k];
        }
      expect(relErr([...mine.re, ...mine.im], [...ref.re, ...ref.im])).toBeLessThan(SHIFTED_SOLVE_REL);
    });
  });

  it('closed forms: 1 / (s + a) on the imaginary axis, 1 / (z - p) on the unit circle', () => {
    const a = 2;
    const H = freqresp(ss([[-a]], [1], [1], 0), [0, 1, 10]);
    [0, 1, 10].forEach((w, k) => {
      expect(Math.abs(H.re[0][0][k] - a / (a * a + w * w))).toBeLessThan(1e-16);
      expect(Math.abs(H.im[0][0][k] + w / (a * a + w * w))).toBeLessThan(1e-16);
    });
    const pole = 0.5;
    const G = dfreqresp(ss([[pole]], [1], [1], 0, { dt: 0.01 }), [0.4]);
    const [c, s] = [Math.cos(0.4) - pole, Math.sin(0.4)];
    expect(Math.abs(G.re[0][0][0] - c / (c * c + s * s))).toBeLessThan(1e-15);
    expect(Math.abs(G.im[0][0][0] + s / (c * c + s * s))).toBeLessThan(1e-15);
  });

  it('refuses the wrong kind of system and frequencies at a pole', () => {
    expect(() => freqresp(ss([[0.5]], [1], [1], 0, { dt: 1 }), [1])).toThrow(/continuous system.*dfreqresp/);
    expect(() => dfreqresp(ss([[-1]], [1], [1]), [1])).toThrow(/discrete system/);
    expect(() => freqresp(ss([[0]], [1], [1]), [0])).toThrow(/w\[0\] = 0: s = 0 \+ 0i is a pole/);
    expect(() => dfreqresp(ss([[1]], [1], [1], 0, { dt: 1 }), [0])).toThrow(/pole of the system/);
    expect(() => freqresp(ss([[-1]], [1], [1]), [NaN])).toThrow(/w\[0\] must be a finite number/);
  });
});
