/**
 * The generated stages (src/ssm/fft/butterflies.generated.ts, from the one definition of the butterflies in
 * scripts/fft-codegen) against the plain radix-r stage (src/ssm/reference/radixStage.ts), stage by stage, for every
 * stage of plans that use each radix in every position (first, middle, last; pruned first stage).
 */
import { describe, expect, it } from 'vitest';
import * as stages from '../../../src/ssm/fft/butterflies.generated.ts';
import { complexFftPlan } from '../../../src/ssm/fft/plan.ts';
import type { Stage } from '../../../src/ssm/fft/plan.ts';
import { radixStage } from '../../../src/ssm/reference/index.ts';
import { FFT_STAGE_EPS_PER_TERM } from '../../tolerances.ts';
import { randomSequence } from '../fixtures.ts';

type StageFn = (x: Float64Array, y: Float64Array, st: Stage, tw: Float64Array) => void;
type LastFn = (x: Float64Array, y: Float64Array, s: number, half: boolean) => void;
const STAGE: Record<number, StageFn> = {
  3: stages.stage3,
  4: stages.stage4,
  5: stages.stage5,
  8: stages.stage8,
};
const LAST: Record<number, LastFn> = { 2: stages.last2, 4: stages.last4, 8: stages.last8 };

/**
 * max over the outputs of |y - ref| / (eps sum_j |x_j|), the sum over the r inputs of that output's butterfly: the
 * error model of a radix-r stage is c eps sum_j |x_j| (the reference's r-term sums, the unrolled butterfly's
 * log2 r + 1 roundings per path, the twiddle product and table entry), with c of order r + 8 at worst.
 */
function errorInEps(st: Stage, x: Float64Array, y: Float64Array, ref: Float64Array, outputs: number): number {
  const { r, len, s } = st;
  const mm = len / r;
  let worst = 0;
  for (let p = 0; p < mm; p++) {
    for (let q = 0; q < s; q++) {
      let terms = 0;
      for (let j = 0; j < r; j++) {
        const i = 2 * (q + s * (p + j * mm));
        terms += Math.hypot(x[i], x[i + 1]);
      }
      for (let k = 0; k < outputs; k++) {
        const o = 2 * (q + s * (r * p + k));
        const err = Math.hypot(y[o] - ref[o], y[o + 1] - ref[o + 1]);
        worst = Math.max(worst, err / (Number.EPSILON * terms));
      }
    }
  }
  return worst;
}

/** plans whose stages cover every radix as first, middle and last stage: 2^a 3^b 5^c */
const SIZES = [2, 3, 4, 5, 8, 15, 24, 40, 60, 90, 96, 120, 200, 240, 360, 640, 750, 1024, 1536, 3000];

describe('generated FFT stages vs the plain radix-r stage', () => {
  it('every stage of every plan, full and (last stages) half output', () => {
    const covered = new Set<string>();
    for (const m of SIZES) {
      const plan = complexFftPlan(m);
      plan.stages.forEach((st, i) => {
        const x = randomSequence(2 * m, 31 * m + i);
        const ref = radixStage(x, st.r, st.len, st.s);
        const y = new Float64Array(2 * m);
        const last = i === plan.stages.length - 1;
        if (last && LAST[st.r]) {
          for (const half of [false, true]) {
            y.fill(NaN);
            LAST[st.r](x, y, st.s, half);
            const k = half ? st.r / 2 : st.r;
            const e = errorInEps(st, x, y, ref, k);
            expect(e, `last${st.r} m ${m} half ${half}`).toBeLessThan(FFT_STAGE_EPS_PER_TERM * (st.r + 8));
            // half writes nothing beyond the first half of the outputs
            if (half) expect(y.subarray(m).every(Number.isNaN), `last${st.r} m ${m}`).toBe(true);
          }
          covered.add(`last${st.r}`);
        } else {
          STAGE[st.r](x, y, st, plan.tw);
          const e = errorInEps(st, x, y, ref, st.r);
          expect(e, `stage${st.r} m ${m} stage ${i}`).toBeLessThan(FFT_STAGE_EPS_PER_TERM * (st.r + 8));
          covered.add(`stage${st.r}`);
        }
        if (i === 0 && st.r === 8 && plan.stages.length > 1) {
          // the pruned first stage: inputs j >= 4 (the upper half of x) are zero
          const xh = x.slice();
          xh.fill(0, m);
          stages.first8Half(xh, y, st, plan.tw);
          const e = errorInEps(st, xh, y, radixStage(xh, 8, st.len, 1), 8);
          expect(e, `first8Half m ${m}`).toBeLessThan(FFT_STAGE_EPS_PER_TERM * (8 + 8));
          covered.add('first8Half');
        }
      });
    }
    expect([...covered].sort()).toEqual(
      ['first8Half', 'last2', 'last4', 'last8', 'stage3', 'stage4', 'stage5', 'stage8'].sort(),
    );
  });

  it('a wrong twiddle or input order is caught: the reference stage differs by O(1) from a shifted stage', () => {
    const plan = complexFftPlan(40);
    const st = plan.stages[0];
    const x = randomSequence(80, 5);
    const y = new Float64Array(80);
    STAGE[st.r](x, y, st, plan.tw);
    const wrong = radixStage(x, st.r, st.len, st.s).map((v, i, a) => a[(i + 2) % a.length]);
    expect(errorInEps(st, x, y, wrong, st.r)).toBeGreaterThan(1e10);
  });
});
