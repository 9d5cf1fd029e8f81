import { afterEach, describe, expect, it, vi } from 'vitest';
import { generate, generateBatch } from '../../src/systems/generate.ts';
import { systems, systemNames } from '../../src/systems/registry.ts';
import { CLASSIC_NAMES, SIGNAL_NAMES } from '../../src/systems/types.ts';
import { OdeSolverError } from '../../src/systems/ode/odeSolverError.ts';
import { SAMPLING_SIGMAS } from '../tolerances.ts';
import { meanStd } from './helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('registry', () => {
  it('holds every documented name with consistent metadata', () => {
    expect([...systemNames].sort()).toEqual([...SIGNAL_NAMES, ...CLASSIC_NAMES].sort());
    for (const name of systemNames) {
      const d = systems[name];
      expect(d.name).toBe(name);
      expect(d.kind).toBe((SIGNAL_NAMES as readonly string[]).includes(name) ? 'signal' : 'system');
      expect(d.channels.length).toBe(d.dimension);
      expect(d.dt).toBeGreaterThan(0);
      expect(d.timeScale).toBeGreaterThan(0);
      expect(d.description.length).toBeGreaterThan(20);
      if (d.chaotic) {
        expect(d.lyapunov).toBeGreaterThan(0);
        expect(d.lyapunovSource).toBeTruthy();
      } else expect(d.lyapunov).toBeNull();
      for (const [k, v] of Object.entries(d.defaults)) if (v === 'random') expect(d.random[k]).toBeTruthy();
      expect(Object.isFrozen(d)).toBe(true);
    }
    expect(systems.lorenz.lyapunov).toBeCloseTo(0.906, 2);
    expect(systems.rossler.lyapunov).toBeCloseTo(0.071, 2);
    expect(systems['mackey-glass'].lyapunov).toBeCloseTo(0.006, 3);
    expect(systems['mackey-glass'].defaults.tau).toBe(17);
    expect(systems['white-signal'].scale).toBe('minmax');
    expect(systems['filtered-noise'].scale).toBe('minmax');
  });

  it('every generator runs with its defaults (short length), gives its dimension, and never uses Math.random', () => {
    const spy = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    for (const name of systemNames) {
      // a White Signal needs a period of at least 1 / gamma: 200 samples at dt 0.05
      const g = generate(name, { length: 200, seed: 1, ...(name === 'white-signal' ? { dt: 0.05 } : {}) });
      expect(g.values.length).toBe(systems[name].dimension);
      expect(g.t.length).toBe(200);
      for (const c of g.values) {
        expect(c.length).toBe(200);
        for (const v of c) expect(Number.isFinite(v)).toBe(true);
      }
    }
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('generate', () => {
  it('is deterministic across calls and depends on seed and stream', () => {
    for (const name of ['white-signal', 'mixed', 'lorenz', 'logistic-map', 'linear-system'] as const) {
      const o = { length: 300, seed: 7, stream: 3, ...(name === 'white-signal' ? { dt: 0.01 } : {}) };
      const a = generate(name, o);
      const b = generate(name, o);
      expect(a.values).toEqual(b.values);
      expect(generate(name, { ...o, seed: 8 }).values).not.toEqual(a.values);
      expect(generate(name, { ...o, stream: 4 }).values).not.toEqual(a.values);
    }
  });

  it('pins a few numbers so that a change of the streams cannot go unnoticed', () => {
    const w = generate('white-signal', { length: 1000, seed: 0, scale: 'none' }).values[0];
    const again = generate('white-signal', { length: 1000, seed: 0, scale: 'none' }).values[0];
    expect(w[17]).toBe(again[17]);
    const m = generate('multi-sine', { length: 11, seed: 0 }).values[0];
    expect(Math.max(...m.map(Math.abs))).toBe(1);
  });

  it('generateBatch: function i equals generating stream i alone, whatever the batch size', () => {
    const opts = { length: 500, seed: 11, alpha: 0.05 };
    const small = generateBatch('filtered-noise', 3, opts);
    const big = generateBatch('filtered-noise', 200, opts);
    for (let i = 0; i < 3; i++) {
      expect(small[i].values).toEqual(big[i].values);
      expect(small[i].values).toEqual(generate('filtered-noise', { ...opts, stream: i }).values);
    }
    const shifted = generateBatch('filtered-noise', 2, { ...opts, stream: 100 });
    expect(shifted[1].values).toEqual(big[101].values);
    expect(generateBatch('mixed', 5, { length: 100 }).map((g) => g.values[0][50])).toEqual(
      [0, 1, 2, 3, 4].map((i) => generate('mixed', { length: 100, stream: i }).values[0][50]),
    );
    expect(generateBatch('lorenz', 0)).toEqual([]);
  });

  it('builds the grid from dt, from tSpan, or from the defaults', () => {
    expect(Array.from(generate('lorenz', { length: 3, dt: 0.5 }).t)).toEqual([0, 0.5, 1]);
    expect(Array.from(generate('lorenz', { length: 3, dt: 0.5, t0: 2 }).t)).toEqual([2, 2.5, 3]);
    expect(Array.from(generate('lorenz', { length: 5, tSpan: [1, 2] }).t)).toEqual([1, 1.25, 1.5, 1.75, 2]);
    const v = generate('vdp-paper');
    expect(v.t.length).toBe(10000);
    expect(v.t[0]).toBe(0);
    expect(v.t[9999]).toBe(20);
    expect(generate('legendre').t[9999]).toBe(1);
    expect(generate('white-signal').t[1]).toBe(1e-3);
  });

  it('scales (minmax, standard, none) and adds observation noise from its own stream after scaling', () => {
    const base = { length: 4000, seed: 3 };
    const mm = generate('white-signal', base).values[0];
    expect(Math.min(...mm)).toBe(0);
    expect(Math.max(...mm)).toBe(1);
    const st = meanStd(generate('lorenz', { ...base, scale: 'standard' }).values[1]);
    expect(Math.abs(st.mean)).toBeLessThan(1e-12);
    expect(Math.abs(st.std - Math.sqrt(4000 / 3999))).toBeLessThan(1e-12);
    const raw = generate('white-signal', { ...base, scale: 'none' }).values[0];
    expect(Math.sqrt(raw.reduce((a, x) => a + x * x, 0) / raw.length)).toBeCloseTo(0.5, 12);
    const noisy = generate('white-signal', { ...base, noise: 0.1 }).values[0];
    const diff = noisy.map((x, k) => x - mm[k]);
    const d = meanStd(diff);
    expect(Math.abs(d.mean)).toBeLessThan((SAMPLING_SIGMAS * 0.1) / Math.sqrt(4000));
    expect(Math.abs(d.std / 0.1 - 1)).toBeLessThan(SAMPLING_SIGMAS * Math.sqrt(0.5 / 4000));
    // the clean part is unchanged by the noise option (separate stream)
    expect(generate('white-signal', { ...base, noise: 0 }).values[0]).toEqual(mm);
  });

  it('accepts numbers or "random" for initial conditions; a fixed one does not change the others', () => {
    const a = generate('lorenz', { length: 10, seed: 2 });
    const b = generate('lorenz', { length: 10, seed: 2, x0: a.values[0][0] });
    expect(b.values).toEqual(a.values);
    const c = generate('lorenz', { length: 10, seed: 2, x0: 1, y0: 1, z0: 1 });
    expect([c.values[0][0], c.values[1][0], c.values[2][0]]).toEqual([1, 1, 1]);
    expect(generate('lorenz', { length: 10, seed: 2, x0: 'random' }).values).toEqual(a.values);
  });

  it('rejects every bad argument with a clear error', () => {
    expect(() => generate('lorenzz')).toThrow(
      /generate: system must be one of white-signal, .*; got "lorenzz"/,
    );
    expect(() => generate('lorenz', { length: -5 })).toThrow(
      /generate\(lorenz\): length must be an integer >= 1, got -5/,
    );
    expect(() => generate('lorenz', { length: 2.5 })).toThrow(/length must be an integer, got 2.5/);
    expect(() => generate('lorenz', { dt: 0 })).toThrow(/generate\(lorenz\): dt must be > 0, got 0/);
    expect(() => generate('lorenz', { dt: -1 })).toThrow(/dt must be > 0, got -1/);
    expect(() => generate('lorenz', { rho: NaN })).toThrow(
      /generate\(lorenz\): parameter rho must be finite, got NaN/,
    );
    expect(() => generate('lorenz', { rho: 'x' })).toThrow(/parameter rho must be a number, got "x"/);
    expect(() => generate('lorenz', { sigma: 'random' })).toThrow(/parameter sigma must be a number/);
    expect(() => generate('lorenz', { rhoo: 28 })).toThrow(
      /unknown parameter "rhoo"; parameters of lorenz: sigma, rho/,
    );
    expect(() => generate('lorenz', { dt: 0.1, tSpan: [0, 1] })).toThrow(/give dt or tSpan, not both/);
    expect(() => generate('lorenz', { tSpan: [1, 1] })).toThrow(/tSpan must satisfy t1 > t0/);
    expect(() => generate('lorenz', { tSpan: [0, 1], length: 1 })).toThrow(
      /length must be >= 2 with a time span/,
    );
    expect(() => generate('lorenz', { scale: 'log' as never })).toThrow(
      /scale must be one of minmax, standard, none/,
    );
    expect(() => generate('lorenz', { noise: -1 })).toThrow(/noise must be >= 0/);
    expect(() => generate('lorenz', { seed: 0.5 })).toThrow(/seed must be a safe integer/);
    expect(() => generate('lorenz', { stream: -1 })).toThrow(/stream must be an integer >= 0/);
    expect(() => generate('lorenz', { solver: 'euler' as never })).toThrow(
      /solver must be one of dopri5, rk4/,
    );
    expect(() => generate('white-signal', { gamma: 0.01 })).toThrow(
      /length = 10000 is too short for gamma = 0.01 Hz.*length >= 100000 /,
    );
    expect(() => generate('mackey-glass', { tau: -1, length: 10 })).toThrow(/tau must be > 0/);
    expect(() => generate('logistic-map', { r: 5 })).toThrow(/r must lie in \[0, 4\]/);
    // a tolerance that cannot be met
    expect(() => generate('lorenz', { rtol: 1e-20, length: 10 })).toThrow(/rtol must be 0 or >= 10 eps/);
    expect(() => generate('lorenz', { rtol: 1e-15, length: 10 })).toThrow(/rtol must be 0 or >= 10 eps/);
    // a solver failure surfaces as an OdeSolverError naming t and h (escaping Duffing orbit)
    expect(() => generate('duffing', { alpha: 1, beta: -1, x0: 1, v0: 0, length: 2001, dt: 0.05 })).toThrow(
      /dopri5: .* at t = .* \(step size h = /,
    );
    expect(() => generate('duffing', { alpha: 1, beta: -1, x0: 1, v0: 0, length: 2001, dt: 0.05 })).toThrow(
      OdeSolverError,
    );
    expect(() => generateBatch('lorenz', -1)).toThrow(/count must be an integer >= 0, got -1/);
  });
});
