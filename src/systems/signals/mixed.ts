/**
 * The paper's Mixed training distribution: a random choice among MultipleSine, Linear, White Signal and Legendre.
 *
 * @see arXiv:2407.09375
 */
import { requireFinite, requireOptions, requirePositive } from '../../util/validate.ts';
import type { Random } from '../random.ts';
import { scaleSignal } from '../scaleSignal.ts';
import { legendre } from './legendre.ts';
import { linearFunction } from './linearFunction.ts';
import { multiSine } from './multiSine.ts';
import { whiteSignal } from './whiteSignal.ts';

/** The components of {@link mixed}, in the order of their probabilities. */
export const MIXED_COMPONENTS = ['multi-sine', 'linear-function', 'white-signal', 'legendre'] as const;

/** Options of {@link mixed}. */
export interface MixedOptions {
  /** Probability of MultipleSine. @default 1/3 */
  pMultiSine?: number;
  /** Probability of Linear. @default 0 */
  pLinear?: number;
  /** Probability of White Signal. @default 1/3 */
  pWhiteSignal?: number;
  /** Probability of Legendre. @default 1/3 */
  pLegendre?: number;
  /** Cutoff (Hz) of the White Signal component. @default 1 */
  gamma?: number;
  /** Period (s) of the White Signal component, sampled L times (10 s: the paper's 10^4 samples at dt 1e-3). @default 10 */
  whitePeriod?: number;
}

/**
 * One draw of the Mixed distribution.
 *
 * A uniform draw from the `choice` stream picks the component with probabilities (pMultiSine, pLinear,
 * pWhiteSignal, pLegendre) / their sum; the component is then generated from the `main` stream with its own
 * defaults: MultipleSine and Legendre (divided by max |.|) and Linear on the points x, and the White Signal as one
 * period of length whitePeriod sampled L times (spacing whitePeriod / L, cutoff gamma, rms 0.5), minmax-scaled to
 * [0, 1] as in the paper. Fixing the period rather than the spacing keeps the same number of cycles at any L.
 *
 * @param x - sample points, shape [L] (x in [0, 1] in the paper)
 * @param main - stream for the component's own draws
 * @param choice - stream for the choice of the component (one uniform)
 * @param options - see {@link MixedOptions}
 * @returns the samples, shape [L], and which component was chosen
 * @throws RangeError when a probability is negative or not finite, or all are 0
 * @example
 *   const x = Float64Array.from({ length: 201 }, (_, k) => k / 200); // [0, 1]
 *   const { values, component } = mixed(x, createRandom(0, 0, 0), createRandom(0, 0, 3));
 *   values.length === 201 && MIXED_COMPONENTS.includes(component);
 *   const only = { pMultiSine: 0, pWhiteSignal: 0, pLegendre: 1 }; // the choice is forced
 *   mixed(x, createRandom(0, 0, 0), createRandom(0, 0, 3), only).component === 'legendre';
 * @see arXiv:2407.09375
 */
export function mixed(
  x: Float64Array,
  main: Random,
  choice: Random,
  options: MixedOptions = {},
): { values: Float64Array; component: (typeof MIXED_COMPONENTS)[number] } {
  options = requireOptions('mixed', options);
  const W = 'mixed';
  const p = [
    requireFinite(W, 'pMultiSine', options.pMultiSine ?? 1 / 3),
    requireFinite(W, 'pLinear', options.pLinear ?? 0),
    requireFinite(W, 'pWhiteSignal', options.pWhiteSignal ?? 1 / 3),
    requireFinite(W, 'pLegendre', options.pLegendre ?? 1 / 3),
  ];
  p.forEach((q, i) => {
    if (q < 0) throw new RangeError(`${W}: probability of ${MIXED_COMPONENTS[i]} must be >= 0, got ${q}`);
  });
  const total = p[0] + p[1] + p[2] + p[3];
  if (!(total > 0)) throw new RangeError(`${W}: the component probabilities must not all be 0`);
  const u = choice.uniform() * total;
  let idx = 0;
  let acc = p[0];
  while (idx < 3 && (u >= acc || p[idx] === 0)) {
    idx++;
    acc += p[idx];
  }
  const component = MIXED_COMPONENTS[idx];
  let values: Float64Array;
  if (component === 'multi-sine') values = multiSine(x, main);
  else if (component === 'linear-function') values = linearFunction(x, main);
  else if (component === 'legendre') values = legendre(x, main);
  else {
    const gamma = requirePositive(W, 'gamma', options.gamma ?? 1);
    const period = requirePositive(W, 'whitePeriod', options.whitePeriod ?? 10);
    values = scaleSignal(whiteSignal({ length: x.length, dt: period / x.length, gamma }, main), 'minmax');
  }
  return { values, component };
}
