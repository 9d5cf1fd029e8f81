/**
 * result.json's encoding of a result, and its exact inverse, so that claims can be recomputed from the file:
 *
 * - the result is written with {@link toPlainJson}'s convention (typed arrays as arrays; NaN, Infinity, -Infinity as
 *   the strings "NaN", "Infinity", "-Infinity"), readable by anyone;
 * - `types` records, by JSON Pointer (RFC 6901), what the plain JSON loses: the class of every typed array
 *   (`"/curves/0/errors": "Float64Array"`) and every non-finite number outside a typed array (`"/peak": "number"`);
 * - timings are not results: every number under a key named `seconds` (fig3's wall time, a training run's) is moved
 *   out into `timings` (kept in the run record run.json), so two runs of one seed write byte-identical result.json.
 *
 * {@link decodeResult} puts all three back together: the value the claims see after a round trip equals the one the
 * run returned (but for the sign of a zero: JSON has no -0).
 *
 * @see arXiv:2407.09375
 */
import { toPlainJson, TYPED, type TypedName } from './jsonEncoding.ts';

/** Keys whose numbers are timings (moved to the run record). */
export const TIMING_KEYS: readonly string[] = Object.freeze(['seconds']);

/** What {@link encodeResult} returns. */
export interface EncodedResult {
  /** the result in plain JSON, timings removed */
  plain: unknown;
  /** JSON Pointer -> typed-array class name, or 'number' for a non-finite number stored as a string */
  types: Record<string, string>;
  /** JSON Pointer -> seconds, for every timing removed */
  timings: Record<string, number>;
}

function pointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Splits a result into its plain JSON, the types the JSON loses and the timings (see the module comment).
 *
 * @param value - the result of an experiment's run
 * @returns plain, types, timings
 * @example encodeResult({ e: new Float64Array([1, NaN]), seconds: 2 }) // { plain: { e: [1, 'NaN'] }, types: { '/e': 'Float64Array' }, timings: { '/seconds': 2 } }
 */
export function encodeResult(value: unknown): EncodedResult {
  const types: Record<string, string> = {};
  const timings: Record<string, number> = {};
  const walk = (v: unknown, at: string): unknown => {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) types[at] = 'number';
      return toPlainJson(v);
    }
    if (v === null || typeof v !== 'object') return toPlainJson(v);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const ctor = TYPED.find((c) => v instanceof c);
      if (ctor !== undefined) types[at] = ctor.name;
      return toPlainJson(v);
    }
    if (Array.isArray(v)) return v.map((x, i) => (x === undefined ? null : walk(x, pointer(at, i))));
    if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null)
      return toPlainJson(v);
    const kept: [string, unknown][] = [];
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined || typeof x === 'function') continue;
      if (TIMING_KEYS.includes(k) && typeof x === 'number') timings[pointer(at, k)] = x;
      else kept.push([k, walk(x, pointer(at, k))]);
    }
    // fromEntries defines own data properties, so a key named "__proto__" stays data
    return Object.fromEntries(kept);
  };
  const plain = walk(value, '');
  return { plain, types, timings };
}

/** Follows a JSON Pointer to the parent container and the last key; undefined when the path does not exist. */
function locate(
  root: { v: unknown },
  path: string,
): { parent: Record<string, unknown>; key: string } | undefined {
  const tokens = path.split('/').slice(1).map(unescapeToken);
  let parent: unknown = root;
  let key = 'v';
  for (const t of tokens) {
    parent = (parent as Record<string, unknown>)[key];
    if (parent === null || typeof parent !== 'object') return undefined;
    key = t;
  }
  return { parent: parent as Record<string, unknown>, key };
}

/**
 * The inverse of {@link encodeResult}: typed arrays and non-finite numbers revived from `types`, timings put back.
 *
 * @param plain - the `result` of result.json
 * @param types - its `types`
 * @param timings - the run record's `timings` @default none
 * @returns the result as the run returned it
 * @throws TypeError when `types` names a path that is not there or a class that is not a typed array
 * @example decodeResult({ e: [1, 'NaN'] }, { '/e': 'Float64Array' }) // { e: Float64Array [1, NaN] }
 */
export function decodeResult(
  plain: unknown,
  types: Record<string, string>,
  timings: Record<string, number> = {},
): unknown {
  const root = { v: structuredClone(plain) };
  const set = (at: { parent: Record<string, unknown>; key: string }, value: unknown) =>
    Object.defineProperty(at.parent, at.key, { value, writable: true, enumerable: true, configurable: true });
  for (const [path, type] of Object.entries(types)) {
    const at = locate(root, path);
    if (at === undefined || !Object.hasOwn(at.parent, at.key))
      throw new TypeError(`result.json: types names ${path}, which is not in the result`);
    const stored = at.parent[at.key];
    const typed = TYPED.find((c) => c.name === (type as TypedName));
    if (type === 'number') {
      set(at, Number(stored));
    } else if (typed !== undefined && Array.isArray(stored)) {
      set(at, typed.from(stored.map(Number)));
    } else {
      throw new TypeError(`result.json: types gives ${path} the type ${JSON.stringify(type)}`);
    }
  }
  for (const [path, seconds] of Object.entries(timings)) {
    const at = locate(root, path);
    if (at !== undefined) set(at, seconds);
  }
  return root.v;
}
