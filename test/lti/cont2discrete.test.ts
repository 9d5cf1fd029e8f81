import { describe, expect, it } from 'vitest';
import { cont2discrete, C2D_METHODS } from '../../src/lti/cont2discrete.ts';
import { ss } from '../../src/lti/ss.ts';
import { matmul } from '../../src/linalg/matmul.ts';
import { fixture, flat, relErr, system } from './fixtures.ts';
import { SCIPY_PARITY } from '../tolerances.ts';

interface C2dCase {
  system: string;
  dt: number;
  method: (typeof C2D_METHODS)[number];
  alpha?: number;
  Ad?: number[][];
  AdB?: number[][];
  CAd?: number[][];
  Bd: number[][];
  Cd?: number[][];
  Dd: number[][];
}

const { cases } = fixture<{ cases: C2dCase[] }>('cont2discrete.json');

describe('cont2discrete: parity with scipy.signal.cont2discrete (1.10)', () => {
  it('covers every method on SISO, MIMO and N = 64 systems', () => {
    for (const m of C2D_METHODS)
      expect(cases.some((c) => c.method === m && c.system === 'mimo64')).toBe(true);
    expect(cases.length).toBeGreaterThan(25);
  });

  for (const c of cases) {
    it(`${c.system} ${c.method}${c.alpha !== undefined ? ` alpha ${c.alpha}` : ''} dt ${c.dt}: Ad, Bd, Cd, Dd to ${SCIPY_PARITY} normwise`, () => {
      const sys = system(c.system);
      const cont = c.method === 'impulse' ? ss(sys.A, sys.B, sys.C) : sys; // impulse needs D = 0
      const d = cont2discrete(cont, c.dt, c.method, c.alpha !== undefined ? { alpha: c.alpha } : {});
      expect(d.dt).toBe(c.dt);
      if (c.Ad) expect(relErr(d.A.data, flat(c.Ad))).toBeLessThan(SCIPY_PARITY);
      if (c.AdB) expect(relErr(matmul(d.A, sys.B).data, flat(c.AdB))).toBeLessThan(SCIPY_PARITY);
      if (c.CAd) expect(relErr(matmul(sys.C, d.A).data, flat(c.CAd))).toBeLessThan(SCIPY_PARITY);
      expect(c.Ad ?? c.AdB).toBeDefined();
      expect(relErr(d.B.data, flat(c.Bd))).toBeLessThan(SCIPY_PARITY);
      // scipy returns C itself for zoh, foh, euler and impulse (the fixture then omits Cd): so must we, exactly
      if (c.Cd) expect(relErr(d.C.data, flat(c.Cd))).toBeLessThan(SCIPY_PARITY);
      else expect(Array.from(d.C.data)).toEqual(Array.from(sys.C.data));
      const ddRef = flat(c.Dd);
      if (ddRef.some((v) => v !== 0)) expect(relErr(d.D.data, ddRef)).toBeLessThan(SCIPY_PARITY);
      else expect(Array.from(d.D.data)).toEqual(Array.from(ddRef));
    });
  }
});

