import { describe, expect, it } from 'vitest';
import { add, scale, sub } from '../../src/linalg/elementwise.ts';
import { fromRows, identity, toRows } from '../../src/linalg/matrix.ts';
import { transpose } from '../../src/linalg/transpose.ts';

describe('add / sub / scale / transpose', () => {
  const A = fromRows([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const B = fromRows([
    [0.5, -1, 2],
    [3, 0, -6],
  ]);

  it('computes entrywise results', () => {
    expect(toRows(add(A, B))).toEqual([
      [1.5, 1, 5],
      [7, 5, 0],
    ]);
    expect(toRows(sub(A, B))).toEqual([
      [0.5, 3, 1],
      [1, 5, 12],
    ]);
    expect(toRows(scale(A, -2))).toEqual([
      [-2, -4, -6],
      [-8, -10, -12],
    ]);
    expect(toRows(transpose(A))).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it('never mutates its inputs', () => {
    const a0 = Float64Array.from(A.data);
    add(A, B);
    sub(A, B);
    scale(A, 3);
    transpose(A);
    expect(A.data).toEqual(a0);
  });

  it('rejects shape mismatch', () => {
    expect(() => add(A, identity(2))).toThrow(/shape \[2, 3\]/);
    expect(() => sub(A, identity(3))).toThrow(TypeError);
  });
});
