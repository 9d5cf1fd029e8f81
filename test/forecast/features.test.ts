import { describe, expect, it } from 'vitest';
import { delayMemory, legtMemory, polynomialFeatures } from '../../src/forecast/index.ts';
import { freeRun } from '../../src/forecast/freeRun.ts';
import { designMatrix } from '../../src/forecast/designMatrix.ts';
import { discretize } from '../../src/discretize/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { fromRows } from '../../src/linalg/index.ts';
import { TIGHT } from '../tolerances.ts';

/** The LegT recurrence by the dense generic discretisation (an independent path to legtBilinearDiscretize). */
function legtStates(u: number[], N: number, theta: number, dt: number): Float64Array {
  const op = hippo('legt', N, { theta });
  const { Abar, Bbar } = discretize(op.A, op.B, dt, 'bilinear');
  let x = new Float64Array(N);
  for (const v of u) {
    const y = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      y[i] = Bbar[i] * v;
      for (let j = 0; j < N; j++) y[i] += Abar.data[i * N + j] * x[j];
    }
    x = y;
  }
  return x;
}

describe('polynomial features', () => {
  it('HiPPO: [states | values | quadratic monomials of values and leading coefficients] on a tiny case', () => {
    const [N, theta, dt] = [2, 0.3, 0.1];
    const mem = legtMemory(2, { N, theta, dt, leading: 1 });
    const map = polynomialFeatures(mem);
    expect(map.size).toBe(4 + 2 + 10); // m = H N, H values, q = 4 -> 10 monomials
    expect(map.quadraticVariables).toBe(4);
    const a = [0.5, -1, 2];
    const b = [3, 1, -2];
    let s = new Float64Array(mem.stateSize);
    for (let k = 0; k < 3; k++) {
      const next = new Float64Array(mem.stateSize);
      mem.step(s, Float64Array.of(a[k], b[k]), next);
      s = next;
    }
    const xa = legtStates(a, N, theta, dt);
    const xb = legtStates(b, N, theta, dt);
    const phi = new Float64Array(map.size + 2);
    map.write(s, Float64Array.of(2, -2), phi, 1); // at an offset, leaving the ends alone
    expect(phi[0]).toBe(0);
    expect(phi[map.size + 1]).toBe(0);
    const z = [2, -2, xa[0], xb[0]];
    const quad: number[] = [];
    for (let i = 0; i < 4; i++) for (let j = i; j < 4; j++) quad.push(z[i] * z[j]);
    const expected = [xa[0], xa[1], xb[0], xb[1], 2, -2, ...quad];
    for (let f = 0; f < map.size; f++) expect(Math.abs(phi[f + 1] - expected[f])).toBeLessThan(TIGHT);
  });

  it('NG-RC: delayed copies with a stride, every quadratic monomial of the linear part', () => {
    const mem = delayMemory(2, { delays: 3, stride: 2 });
    expect([mem.size, mem.stateSize, mem.warmup]).toEqual([4, 10, 4]);
    const map = polynomialFeatures(mem);
    expect(map.size).toBe(4 + 2 + 21); // q = 6 linear features -> 21 monomials
    let s = new Float64Array(mem.stateSize);
    for (let k = 0; k <= 6; k++) {
      const next = new Float64Array(mem.stateSize);
      mem.step(s, Float64Array.of(k, 10 * k), next);
      s = next;
    }
    const phi = new Float64Array(map.size);
    map.write(s, Float64Array.of(6, 60), phi, 0);
    const lin = [4, 40, 2, 20]; // u_{k-2}, u_{k-4} with u_k = (6, 60)
    expect(Array.from(phi.subarray(0, 6))).toEqual([...lin, 6, 60]);
    const z = [6, 60, ...lin];
    const quad: number[] = [];
    for (let i = 0; i < 6; i++) for (let j = i; j < 6; j++) quad.push(z[i] * z[j]);
    expect(Array.from(phi.subarray(6))).toEqual(quad);
    const linear = polynomialFeatures(mem, { quadratic: false });
    expect(linear.size).toBe(6);
    expect(() => polynomialFeatures(mem, { quadratic: 'yes' as unknown as boolean })).toThrow(TypeError);
  });

  it('HiPPO with N = leading = k - 1 has exactly as many features as NG-RC with k delays', () => {
    for (const H of [1, 2, 3])
      for (const k of [2, 3, 4]) {
        const h = polynomialFeatures(legtMemory(H, { N: k - 1, leading: k - 1, theta: 1, dt: 0.1 }));
        const n = polynomialFeatures(delayMemory(H, { delays: k }));
        expect(h.size).toBe(n.size);
        expect(h.size + 1).toBe(1 + k * H + (k * H * (k * H + 1)) / 2);
      }
  });

  it('rejects bad memory options', () => {
    expect(() => legtMemory(1, { theta: 1, dt: 0.1, N: 2, leading: 3 })).toThrow(
      /leading must be an integer in \[0, N = 2\]/,
    );
    expect(() => legtMemory(0, { theta: 1, dt: 0.1 })).toThrow(/H/);
    expect(() => legtMemory(1, { theta: 0, dt: 0.1 })).toThrow(/theta must be > 0/);
    expect(() => delayMemory(1, { delays: 0 })).toThrow(/delays/);
    expect(() => delayMemory(1, { stride: 1.5 })).toThrow(/stride/);
  });
});

