import { describe, expect, it } from 'vitest';
import { dimpulse, dstep, impulse, step } from '../../src/lti/responses.ts';
import { ss } from '../../src/lti/ss.ts';
import { fixture, flat, relErr, system, x0Of } from './fixtures.ts';
import { SCIPY_PARITY, TIGHT } from '../tolerances.ts';

interface ResponseCase {
  kind: 'impulse' | 'step' | 'dimpulse' | 'dstep';
  system: string;
  x0: boolean;
  t0?: number;
  h?: number;
  L?: number;
  n?: number;
  y: number[][] | number[][][];
}

const { responses } = fixture<{ responses: ResponseCase[] }>('simulate.json');

describe('impulse, step, dimpulse, dstep: parity with scipy.signal (1.10)', () => {
  for (const c of responses) {
    it(`${c.kind} ${c.system}${c.x0 ? ' from x0' : ''} to ${SCIPY_PARITY}`, () => {
      const x0 = c.x0 ? { x0: x0Of(c.system) } : {};
      let y;
      if (c.kind === 'impulse' || c.kind === 'step') {
        const t = Float64Array.from({ length: c.L! }, (_, k) => c.t0! + c.h! * k);
        y = (c.kind === 'impulse' ? impulse : step)(system(c.system), t, x0).y;
        // scipy's continuous responses are SISO: one flat output
        expect(relErr(y[0].data, flat(c.y as number[][]))).toBeLessThan(SCIPY_PARITY);
      } else {
        y = (c.kind === 'dimpulse' ? dimpulse : dstep)(system(c.system, 'discrete'), { n: c.n, ...x0 }).y;
        const ref = c.y as number[][][];
        expect(y).toHaveLength(ref.length);
        ref.forEach((r, m) => expect(relErr(y![m].data, flat(r))).toBeLessThan(SCIPY_PARITY));
      }
    });
  }
});

describe('responses', () => {
  it('dimpulse from rest gives the Markov parameters D, C B, C A B, ... per input (MIMO)', () => {
    const s = ss(
      [
        [0.5, 0.1],
        [0, -0.3],
      ],
      [
        [1, 0],
        [0, 2],
      ],
      [[1, 1]],
      [[0.25, -1]],
      { dt: 0.2 },
    );
    const { t, y } = dimpulse(s, { n: 3 });
    expect(Array.from(t)).toEqual([0, 0.2, 0.4]);
    // input 0: D = 0.25, CB = 1, CAB = 0.5; input 1: D = -1, CB = 2, CAB = (0.1 - 0.3) * 2 = -0.4
    expect(relErr(y[0].data, [0.25, 1, 0.5])).toBeLessThan(TIGHT);
    expect(relErr(y[1].data, [-1, 2, -0.4])).toBeLessThan(TIGHT);
  });

  it('impulse and step of a MIMO system are the SISO responses of its channels', () => {
    const sys = system('mimo8');
    const t = Float64Array.from({ length: 20 }, (_, k) => 0.1 * k);
    for (const fn of [impulse, step]) {
      const { y } = fn(sys, t);
      for (const m of [0, 2]) {
        const col = (M: typeof sys.B) => M.data.filter((_, i) => i % M.cols === m);
        const siso = ss(sys.A, col(sys.B), sys.C.data.subarray(0, 8), sys.D.data[m]);
        const ref = fn(siso, t).y[0].data;
        const mine = y[m].data.filter((_, i) => i % 2 === 0);
        expect(relErr(mine, ref)).toBeLessThan(TIGHT);
      }
    }
  });

  it('refuses the wrong kind of system and a bad n', () => {
    expect(() => impulse(ss([[0.5]], [1], [1], 0, { dt: 1 }), [0, 1])).toThrow(/continuous system/);
    expect(() => dstep(ss([[-1]], [1], [1]))).toThrow(/discrete system/);
    expect(() => dimpulse(ss([[0.5]], [1], [1], 0, { dt: 1 }), { n: 2.5 })).toThrow(
      /options.n must be an integer/,
    );
  });
});
