import { describe, expect, it } from 'vitest';
import { ss } from '../../src/lti/ss.ts';
import { requireSystem } from '../../src/lti/requireSystem.ts';
import { fromRows, identity } from '../../src/linalg/matrix.ts';

describe('ss', () => {
  it('reads nested rows, Matrix and Float64Array rows alike, and copies them', () => {
    const A = fromRows([
      [0, 1],
      [-2, -3],
    ]);
    const a = ss(A, [[0], [1]], [[1, 0]], [[0]]);
    const b = ss(
      [
        [0, 1],
        [-2, -3],
      ],
      [Float64Array.of(0), Float64Array.of(1)],
      fromRows([[1, 0]]),
      0,
    );
    for (const k of ['A', 'B', 'C', 'D'] as const) {
      expect(a[k].rows).toBe(b[k].rows);
      expect(Array.from(a[k].data)).toEqual(Array.from(b[k].data));
    }
    A.data[0] = 99;
    expect(a.A.data[0]).toBe(0);
    expect(Object.isFrozen(a) && Object.isFrozen(a.A)).toBe(true);
  });

  it('SISO conveniences: B a flat column, C a flat row, D a number, D omitted = zeros [P, M]', () => {
    const s = ss(identity(3), [1, 2, 3], Float64Array.of(4, 5, 6), 7);
    expect([s.B.rows, s.B.cols, s.C.rows, s.C.cols, s.D.rows, s.D.cols]).toEqual([3, 1, 1, 3, 1, 1]);
    const mimo = ss(
      identity(2),
      [
        [1, 0, 2],
        [0, 1, 3],
      ],
      [[1, 1]],
    );
    expect([mimo.D.rows, mimo.D.cols, ...mimo.D.data]).toEqual([1, 3, 0, 0, 0]);
    expect(mimo.dt).toBeNull();
    expect(ss([[0.5]], [1], [1], 0, { dt: 0.25 }).dt).toBe(0.25);
    expect(ss([[0.5]], [1], [1], 0, { dt: null }).dt).toBeNull();
  });

  it('refuses malformed shapes and entries, naming the argument, the expectation and the value', () => {
    expect(() => ss([[1, 2]], [1], [1])).toThrow(/ss: A must be square, got shape \[1, 2\]/);
    expect(() => ss([], [], [])).toThrow(/N >= 1; static gains \(N = 0\) are not supported/);
    expect(() => ss([1, 2], [1], [1])).toThrow(
      /A must be a Matrix or nested rows \(a flat array of length 2/,
    );
    expect(() => ss(identity(2), [1, 2, 3], [1, 1])).toThrow(
      /B must have shape \[N = 2, M >= 1\] \(A is 2 x 2\), got \[3, 1\]/,
    );
    expect(() => ss(identity(2), [1, 2], [1])).toThrow(/C must have shape \[P >= 1, N = 2\]/);
    expect(() => ss(identity(2), [1, 2], [1, 1], [[1, 2]])).toThrow(/D must have shape \[P = 1, M = 1\]/);
    expect(() => ss([[1, 2], [3]], [1, 2], [1, 1])).toThrow(
      /A rows must all be arrays of length 2; row 1 has length 1/,
    );
    expect(() =>
      ss(
        [
          [1, NaN],
          [0, 1],
        ],
        [1, 2],
        [1, 1],
      ),
    ).toThrow(/A\[0\]\[1\] must be finite, got NaN/);
    expect(() => ss([[1]], ['x' as unknown as number], [1])).toThrow(/B\[0\] must be a number, got string/);
    expect(() => ss([[1]], [1], [1], 0, { dt: 0 })).toThrow(/dt must be > 0, got 0/);
    expect(() => ss([[1]], [1], [1], 0, { dt: Infinity })).toThrow(/dt must be finite/);
    expect(() => ss('A' as never, [1], [1])).toThrow(
      /A must be a Matrix, nested rows, a flat array or a number, got string/,
    );
  });
});

describe('requireSystem', () => {
  it('passes ss values through and builds plain objects, naming sys.* in errors', () => {
    const s = ss([[0.5]], [1], [1], 0, { dt: 1 });
    expect(requireSystem('f', s)).toBe(s);
    const plain = requireSystem('f', { A: [[0.5]], B: [1], C: [1], D: 0, dt: 1 }, 'discrete');
    expect(plain.dt).toBe(1);
    expect(() => requireSystem('f', { A: [[0.5]], B: [1, 2], C: [1] })).toThrow(/f: sys.B must have shape/);
    expect(() => requireSystem('f', 3)).toThrow(/f: sys must be a state-space system/);
    expect(() => requireSystem('f', { A: [[0.5]], B: [1], C: [1] }, 'discrete')).toThrow(/cont2discrete/);
  });
});