describe('designMatrix', () => {
  it('pairs phi_k with u_{k+1} - u_k after the warm-up, with teacher-forced snapshots beyond `to`', () => {
    const u0 = Float64Array.from({ length: 12 }, (_, k) => k * k);
    const u1 = Float64Array.from({ length: 12 }, (_, k) => -k);
    const map = polynomialFeatures(delayMemory(2, { delays: 2, stride: 2 }));
    const d = designMatrix(map, [u0, u1], { to: 8, snapshots: [3, 10] });
    expect(d.firstRow).toBe(2);
    expect(d.X.rows).toBe(5); // k = 2..6 (u_{k+1} must lie below `to` = 8)
    for (let r = 0; r < 5; r++) {
      const k = r + 2;
      expect(Array.from(d.Y.data.subarray(2 * r, 2 * r + 2))).toEqual([u0[k + 1] - u0[k], u1[k + 1] - u1[k]]);
      expect(Array.from(d.X.data.subarray(r * map.size, r * map.size + 4))).toEqual([
        u0[k - 2],
        u1[k - 2],
        u0[k],
        u1[k],
      ]);
    }
    // the state after u[0..8): its newest entry is u_7; snapshot 10 holds u_9 (teacher-forced past `to`)
    expect([d.state[0], d.state[1]]).toEqual([u0[7], u1[7]]);
    expect([d.snapshots[0][0], d.snapshots[1][0], d.snapshots[1][4]]).toEqual([u0[2], u0[9], u0[7]]);
    expect(() => designMatrix(map, [u0, u1], { to: 4 })).toThrow(/need at least 2/);
    expect(() => designMatrix(map, [u0])).toThrow(TypeError);
    expect(() => designMatrix(map, [u0, u1], { snapshots: [13] })).toThrow(/snapshots/);
  });
});

describe('freeRun', () => {
  it('feeds its predictions back and stops at the first non-finite value', () => {
    const map = polynomialFeatures(delayMemory(1, { delays: 1 }), { quadratic: false }); // phi = [u]
    const grow = { intercept: Float64Array.of(0), weights: fromRows([[1e200]]) };
    const run = freeRun(map, grow, Float64Array.of(1), Float64Array.of(1), 5);
    expect(run.forecast[0][0]).toBeCloseTo(1e200, -190);
    expect(run.diverged).toBe(1);
    expect(run.steps).toBe(1);
    expect(Number.isNaN(run.forecast[0][1]) && Number.isNaN(run.forecast[0][4])).toBe(true);
    const stop = freeRun(
      map,
      { intercept: Float64Array.of(1), weights: fromRows([[0]]) },
      Float64Array.of(0),
      Float64Array.of(0),
      5,
      (j) => j < 2,
    );
    expect(stop.steps).toBe(3);
    expect(Array.from(stop.forecast[0].subarray(0, 3))).toEqual([1, 2, 3]);
    expect(stop.diverged).toBeNull();
  });
});
