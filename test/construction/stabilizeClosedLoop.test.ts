import { describe, expect, it } from 'vitest';
import {
  closedLoopMatrix,
  closedLoopRadius,
  prophecy,
  stabilizeClosedLoop,
} from '../../src/construction/index.ts';
import { hippo } from '../../src/hippo/index.ts';
import { spectralRadius } from '../../src/linalg/index.ts';
import { rollout } from '../../src/ssm/index.ts';
import { TIGHT, CLOSED_LOOP_CLUSTER, CLOSED_LOOP_RADIUS_TOL, SSM_ROLLOUT_CONST } from '../tolerances.ts';

/** LegT predictors over a grid of N, windows W = theta / dt (samples) and steps dt, where the trapezoid exists. */
function grid(): { N: number; W: number; dt: number }[] {
  const out: { N: number; W: number; dt: number }[] = [];
  for (const N of [1, 2, 3, 4, 6, 9, 17])
    for (const W of [16, 64, 256, 1024])
      for (const dt of [1e-3, 0.05]) if (N * N < 2 * W) out.push({ N, W, dt });
  return out;
}

describe('closedLoopMatrix', () => {
  it('applied to (x, v) is one free-running step of the predictor', () => {
    const p = prophecy(hippo('legt', 5, { theta: 0.04 }), { dt: 1e-3 });
    const M = closedLoopMatrix(p);
    const N = 5;
    const x = Float64Array.from({ length: N }, (_, i) => Math.cos(i + 0.3));
    const v = 0.7;
    const xn = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      xn[i] = p.Bbar[i] * v;
      for (let j = 0; j < N; j++) xn[i] += p.Abar.data[i * N + j] * x[j];
    }
    let vn = p.Dbar * v;
    for (let i = 0; i < N; i++) vn += p.Cbar[i] * xn[i];
    const z = [...x, v];
    for (let i = 0; i <= N; i++) {
      let s = 0;
      for (let j = 0; j <= N; j++) s += M.data[i * (N + 1) + j] * z[j];
      expect(Math.abs(s - (i < N ? xn[i] : vn))).toBeLessThan(TIGHT);
    }
    expect(() => closedLoopMatrix(prophecy(hippo('legs', 3), { dt: 1e-3 }))).toThrow(/time-varying/);
  });
});

describe('stabilizeClosedLoop', () => {
  it('gives closed-loop spectral radius <= 1 across N, window and dt (the plain loop is unstable for N >= 2)', () => {
    let unstable = 0;
    for (const { N, W, dt } of grid()) {
      const p = prophecy(hippo('legt', N, { theta: W * dt }), { dt });
      const s = stabilizeClosedLoop(p);
      // radius recomputed independently of the bisection's bookkeeping
      const rho = spectralRadius(closedLoopMatrix(s));
      expect(rho, `N = ${N}, W = ${W}, dt = ${dt}`).toBeLessThanOrEqual(1 + CLOSED_LOOP_RADIUS_TOL);
      expect(Math.abs(rho - s.radius)).toBeLessThan(TIGHT);
      // the blend is exact on constants, so the loop keeps its eigenvalue 1 (to the resolution of a cluster at 1)
      expect(rho).toBeGreaterThan(1 - CLOSED_LOOP_CLUSTER);
      expect(s.plainRadius).toBe(closedLoopRadius(p));
      if (s.plainRadius > 1 + CLOSED_LOOP_RADIUS_TOL) {
        unstable++;
        expect(s.gamma).toBeGreaterThan(0);
        expect(s.gamma).toBeLessThan(1);
        // the largest stable gamma: a little more of the construction is unstable again
        const g = Math.min(1, s.gamma + 0.01);
        const more = { ...p, Cbar: p.Cbar.map((c) => g * c), Dbar: 1 + g * (p.Dbar - 1) };
        expect(closedLoopRadius(more)).toBeGreaterThan(1 + CLOSED_LOOP_RADIUS_TOL);
      } else {
        expect(s.gamma).toBe(1);
        expect(s.Cbar).toBe(p.Cbar);
      }
      expect(s.Abar).toBe(p.Abar);
      expect(s.Bbar).toBe(p.Bbar);
    }
    expect(unstable).toBeGreaterThan(grid().length / 2); // the test exercises the bisection, not only gamma = 1
  });

  it('blends with copy-last: Cbar = gamma Cbar, Dbar = 1 + gamma (Dbar - 1), and stays exact on constants', () => {
    const p = prophecy(hippo('legt', 6, { theta: 0.064 }), { dt: 1e-3 });
    const s = stabilizeClosedLoop(p);
    for (let i = 0; i < 6; i++) expect(s.Cbar[i]).toBe(s.gamma * p.Cbar[i]);
    expect(s.Dbar).toBe(1 + s.gamma * (p.Dbar - 1));
    // a constant, then free-running once the state has settled (20 windows): the forecast stays at the constant
    const u = new Float64Array(3000).fill(2.5);
    const out = rollout(s, u, { teacherRatio: 0.5 });
    let worst = 0;
    for (let k = 1500; k < 3000; k++) worst = Math.max(worst, Math.abs(out[k] - 2.5));
    expect(worst).toBeLessThan(SSM_ROLLOUT_CONST);
  });

  it('does not diverge where the plain loop does: a free run of a sine', () => {
    const dt = 1e-3;
    const p = prophecy(hippo('legt', 9, { theta: 0.064 }), { dt });
    const s = stabilizeClosedLoop(p);
    const u = Float64Array.from({ length: 5000 }, (_, k) => Math.sin(2 * Math.PI * k * dt));
    const plain = rollout(p, u, { teacherRatio: 0.2 });
    const stable = rollout(s, u, { teacherRatio: 0.2 });
    // max |x|, Infinity once a value is not finite
    const maxAbs = (x: Float64Array) =>
      x.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : Infinity), 0);
    expect(closedLoopRadius(p)).toBeGreaterThan(1.5);
    expect(maxAbs(plain)).toBeGreaterThan(1e6); // the plain forecast explodes (to Infinity)
    expect(maxAbs(stable)).toBeLessThan(10);
  });

  it('rejects time-varying predictors, unstable state updates and bad options', () => {
    expect(() => stabilizeClosedLoop(prophecy(hippo('legs', 3), { dt: 1e-3 }))).toThrow(/time-varying/);
    const p = prophecy(hippo('legt', 3, { theta: 0.1 }), { dt: 1e-3 });
    // a state update with an eigenvalue 1.5: even copy-last's loop grows
    const unstableA = {
      ...p,
      Abar: { rows: 3, cols: 3, data: Float64Array.of(1.5, 0, 0, 0, 0.5, 0, 0, 0, 0.5) },
    };
    expect(() => stabilizeClosedLoop(unstableA)).toThrow(/state update itself is unstable/);
    expect(() => stabilizeClosedLoop(p, { tolerance: 0 })).toThrow(/tolerance must be > 0/);
    expect(() => stabilizeClosedLoop(p, { steps: 0.5 })).toThrow(/steps/);
  });
});
