/**
 * A record with one entry per key of a fixed key list, the shape of the per-method tables of the experiments.
 *
 * @see arXiv:2407.09375
 */

/**
 * { [k]: value(k) } for every k of `keys`, in key order.
 *
 * @param keys - the keys (each once)
 * @param value - the entry of a key
 * @returns the record, typed by the key union
 * @example recordOf(['a', 'b'] as const, (k) => k.length) // { a: 1, b: 1 }
 * @see arXiv:2407.09375
 */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  const out = {} as Record<K, V>; // filled below, one entry per key
  for (const k of keys) out[k] = value(k);
  return out;
}
