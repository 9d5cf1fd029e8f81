/**
 * JSON encodings of experiment data.
 *
 * - Result files (`result.json`, `claims.json`) use {@link toResultJson}: typed arrays become plain arrays, and the
 *   non-finite numbers NaN, Infinity, -Infinity become the STRINGS "NaN", "Infinity", "-Infinity" (lossless and
 *   readable: `Number("NaN")`, `Number("Infinity")` revive them; a diverging error shows as "Infinity", not null).
 * - Checkpoints use {@link encodeLossless} / {@link decodeLossless}, which also keep the typed-array class, so a
 *   resumed run sees exactly the values a fresh run computed.
 */

/** The typed-array classes the encodings keep (by name). */
export const TYPED = [
  Float64Array,
  Float32Array,
  Int32Array,
  Int16Array,
  Int8Array,
  Uint32Array,
  Uint16Array,
  Uint8Array,
  Uint8ClampedArray,
] as const;
/** The name of a class in {@link TYPED}. */
export type TypedName = (typeof TYPED)[number]['name'];

function nonFiniteName(v: number): string {
  return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

/** A JSON-ready copy for result files (see the module comment for the number convention). */
export function toPlainJson(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : nonFiniteName(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (v) => toPlainJson(v));
  }
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toPlainJson(v)));
  if (value instanceof Map)
    return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlainJson(v)]));
  if (value instanceof Set) return [...value].map(toPlainJson);
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') return toPlainJson(withToJson.toJSON());
  // fromEntries defines own data properties, so a key named "__proto__" stays data
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .map(([k, v]) => [k, toPlainJson(v)]),
  );
}

/**
 * Pretty JSON text of `value` for result files (2-space indent, trailing newline).
 *
 * @example toResultJson({ e: new Float64Array([1, NaN]) }) // '{\n  "e": [\n    1,\n    "NaN"\n  ]\n}\n'
 */
export function toResultJson(value: unknown): string {
  return `${JSON.stringify(toPlainJson(value), null, 2)}\n`;
}

/** Tags: `{ $num: "NaN" }` (also "Infinity", "-Infinity", "-0"), `{ $typed: "Float64Array", data: [...] }`, `{ $obj: {...} }` (a plain object whose own
 * keys could be mistaken for a tag). */
function encode(value: unknown): unknown {
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return { $num: '-0' };
    return Number.isFinite(value) ? value : { $num: nonFiniteName(value) };
  }
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new TypeError(`checkpoint: values must be JSON-like data, got a ${typeof value}`);
    }
    return value;
  }
  if (ArrayBuffer.isView(value)) {
    const ctor = TYPED.find((c) => value instanceof c);
    if (ctor === undefined)
      throw new TypeError(`checkpoint: unsupported binary type ${value.constructor.name}`);
    return { $typed: ctor.name, data: Array.from(value as unknown as ArrayLike<number>, encode) };
  }
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : encode(v)));
  if (value instanceof Map || value instanceof Set) {
    throw new TypeError(
      `checkpoint: values must be JSON-like data (no Map or Set), got a ${value.constructor.name}`,
    );
  }
  const out: Record<string, unknown> = Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, encode(v)]),
  );
  const tagLike = Object.hasOwn(out, '$num') || Object.hasOwn(out, '$typed') || Object.hasOwn(out, '$obj');
  return tagLike ? { $obj: out } : out;
}

function decode(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(decode);
  const o = node as Record<string, unknown>;
  if (Object.hasOwn(o, '$num')) return Number(o.$num);
  if (Object.hasOwn(o, '$typed')) {
    const ctor = TYPED.find((c) => c.name === (o.$typed as TypedName));
    if (ctor === undefined) throw new TypeError(`checkpoint: unknown typed array ${String(o.$typed)}`);
    return ctor.from((o.data as unknown[]).map(decode) as number[]);
  }
  const inner = Object.hasOwn(o, '$obj') ? (o.$obj as Record<string, unknown>) : o;
  return Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, decode(v)]));
}

/**
 * JSON text that {@link decodeLossless} turns back into an equal value: typed arrays keep their class, NaN,
 * +-Infinity and -0 survive, plain objects and arrays are copied.
 *
 * @throws TypeError for functions, symbols, bigints, Map, Set or unsupported binary views
 * @example decodeLossless(encodeLossless({ a: new Float64Array([NaN]) })) // { a: Float64Array [NaN] }
 */
export function encodeLossless(value: unknown): string {
  return JSON.stringify(encode(value));
}

/** Inverse of {@link encodeLossless}. */
export function decodeLossless(text: string): unknown {
  return decode(JSON.parse(text));
}
