import { describe, expect, it } from 'vitest';
import { fout } from '../../src/hippo/index.ts';
import type { HippoOperator } from '../../src/hippo/index.ts';
import { FOUT_ENDS_MEAN_C, HIPPO_ODE_VS_PROJECTION, ORDER_SLOPE, TIGHT } from '../tolerances.ts';
import { dot, logLogSlope, maxAbsDiff, projectWindow, rk4 } from './helpers.ts';

/** (C, D) = (p^T A, p^T B), computed here directly so this file does not depend on src/construction. */
function readout(op: HippoOperator): { C: Float64Array; D: number } {
  const N = op.N;
  const C = new Float64Array(N);
  for (let j = 0; j < N; j++) for (let k = 0; k < N; k++) C[j] += op.endpoint[k] * op.A.data[k * N + j];
  return { C, D: dot(op.endpoint, op.B) };
}

/** Largest reconstruction error over the window of the state x at time t. */
function reconstructionError(
  op: HippoOperator,
  x: Float64Array,
  u: (s: number) => number,
  t: number,
): number {
  const lags = Float64Array.from({ length: 41 }, (_, i) => (i / 40) * op.theta);
  const R = op.basis(lags);
  let err = 0;
  for (let i = 0; i < lags.length; i++) {
    const rec = dot(R.data.subarray(i * op.N, (i + 1) * op.N), x);
    err = Math.max(err, Math.abs(rec - u(t - lags[i])));
  }
  return err;
}

/** A copy of `op` with the skew part S negated (the wrong sign), to show that the sign test can fail. */
function withFlippedS(op: HippoOperator): HippoOperator {
  const data = op.A.data.slice();
  const N = op.N;
  for (let m = 1; 2 * m < N; m++) {
    const c = 2 * m - 1;
    const s = 2 * m;
    data[c * N + s] = -data[c * N + s];
    data[s * N + c] = -data[s * N + c];
  }
  return { ...op, A: { rows: N, cols: N, data }, basis: op.basis };
}

const periodic = (s: number): number => Math.sin(2 * Math.PI * s) + 0.3 * Math.cos(6 * Math.PI * s);
const dPeriodic = (s: number): number =>
  2 * Math.PI * Math.cos(2 * Math.PI * s) - 1.8 * Math.PI * Math.sin(6 * Math.PI * s);
const nonPeriodic = (s: number): number => Math.exp(0.5 * s) + 0.4 * Math.sin(3 * s);
const dNonPeriodic = (s: number): number => 0.5 * Math.exp(0.5 * s) + 1.2 * Math.cos(3 * s);

