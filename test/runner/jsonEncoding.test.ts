import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLossless,
  encodeLossless,
  toPlainJson,
  toResultJson,
} from '../../experiments/runner/jsonEncoding.ts';

describe('jsonEncoding', () => {
  it('result JSON: typed arrays become arrays, non-finite numbers become strings', () => {
    const value = {
      a: new Float64Array([1.5, NaN, Infinity, -Infinity]),
      b: [undefined, 2],
      c: undefined,
      m: { rows: 1 },
    };
    expect(toPlainJson(value)).toEqual({
      a: [1.5, 'NaN', 'Infinity', '-Infinity'],
      b: [null, 2],
      m: { rows: 1 },
    });
    const parsed = JSON.parse(toResultJson(value)) as { a: (number | string)[] };
    expect(parsed.a.map(Number)).toEqual([1.5, NaN, Infinity, -Infinity]);
  });

  it('lossless encoding round-trips typed arrays, non-finite numbers and tag-like keys', () => {
    const value = {
      f: new Float64Array([0.1, NaN, -Infinity, 5e-324, -0]),
      i: new Int32Array([-3, 7]),
      nested: [{ $num: 'NaN' }, { $typed: 'x', data: 1 }, { $obj: 2 }],
      s: 'NaN',
      ['__proto__']: { polluted: true },
    };
    const back = decodeLossless(encodeLossless(value)) as typeof value;
    expect(back.f).toBeInstanceOf(Float64Array);
    expect(Array.from(back.f)).toEqual([0.1, NaN, -Infinity, 5e-324, -0]);
    expect(Object.is(back.f[4], -0)).toBe(true);
    expect(back.i).toBeInstanceOf(Int32Array);
    expect(back.nested).toEqual(value.nested);
    expect(back.s).toBe('NaN');
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back, '__proto__')).toBe(true);
  });

  it('lossless encoding round-trips arbitrary JSON-like data with doubles (property)', () => {
    const leaf = fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4, noNullPrototype: true }),
        fc.float64Array({ maxLength: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (v) => {
        expect(decodeLossless(encodeLossless(v))).toStrictEqual(v);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects values that are not data', () => {
    expect(() => encodeLossless({ f: () => 1 })).toThrow(TypeError);
    expect(() => encodeLossless(new Map())).toThrow(/no Map or Set/);
  });
});