describe("cont2discrete: closed forms on the scalar system x' = a x + b u, y = c x + d u", () => {
  const [a, b, c, d, h] = [-1.7, 0.6, 2.5, -0.3, 0.2];
  const sys = ss([[a]], [b], [c], d);
  const e = Math.exp(a * h);
  const at = (s: ReturnType<typeof cont2discrete>) => [s.A.data[0], s.B.data[0], s.C.data[0], s.D.data[0]];
  const close = (x: number[], y: number[]) =>
    x.forEach((v, i) => expect(Math.abs(v - y[i])).toBeLessThan(1e-15 * Math.max(1, Math.abs(y[i])) * 4));

  it('zoh: e^{ah}, (e^{ah} - 1) b / a, c, d', () =>
    close(at(cont2discrete(sys, h, 'zoh')), [e, ((e - 1) * b) / a, c, d]));

  it('gbt alpha: (1 + (1-alpha) a h) / (1 - alpha a h), h b / (1 - alpha a h), c / (1 - alpha a h), d + alpha c Bd', () => {
    for (const [method, alpha] of [
      ['euler', 0],
      ['bilinear', 0.5],
      ['backward_diff', 1],
      ['gbt', 0.3],
    ] as const) {
      const q = 1 - alpha * a * h;
      const Bd = (h * b) / q;
      close(at(cont2discrete(sys, h, method, method === 'gbt' ? { alpha } : {})), [
        (1 + (1 - alpha) * a * h) / q,
        Bd,
        c / q,
        d + alpha * c * Bd,
      ]);
    }
  });

  it('foh: Gamma1 = (e - 1) b / a, Gamma2 = b (e - 1 - a h) / (a^2 h); Bd = Gamma1 - Gamma2 + e Gamma2, Dd = d + c Gamma2', () => {
    const g1 = ((e - 1) * b) / a;
    const g2 = (b * (e - 1 - a * h)) / (a * a * h);
    close(at(cont2discrete(sys, h, 'foh')), [e, g1 - g2 + e * g2, c, d + c * g2]);
  });

  it('impulse: e^{ah}, e^{ah} b h, c, c b h (and the discrete impulse response is h times the sampled one)', () => {
    close(at(cont2discrete(ss([[a]], [b], [c]), h, 'impulse')), [e, e * b * h, c, c * b * h]);
  });

  it('zoh and foh need no inverse of A: the double integrator discretizes exactly', () => {
    const dbl = ss(
      [
        [0, 1],
        [0, 0],
      ],
      [0, 1],
      [1, 0],
    );
    const z = cont2discrete(dbl, h, 'zoh');
    expect(Array.from(z.A.data)).toEqual([1, h, 0, 1]);
    close(Array.from(z.B.data), [(h * h) / 2, h]);
    const f = cont2discrete(dbl, h, 'foh');
    // Gamma2 = int_0^h e^{(h-s)A} B s/h ds = [h^2/6, h/2]; Dd = C Gamma2 = h^2 / 6
    close([f.D.data[0]], [(h * h) / 6]);
  });
});

describe('cont2discrete: errors', () => {
  const sys = ss([[-1]], [1], [1], 0.5);
  it('refuses a discrete system, a bad dt, unknown methods and misused alpha, naming the problem', () => {
    expect(() => cont2discrete(ss([[0.5]], [1], [1], 0, { dt: 1 }), 0.1)).toThrow(
      /must be a continuous system/,
    );
    expect(() => cont2discrete(sys, 0)).toThrow(/dt must be > 0, got 0/);
    expect(() => cont2discrete(sys, -0.1)).toThrow(/dt must be > 0/);
    expect(() => cont2discrete(sys, 0.1, 'tustin' as never)).toThrow(
      /method must be one of zoh, foh, bilinear/,
    );
    expect(() => cont2discrete(sys, 0.1, 'gbt')).toThrow(/method 'gbt' needs options.alpha/);
    expect(() => cont2discrete(sys, 0.1, 'gbt', { alpha: 1.5 })).toThrow(
      /alpha must lie in \[0, 1\], got 1.5/,
    );
    expect(() => cont2discrete(sys, 0.1, 'bilinear', { alpha: 0.3 })).toThrow(
      /alpha is only used by method 'gbt'/,
    );
    expect(() => cont2discrete(sys, 0.1, 'impulse')).toThrow(
      /strictly proper system \(D = 0\); D\[0\]\[0\] = 0.5/,
    );
    expect(() => cont2discrete(ss([[1]], [1], [1]), 1, 'backward_diff')).toThrow(/singular/); // I - dt A = 0
  });

  it('accepts a plain { A, B, C, D } object with nested arrays and returns a frozen system', () => {
    const d = cont2discrete({ A: [[-1]], B: [[1]], C: [[1]], D: [[0]] }, 0.1);
    expect(Object.isFrozen(d)).toBe(true);
    expect(d.dt).toBe(0.1);
  });
});
