import { describe, expect, it } from 'vitest';
import { requireFiniteMatrix, requireMatrix, requireSquare } from '../../src/linalg/requireMatrix.ts';
import { fromRows, identity, zeros } from '../../src/linalg/matrix.ts';
import * as api from '../../src/linalg/index.ts';

describe('requireMatrix / requireSquare / requireFiniteMatrix', () => {
  it('accept well-formed matrices and return them', () => {
    const I = identity(3);
    expect(requireMatrix('f', 'A', I, { rows: 3, cols: 3 })).toBe(I);
    expect(requireSquare('f', 'A', I)).toBe(3);
    expect(requireFiniteMatrix('f', 'A', I)).toBe(I);
  });

  it('reject malformed values with messages naming function, argument and shape', () => {
    expect(() => requireMatrix('f', 'A', [[1]])).toThrow(/f: A must be a Matrix/);
    expect(() => requireMatrix('f', 'A', { rows: 2, cols: 2, data: [1, 2, 3, 4] })).toThrow(TypeError);
    expect(() => requireMatrix('f', 'A', zeros(2, 3), { rows: 3 })).toThrow(/shape \[3, \*\], got \[2, 3\]/);
    expect(() => requireSquare('f', 'A', zeros(2, 3))).toThrow(/square/);
    expect(() =>
      requireFiniteMatrix(
        'f',
        'A',
        fromRows([
          [1, 2],
          [3, NaN],
        ]),
      ),
    ).toThrow(/A\[1\]\[1\] must be finite/);
  });

  it('the index re-exports matrix.ts and every linalg function', () => {
    for (const name of [
      'zeros',
      'identity',
      'fromRows',
      'toRows',
      'at',
      'matmul',
      'matvec',
      'transpose',
      'add',
      'sub',
      'scale',
      'norm1',
      'normInf',
      'lu',
      'luSolve',
      'luSolveMatrix',
      'solve',
      'solveLowerTriangular',
      'solveUpperTriangular',
      'inverse',
      'expm',
    ]) {
      expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
