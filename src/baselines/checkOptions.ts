import { requireFiniteArray } from '../util/validate.ts';

/**
 * Checks the signal and the options object of a baseline (internal; not re-exported): `u` must hold finite
 * numbers, `options` must be a plain object whose keys are all known, so that a misspelt option (`{ oder: 3 }`)
 * is an error instead of a silent default.
 *
 * @param where - the calling function's name, used in error messages
 * @param u - the signal, shape [L]
 * @param options - the options object (undefined means {})
 * @param known - the accepted option names
 * @returns u as a Float64Array and the options object
 * @throws TypeError for a non-array u, a non-object options or an unknown option; RangeError on NaN or Infinity
 * @example
 *   const [x, o] = checkSignalAndOptions('finiteDifference', [1, 2, 3], { order: 2 }, ['order']);
 *   x instanceof Float64Array && o.order === 2;
 *   let refused = false;
 *   try {
 *     checkSignalAndOptions('finiteDifference', [1, 2, 3], { oder: 2 }, ['order']); // misspelt option
 *   } catch (e) {
 *     refused = e instanceof TypeError;
 *   }
 *   refused;
 * @see arXiv:2407.09375
 */
export function checkSignalAndOptions<O extends object>(
  where: string,
  u: unknown,
  options: O | undefined,
  known: readonly string[],
): [Float64Array, Partial<O>] {
  const x = requireFiniteArray(where, 'u', u);
  if (options === undefined) return [x, {}];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(
      `${where}: options must be an object, got ${options === null ? 'null' : typeof options}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const list = known.length === 0 ? 'none' : known.join(', ');
      throw new TypeError(`${where}: unknown option "${key}" (known options: ${list})`);
    }
  }
  return [x, options];
}
