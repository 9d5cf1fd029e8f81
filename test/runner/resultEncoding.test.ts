import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult } from '../../experiments/runner/resultEncoding.ts';

/** What result.json holds: the encoded result after a JSON round trip. */
function roundTrip(value: unknown): unknown {
  const { plain, types, timings } = encodeResult(value);
  return decodeResult(JSON.parse(JSON.stringify(plain)) as unknown, types, timings);
}

describe('result.json encoding', () => {
  it('revives typed arrays with their class and non-finite numbers, and keeps look-alike strings as strings', () => {
    const value = {
      f: new Float64Array([0.5, NaN, Infinity]),
      u: new Uint8Array([1, 255]),
      nested: [{ e: new Float32Array([1.5, -Infinity]) }, { peak: NaN }],
      label: 'NaN',
      labels: ['Infinity', '-Infinity'],
      'a/b~c': -Infinity,
      n: null,
    };
    const back = roundTrip(value) as typeof value;
    expect(back).toEqual(value);
    expect(back.f).toBeInstanceOf(Float64Array);
    expect(back.u).toBeInstanceOf(Uint8Array);
    expect(back.nested[0].e).toBeInstanceOf(Float32Array);
    expect(back.label).toBe('NaN');
    expect(back.labels).toEqual(['Infinity', '-Infinity']);
    expect(back['a/b~c']).toBe(-Infinity);
  });

  it('moves every number under a key "seconds" out into timings and puts it back', () => {
    const value = {
      seconds: 1.25,
      runs: [
        { seconds: 3, error: 1e-3 },
        { seconds: 4, error: 2e-3 },
      ],
      label: 'x',
    };
    const { plain, timings } = encodeResult(value);
    expect(plain).toEqual({ runs: [{ error: 1e-3 }, { error: 2e-3 }], label: 'x' });
    expect(timings).toEqual({ '/seconds': 1.25, '/runs/0/seconds': 3, '/runs/1/seconds': 4 });
    expect(roundTrip(value)).toEqual(value);
    // without the run record the result still decodes, without its timings
    expect(decodeResult(plain, {}, {})).toEqual(plain);
  });

  it('keeps a key named "__proto__" as data, with its typed arrays and timings', () => {
    const value: Record<string, unknown> = {};
    const inner = { e: new Float64Array([NaN]), seconds: 2 };
    Object.defineProperty(value, '__proto__', {
      value: inner,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const back = roundTrip(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual(inner);
  });

  it('a root that is itself a typed array or a non-finite number round-trips', () => {
    expect(roundTrip(new Int16Array([-2, 3]))).toEqual(new Int16Array([-2, 3]));
    expect(roundTrip(NaN)).toBeNaN();
  });

  it('refuses a types map that names a missing path or an unknown class', () => {
    expect(() => decodeResult({ a: [1] }, { '/b': 'Float64Array' })).toThrow(
      /\/b, which is not in the result/,
    );
    expect(() => decodeResult({ a: [1] }, { '/a': 'BigInt64Array' })).toThrow(/type "BigInt64Array"/);
  });

  it('round-trips arbitrary JSON-like data with typed arrays and non-finite numbers (property)', () => {
    // JSON has no -0: the sign of a zero is the one thing the file does not keep
    const positiveZero = (v: number) => (v === 0 ? 0 : v);
    const leaf = fc.oneof(
      fc.double().map(positiveZero),
      fc.string(),
      fc.constantFrom('NaN', 'Infinity'),
      fc.boolean(),
      fc.constant(null),
      fc.float64Array({ maxLength: 5 }).map((a) => a.map(positiveZero)),
      fc.int32Array({ maxLength: 5 }),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (value) => {
        expect(roundTrip(value)).toEqual(value);
      }),
    );
  });
});