describe('fout', () => {
  it('has A = -2 e e^T + S, B = 2 e with the documented sign of S (hand-written N = 3)', () => {
    const r2 = Math.SQRT2;
    const w = 2 * Math.PI;
    const op = fout(3);
    expect(maxAbsDiff(op.A.data, [-2, -2 * r2, 0, -2 * r2, -4, -w, 0, w, 0])).toBeLessThan(TIGHT);
    expect(maxAbsDiff(op.B, [2, 2 * r2, 0])).toBeLessThan(TIGHT);
    expect(maxAbsDiff(op.endpoint, [1, r2, 0])).toBeLessThan(TIGHT);
    const code = fout(3, { variant: 'fout-code' });
    expect(code.measure).toBe('fout-code');
    expect(code.A.data[1 * 3 + 2]).toBeCloseTo(-2 * w, 14);
    expect(
      maxAbsDiff(
        fout(3, { theta: 0.5 }).A.data,
        Array.from(op.A.data, (v) => 2 * v),
      ),
    ).toBeLessThan(TIGHT);
  });

  it('the sign of S is right: the ODE keeps reconstructing a window-periodic signal (the flipped sign does not)', () => {
    const op = fout(9);
    const t1 = 1.37;
    const x = rk4(op, periodic, projectWindow(op, periodic, 0), 0, 1e-4, 13700);
    expect(reconstructionError(op, x, periodic, t1)).toBeLessThan(HIPPO_ODE_VS_PROJECTION);
    const bad = withFlippedS(op);
    const y = rk4(bad, periodic, projectWindow(op, periodic, 0), 0, 1e-4, 13700);
    expect(reconstructionError(op, y, periodic, t1)).toBeGreaterThan(0.1);
    // 'fout-code' (4 pi m) cannot represent the odd harmonics 1 and 3 of this signal
    const code = fout(9, { variant: 'fout-code' });
    const z = rk4(code, periodic, projectWindow(code, periodic, 0), 0, 1e-4, 13700);
    expect(reconstructionError(code, z, periodic, t1)).toBeGreaterThan(0.5);
  });

  it('e^T x tracks (u(t) + u(t - theta))/2 on a non-periodic signal, with error ~ 1/N', () => {
    const Ns = [11, 21, 41];
    const errs = Ns.map((N) => {
      const op = fout(N);
      let worst = 0;
      rk4(op, nonPeriodic, projectWindow(op, nonPeriodic, 0, { M: 200 }), 0, 2e-4, 10000, (t, x) => {
        if (t < 0.5) return;
        const mean = (nonPeriodic(t) + nonPeriodic(t - 1)) / 2;
        worst = Math.max(worst, Math.abs(dot(op.endpoint, x) - mean));
      });
      return worst;
    });
    Ns.forEach((N, i) => expect(errs[i]).toBeLessThan(FOUT_ENDS_MEAN_C / N));
    expect(Math.abs(logLogSlope(Ns, errs) + 1)).toBeLessThan(ORDER_SLOPE);
    // while u(t) itself is far from that mean: the endpoint value is NOT u(t)
    expect(Math.abs(nonPeriodic(2) - (nonPeriodic(2) + nonPeriodic(1)) / 2)).toBeGreaterThan(10 * errs[0]);
  });

  it('derivative readout is unbiased for window-periodic signals', () => {
    for (const N of [7, 9, 21]) {
      const op = fout(N);
      const { C, D } = readout(op);
      let worst = 0;
      rk4(op, periodic, projectWindow(op, periodic, 0), 0, 1e-4, 15000, (t, x) => {
        if (Math.abs(t * 10 - Math.round(t * 10)) > 1e-9) return; // every 0.1
        worst = Math.max(worst, Math.abs(dot(C, x) + D * periodic(t) - dPeriodic(t)));
      });
      expect(worst).toBeLessThan(1e-9);
    }
  });

  it("derivative readout is biased on non-periodic signals: it reads ~(u'(t) + u'(t - theta))/2, for every N", () => {
    const res = [11, 21, 41].map((N) => {
      const op = fout(N);
      const { C, D } = readout(op);
      let vsTrue = 0;
      let vsMean = 0;
      let spread = 0;
      rk4(op, nonPeriodic, projectWindow(op, nonPeriodic, 0, { M: 200 }), 0, 2e-4, 10000, (t, x) => {
        if (t < 0.5) return;
        const y = dot(C, x) + D * nonPeriodic(t);
        const mean = (dNonPeriodic(t) + dNonPeriodic(t - 1)) / 2;
        vsTrue = Math.max(vsTrue, Math.abs(y - dNonPeriodic(t)));
        vsMean = Math.max(vsMean, Math.abs(y - mean));
        spread = Math.max(spread, Math.abs(dNonPeriodic(t) - mean));
      });
      return { vsTrue, vsMean, spread };
    });
    for (const r of res) {
      expect(r.vsTrue).toBeGreaterThan(1); // O(1) error that does not go away
      expect(r.vsMean).toBeLessThan(0.15 * r.spread); // measured 0.12 vs spread ~1.4
    }
    expect(res[2].vsTrue).toBeGreaterThan(0.5 * res[0].vsTrue);
  });

  it("'fout-code' does not see a 3-cycle sine: projection ~0 and running readout ~0 (fout reads it)", () => {
    const u3 = (s: number): number => Math.sin(6 * Math.PI * s);
    const amplitude = 6 * Math.PI; // of u3'
    const code = fout(15, { variant: 'fout-code' });
    expect(Math.max(...Array.from(projectWindow(code, u3, 1.1), Math.abs))).toBeLessThan(1e-12);
    const peak = (op: HippoOperator): number => {
      const { C, D } = readout(op);
      let m = 0;
      rk4(op, u3, new Float64Array(op.N), 0, 1e-4, 30000, (t, x) => {
        if (t > 2) m = Math.max(m, Math.abs(dot(C, x) + D * u3(t)));
      });
      return m;
    };
    const code15 = peak(code);
    const code31 = peak(fout(31, { variant: 'fout-code' }));
    expect(code15).toBeLessThan(0.1 * amplitude); // measured 1.2 vs 18.8
    expect(code31).toBeLessThan(0.6 * code15); // and shrinking with N (measured 0.61)
    expect(Math.abs(peak(fout(15)) - amplitude)).toBeLessThan(0.05 * amplitude);
  });
});
