import { describe, expect, it } from 'vitest';
import { nplr, NPLR_MEASURES } from '../../src/s4/nplr.ts';
import type { Nplr } from '../../src/s4/nplr.ts';
import { hippo } from '../../src/hippo/index.ts';
import { fixture, relErr } from '../lti/fixtures.ts';
import { NPLR_RECONSTRUCT, ORTHOGONAL_REDUCTION, SCIPY_PARITY } from '../tolerances.ts';

/** V diag(lambda) V^* - P Q^T, entrywise (real part; the imaginary part is returned too, it must vanish). */
function reconstruct(f: Nplr): { re: Float64Array; im: Float64Array } {
  const { N } = f;
  const Vr = f.V.re.data;
  const Vi = f.V.im.data;
  const re = new Float64Array(N * N);
  const im = new Float64Array(N * N);
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < N; k++) {
        // (V_ik lambda_k) conj(V_jk)
        const ar = Vr[i * N + k] * f.lambda.re[k] - Vi[i * N + k] * f.lambda.im[k];
        const ai = Vr[i * N + k] * f.lambda.im[k] + Vi[i * N + k] * f.lambda.re[k];
        sr += ar * Vr[j * N + k] + ai * Vi[j * N + k];
        si += ai * Vr[j * N + k] - ar * Vi[j * N + k];
      }
      for (let q = 0; q < f.P.cols; q++) sr -= f.P.data[i * f.P.cols + q] * f.Q.data[j * f.Q.cols + q];
      re[i * N + j] = sr;
      im[i * N + j] = si;
    }
  return { re, im };
}

const ref = fixture<{ cases: { measure: string; N: number; lambdaRe: number; lambdaIm: number[] }[] }>(
  's4.json',
).cases;

describe('nplr', () => {
  for (const measure of NPLR_MEASURES) {
    for (const N of [2, 8, 31, 64].filter((n) => measure !== 'fout' || n % 2 === 0)) {
      it(`${measure} N = ${N}: A = V Lambda V^* - P Q^T to ${NPLR_RECONSTRUCT} relative, V unitary, V^* B consistent`, () => {
        const f = nplr(measure, N);
        const { re, im } = reconstruct(f);
        expect(relErr(re, f.A.data)).toBeLessThan(NPLR_RECONSTRUCT);
        expect(Math.max(...im.map(Math.abs))).toBeLessThan(
          NPLR_RECONSTRUCT * Math.max(...f.A.data.map(Math.abs)),
        );
        // V^* V = I (column norms and orthogonality)
        for (let a = 0; a < N; a += Math.max(1, N >> 3))
          for (let b = 0; b < N; b++) {
            let sr = 0;
            let si = 0;
            for (let i = 0; i < N; i++) {
              sr +=
                f.V.re.data[i * N + a] * f.V.re.data[i * N + b] +
                f.V.im.data[i * N + a] * f.V.im.data[i * N + b];
              si +=
                f.V.re.data[i * N + a] * f.V.im.data[i * N + b] -
                f.V.im.data[i * N + a] * f.V.re.data[i * N + b];
            }
            expect(Math.abs(sr - (a === b ? 1 : 0)) + Math.abs(si)).toBeLessThan(
              ORTHOGONAL_REDUCTION * N * 10,
            );
          }
        // V (V^* B) = B
        for (let i = 0; i < N; i++) {
          let s = 0;
          for (let k = 0; k < N; k++)
            s += f.V.re.data[i * N + k] * f.VstarB.re[k] - f.V.im.data[i * N + k] * f.VstarB.im[k];
          expect(Math.abs(s - f.B[i])).toBeLessThan(NPLR_RECONSTRUCT * Math.sqrt(2 * N));
        }
        // sorted by imaginary part, conjugate pairs
        for (let k = 1; k < N; k++) expect(f.lambda.im[k]).toBeGreaterThanOrEqual(f.lambda.im[k - 1]);
        expect(Object.isFrozen(f)).toBe(true);
      });
    }
  }

  it(`eigenvalues agree with numpy eigvalsh of -i (A + P P^T - c I) to ${SCIPY_PARITY} normwise`, () => {
    expect(ref.length).toBe(9);
    for (const c of ref) {
      const f = nplr(c.measure as Nplr['measure'], c.N);
      expect(Math.abs(f.lambda.re[0] - c.lambdaRe)).toBeLessThan(1e-14);
      expect(relErr(f.lambda.im, c.lambdaIm)).toBeLessThan(SCIPY_PARITY);
    }
  });

  it("relates to this library's operators: legs = hippo('legs'), legt = hippo('legt', theta 2), fout = hippo('fout', N - 1, theta 2) plus a dead state", () => {
    const N = 9;
    const legs = nplr('legs', N);
    const h = hippo('legs', N);
    expect(Array.from(legs.A.data)).toEqual(Array.from(h.A.data));
    expect(Array.from(legs.B)).toEqual(Array.from(h.B));
    const legt = nplr('legt', N);
    const t1 = hippo('legt', N, { theta: 1 });
    const t2 = hippo('legt', N, { theta: 2 });
    expect(Array.from(legt.A.data)).toEqual(Array.from(t2.A.data));
    expect(Array.from(legt.B)).toEqual(Array.from(t2.B));
    expect(Array.from(legt.A.data.map((a) => 2 * a))).toEqual(Array.from(t1.A.data)); // twice s4's is the paper's
    const fout = nplr('fout', 10);
    const ours = hippo('fout', 9, { theta: 2 });
    const keep = [0, 2, 3, 4, 5, 6, 7, 8, 9]; // drop the dead state s_0 (index 1)
    const sub = keep.flatMap((i) => keep.map((j) => fout.A.data[i * 10 + j]));
    expect(relErr(sub, ours.A.data)).toBeLessThan(1e-15);
    expect(
      relErr(
        keep.map((i) => fout.B[i]),
        ours.B,
      ),
    ).toBeLessThan(1e-15);
    for (let j = 0; j < 10; j++) expect(Math.abs(fout.A.data[10 + j])).toBe(0); // s_0 has no dynamics
  });

  it('refuses unknown measures and bad sizes', () => {
    expect(() => nplr('lagt' as never, 4)).toThrow(/measure must be one of legs, legt, fout/);
    expect(() => nplr('fout', 5)).toThrow(/N must be even for 'fout'/);
    expect(() => nplr('legs', 0)).toThrow(/N must be an integer >= 1, got 0/);
  });
});
