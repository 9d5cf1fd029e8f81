import { describe, expect, it } from 'vitest';
import { prophecy } from '../../src/construction/prophecy.ts';
import { legtBilinearDiscretize, LEGT_FAST_MIN_N } from '../../src/construction/legtBilinearDiscretize.ts';
import { legtStructure } from '../../src/construction/legtStructure.ts';
import {
  legtBilinearFactor,
  legtStructuredSolveTransposedInto,
} from '../../src/construction/legtBilinearFactor.ts';
import { discretize } from '../../src/discretize/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { LEGT_FAST_DISCRETIZE_REL } from '../tolerances.ts';
import { maxRelDiff as maxRel } from '../helpers/numeric.ts';

describe('legtBilinearDiscretize', () => {
  it('agrees with the dense LU bilinear discretization to 1e-12 relative (max norm), Abar and Bbar', () => {
    for (const N of [1, 2, 7, 64, 200]) {
      for (const [dt, theta] of [
        [1e-4, 1],
        [0.5 / (N * N), 1],
        [1e-2, 0.3],
        [0.5, 2],
      ]) {
        const op = hippo('legt', N, { theta });
        const ref = discretize(op.A, op.B, dt, 'bilinear');
        const fast = legtBilinearDiscretize(N, theta, dt);
        expect(maxRel(fast.Abar.data, ref.Abar.data), `N ${N} dt ${dt}`).toBeLessThan(
          LEGT_FAST_DISCRETIZE_REL,
        );
        expect(maxRel(fast.Bbar, ref.Bbar), `N ${N} dt ${dt}`).toBeLessThan(LEGT_FAST_DISCRETIZE_REL);
        // the off-diagonal part alone (O(dt) entries) also agrees relative to its own size
        const offFast = fast.Abar.data.map((v, i) => (i % (N + 1) === 0 ? 0 : v));
        const offRef = ref.Abar.data.map((v, i) => (i % (N + 1) === 0 ? 0 : v));
        if (N > 1) expect(maxRel(offFast, offRef), `off-diagonal N ${N} dt ${dt}`).toBeLessThan(1e-10);
      }
    }
  });

  it('the transposed solve inverts M^T = (I - dt/2 A)^T, also with leading zeros skipped', () => {
    const N = 33;
    const theta = 0.7;
    const dt = 3e-3;
    const op = hippo('legt', N, { theta });
    const f = legtBilinearFactor(N, theta, dt);
    for (const first of [0, 5, 32]) {
      const rhs = Float64Array.from({ length: N }, (_, i) => (i < first ? 0 : Math.cos(1 + i)));
      const y = new Float64Array(N);
      legtStructuredSolveTransposedInto(f, rhs, 0, y, 0, first);
      // residual of M^T y = rhs: (M^T y)_j = y_j - dt/2 sum_i A_ij y_i
      let res = 0;
      for (let j = 0; j < N; j++) {
        let s = y[j];
        for (let i = 0; i < N; i++) s -= (dt / 2) * op.A.data[i * N + j] * y[i];
        res = Math.max(res, Math.abs(s - rhs[j]));
      }
      expect(res, `first ${first}`).toBeLessThan(1e-13);
    }
  });

  it('is what prophecy uses for LegT bilinear from LEGT_FAST_MIN_N on, and only for true LegT matrices', () => {
    const N = LEGT_FAST_MIN_N;
    const op = hippo('legt', N);
    const dt = 1e-4;
    expect(legtStructure(op, 'bilinear', dt)).toEqual(legtBilinearFactor(N, 1, dt));
    expect(legtStructure(op, { gbt: 0.5 }, dt)).not.toBeNull();
    expect(legtStructure(op, 'zoh', dt)).toBeNull();
    expect(legtStructure(hippo('lmu', N), 'bilinear', dt)).toBeNull();
    // a LegT-labelled operator with a perturbed A goes the dense way
    const data = op.A.data.slice();
    data[5] *= 1 + 1e-9;
    const fake = Object.freeze({ ...op, A: Object.freeze({ ...op.A, data }) });
    expect(legtStructure(fake, 'bilinear', dt)).toBeNull();
    const p = prophecy(op, { dt });
    const ref = discretize(op.A, op.B, dt, 'bilinear');
    expect(maxRel(p.Abar.data, ref.Abar.data)).toBeLessThan(LEGT_FAST_DISCRETIZE_REL);
    const fast = legtBilinearDiscretize(N, 1, dt);
    expect(Array.from(p.Abar.data)).toEqual(Array.from(fast.Abar.data));
    const pf = prophecy(fake, { dt });
    const reff = discretize(fake.A, fake.B, dt, 'bilinear');
    expect(Array.from(pf.Abar.data)).toEqual(Array.from(reff.Abar.data));
    expect(pf.legtFactor).toBeUndefined();
    // below LEGT_FAST_MIN_N the dense LU computes Abar, and the predictor still carries its structure
    const small = prophecy(hippo('legt', N - 1), { dt });
    const refs = discretize(small.op.A, small.op.B, dt, 'bilinear');
    expect(Array.from(small.Abar.data)).toEqual(Array.from(refs.Abar.data));
    expect(small.legtFactor).toEqual(legtBilinearFactor(N - 1, 1, dt));
  });

  it('rejects bad arguments', () => {
    expect(() => legtBilinearDiscretize(0, 1, 0.1)).toThrow(
      /legtBilinearDiscretize: N must be an integer >= 1/,
    );
    expect(() => legtBilinearDiscretize(3, -1, 0.1)).toThrow(/theta must be > 0/);
    expect(() => legtBilinearDiscretize(3, 1, 0)).toThrow(/dt must be > 0/);
  });
});
