import { describe, expect, it } from 'vitest';
import {
  legtBilinearFactor,
  legtStructuredSolve,
  legtStructuredStep,
  legtStructuredStepInto,
  legtStructuredStepPairInto,
} from '../../src/ssm/legtStructuredStep.ts';
import { bilinear, legtMatrices, randomSequence, relErr } from './fixtures.ts';
import { SSM_STRUCTURED_REL, BACKWARD_STABLE } from '../tolerances.ts';

const SIZES = [1, 2, 5, 64, 257];
const STEPS: [dt: number, theta: number][] = [
  [1e-4, 1],
  [1e-2, 1],
  [1e-3, 0.1],
  [0.5, 1],
  [2e-3, 3],
];

describe('legtStructuredStep', () => {
  for (const N of SIZES) {
    it(`equals the dense bilinear step Abar x + Bbar u for N = ${N}`, () => {
      const { A, B } = legtMatrices(N, 1);
      for (const [dt, theta] of STEPS) {
        const ops = theta === 1 ? { A, B } : legtMatrices(N, theta);
        const { Abar, Bbar } = bilinear(ops.A, ops.B, dt);
        const f = legtBilinearFactor(N, theta, dt);
        const x = randomSequence(N, 7 + N);
        for (const u of [0, 1, -0.37]) {
          const dense = new Float64Array(N);
          for (let i = 0; i < N; i++) {
            let s = Bbar[i] * u;
            for (let j = 0; j < N; j++) s += Abar.data[i * N + j] * x[j];
            dense[i] = s;
          }
          expect(relErr(dense, legtStructuredStep(f, x, u)), `dt ${dt} theta ${theta} u ${u}`).toBeLessThan(
            SSM_STRUCTURED_REL,
          );
        }
        // from rest with u = 1 the step is Bbar itself
        expect(relErr(Bbar, legtStructuredStep(f, new Float64Array(N), 1))).toBeLessThan(SSM_STRUCTURED_REL);
      }
    });
  }

  it('solves (I - dt/2 A) y = b with a backward-stable residual, also far outside the predictor regime', () => {
    for (const N of [3, 64, 257]) {
      for (const [dt, theta] of [...STEPS, [10, 1] as [number, number]]) {
        const { A } = legtMatrices(N, theta);
        const b = randomSequence(N, N);
        const y = legtStructuredSolve(legtBilinearFactor(N, theta, dt), b);
        let res = 0;
        let normM = 0;
        let normY = 0;
        for (let i = 0; i < N; i++) {
          let s = y[i];
          let row = 1;
          for (let j = 0; j < N; j++) {
            s -= (dt / 2) * A.data[i * N + j] * y[j];
            row += Math.abs((dt / 2) * A.data[i * N + j]);
          }
          res = Math.max(res, Math.abs(s - b[i]));
          normM = Math.max(normM, row);
          normY = Math.max(normY, Math.abs(y[i]));
        }
        expect(res / (normM * normY), `N ${N} dt ${dt}`).toBeLessThan(BACKWARD_STABLE * 10);
      }
    }
  });

  it('steps two interleaved states exactly like two single steps (bit for bit)', () => {
    for (const N of [1, 6, 65]) {
      const f = legtBilinearFactor(N, 1, 1e-3);
      const X = randomSequence(3 * N, N + 5);
      const pair = new Float64Array(3 * N);
      legtStructuredStepPairInto(f, X, 0, 2 * N, 0.3, -1.1, pair);
      const a = new Float64Array(N);
      const b = new Float64Array(N);
      legtStructuredStepInto(f, X, 0, 0.3, a, 0);
      legtStructuredStepInto(f, X, 2 * N, -1.1, b, 0);
      expect(Array.from(pair.subarray(0, N))).toEqual(Array.from(a));
      expect(Array.from(pair.subarray(2 * N))).toEqual(Array.from(b));
    }
  });

  it('does not modify its inputs and rejects bad arguments', () => {
    const f = legtBilinearFactor(4, 1, 0.1);
    const x = Float64Array.of(1, 2, 3, 4);
    legtStructuredStep(f, x, 1);
    expect(Array.from(x)).toEqual([1, 2, 3, 4]);
    expect(() => legtBilinearFactor(0, 1, 0.1)).toThrow(/N must be an integer >= 1/);
    expect(() => legtBilinearFactor(4, 0, 0.1)).toThrow(/theta must be > 0/);
    expect(() => legtBilinearFactor(4, 1, -1)).toThrow(/dt must be > 0/);
    expect(() => legtStructuredStep(f, [1, 2, 3], 1)).toThrow(TypeError);
    expect(() => legtStructuredStep(f, [1, 2, NaN, 4], 1)).toThrow(/x\[2\] must be a finite number/);
    expect(() => legtStructuredStep(f, x, Infinity)).toThrow(/u must be finite/);
    expect(Object.isFrozen(f)).toBe(true);
  });
});
