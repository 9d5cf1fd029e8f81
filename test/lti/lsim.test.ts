import { describe, expect, it } from 'vitest';
import { lsim } from '../../src/lti/lsim.ts';
import { dlsim } from '../../src/lti/dlsim.ts';
import { cont2discrete } from '../../src/lti/cont2discrete.ts';
import { ss } from '../../src/lti/ss.ts';
import { fixture, flat, mat, relErr, system, x0Of } from './fixtures.ts';
import { logLogSlope } from '../helpers/numeric.ts';
import { ORDER_SLOPE, SCIPY_PARITY, TIGHT } from '../tolerances.ts';

interface LsimCase {
  system: string;
  t0: number;
  h: number;
  L: number;
  u: number[][];
  interp: boolean;
  y: number[][];
  x?: number[][];
}

const { lsim: cases } = fixture<{ lsim: LsimCase[] }>('simulate.json');

describe('lsim: parity with scipy.signal.lsim (1.10)', () => {
  for (const c of cases) {
    it(`${c.system} interp ${c.interp}, t from ${c.t0} (x0 evolved from time 0): y and x to ${SCIPY_PARITY}`, () => {
      const sys = system(c.system);
      const t = Float64Array.from({ length: c.L }, (_, k) => c.t0 + c.h * k);
      const u = mat(c.u);
      const r = lsim(sys, sys.B.cols === 1 ? u.data : u, t, { x0: x0Of(c.system), interp: c.interp });
      expect(relErr(r.y.data, flat(c.y))).toBeLessThan(SCIPY_PARITY);
      if (c.x) expect(relErr(r.x!.data, flat(c.x))).toBeLessThan(SCIPY_PARITY);
    });
  }
});

describe('lsim', () => {
  // x' = -x + u, y = x from rest
  const lag = ss([[-1]], [1], [1], 0);

  it('is exact for a ramp input with interp (linear hold): y = t - 1 + e^{-t}; the zero-order hold is first order', () => {
    const errs: number[] = [];
    const hs = [0.1, 0.05, 0.025, 0.0125];
    for (const h of hs) {
      const L = Math.round(2 / h) + 1;
      const t = Float64Array.from({ length: L }, (_, k) => k * h);
      const exact = t.map((s) => s - 1 + Math.exp(-s));
      expect(relErr(lsim(lag, t, t).y.data, exact)).toBeLessThan(TIGHT);
      errs.push(relErr(lsim(lag, t, t, { interp: false }).y.data, exact));
    }
    expect(Math.abs(logLogSlope(hs, errs) - 1)).toBeLessThan(ORDER_SLOPE);
  });

  it('interp: false equals dlsim of the zoh discretization, interp: true dlsim of the foh one (shifted state)', () => {
    const sys = system('mimo8');
    const h = 0.05;
    const L = 30;
    const t = Float64Array.from({ length: L }, (_, k) => k * h);
    const u = { rows: L, cols: 3, data: Float64Array.from({ length: 3 * L }, (_, i) => Math.sin(0.37 * i)) };
    const x0 = x0Of('mimo8');
    const zoh = dlsim(cont2discrete(sys, h, 'zoh'), u, { x0 });
    expect(relErr(lsim(sys, u, t, { x0, interp: false }).y.data, zoh.y.data)).toBeLessThan(TIGHT);
    // foh's discrete state is xi_k = x_k - Gamma2 u_k (so that y_k = C xi_k + Dd u_k): from rest with u_0 = 0, xi_0 = 0
    const foh = cont2discrete(sys, h, 'foh');
    const u0 = { rows: L, cols: 3, data: u.data.map((v, i) => (i < 3 ? 0 : v)) };
    expect(relErr(lsim(sys, u0, t).y.data, dlsim(foh, u0).y.data)).toBeLessThan(TIGHT);
  });

  it('evolves x0 from time 0 to t[0] with the input off, as scipy (x(t0) = e^{t0 A} x0)', () => {
    const r = lsim(lag, [0, 0, 0], [0.5, 0.6, 0.7], { x0: [2] });
    expect(
      relErr(
        r.y.data,
        [0.5, 0.6, 0.7].map((s) => 2 * Math.exp(-s)),
      ),
    ).toBeLessThan(TIGHT);
    expect(lsim(lag, [3], [0], { x0: [2] }).y.data[0]).toBe(2);
    expect(lsim(lag, null, []).y.rows).toBe(0);
  });

  it('refuses discrete systems, uneven or decreasing t, t[0] < 0 and mismatched lengths', () => {
    expect(() => lsim(ss([[0.5]], [1], [1], 0, { dt: 1 }), [1], [0])).toThrow(
      /continuous system \(dt null\).*dlsim/,
    );
    expect(() => lsim(lag, [1, 1, 1], [0, 0.1, 0.3])).toThrow(/equally spaced .* t\[2\] - t\[1\]/);
    expect(() => lsim(lag, [1, 1], [0.2, 0.1])).toThrow(/t must be increasing/);
    expect(() => lsim(lag, [1, 1], [-0.1, 0])).toThrow(/t\[0\] must be >= 0/);
    expect(() => lsim(lag, [1, 1, 1], [0, 0.1])).toThrow(/u must have L = 2 samples/);
    expect(() => lsim(lag, [1], [0], { interp: 'yes' as never })).toThrow(/options.interp must be a boolean/);
  });
});
