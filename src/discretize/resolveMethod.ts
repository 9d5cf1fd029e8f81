import { requireInRange } from '../util/validate.ts';

/** The names a {@link DiscretizationMethod} may take as a string. */
export const METHOD_NAMES = Object.freeze(['forward', 'backward', 'bilinear', 'zoh'] as const);

/** A method reduced to its two kinds: a GBT with its alpha, or the zero-order hold. */
export type ResolvedMethod = { readonly kind: 'gbt'; readonly alpha: number } | { readonly kind: 'zoh' };

/**
 * Validates a discretization method (a `DiscretizationMethod`, discretize/types.ts) and reduces it to a GBT alpha (forward = 0, bilinear = 1/2, backward = 1,
 * { gbt: alpha }) or ZOH.
 *
 * @param where - calling function, for the message
 * @param method - 'forward' | 'backward' | 'bilinear' | 'zoh' | { gbt: alpha } with alpha in [0, 1]
 * @returns the resolved method
 * @throws RangeError naming the choices for an unknown method, or when alpha is outside [0, 1];
 *   TypeError when alpha is not a number
 * @example resolveMethod('discretize', 'bilinear') // { kind: 'gbt', alpha: 0.5 }
 * @see arXiv:2008.07669
 * @internal
 */
export function resolveMethod(where: string, method: unknown): ResolvedMethod {
  if (method === 'forward') return { kind: 'gbt', alpha: 0 };
  if (method === 'bilinear') return { kind: 'gbt', alpha: 0.5 };
  if (method === 'backward') return { kind: 'gbt', alpha: 1 };
  if (method === 'zoh') return { kind: 'zoh' };
  if (typeof method === 'object' && method !== null && 'gbt' in method) {
    return {
      kind: 'gbt',
      alpha: requireInRange(where, 'method.gbt (alpha)', (method as { gbt: unknown }).gbt, 0, 1),
    };
  }
  const shown =
    typeof method === 'string'
      ? JSON.stringify(method)
      : typeof method === 'object'
        ? 'an object'
        : String(method);
  throw new RangeError(
    `${where}: method must be one of 'forward', 'backward', 'bilinear', 'zoh' or { gbt: alpha } with alpha in [0, 1]; got ${shown}`,
  );
}
