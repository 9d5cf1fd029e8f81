/**
 * The methods of the forecast experiment: library methods (src/forecast forecastWith) with their settings, under
 * the labels the result, claims and figures use.
 *
 * @see arXiv:2407.09375; D. J. Gauthier et al., Nat. Commun. 12, 5564 (2021)
 */
import type { ForecastMethod, ForecastMethodOptions } from '../../src/forecast/index.ts';

/** A method of the experiment: a library method with its settings, under a label. */
export interface MethodSpec {
  label: string;
  method: ForecastMethod;
  options: Omit<ForecastMethodOptions, 'dt'>;
}

/** The HiPPO forecaster at its defaults (N = 4 LegT states per channel, 2 leading coefficients in the monomials). */
export const HIPPO = 'hippo-ridge';
/** The HiPPO forecaster with as many features as NG-RC with k = 3 delays: N = leading = k - 1 = 2. */
export const HIPPO_EQUAL = 'hippo-ridge N=2';
/** NG-RC with k = 3 time delays: the anchor (same polynomial features, delays in place of LegT states). */
export const NGRC = 'ngrc';
/** The construction prophecy(legt(4, 32 dt)) run free, plain and with its closed loop stabilised. */
export const LEGT = 'legt';
export const LEGT_STABLE = 'legt-stable';

/** The methods, in display order. */
export const METHOD_SPECS: readonly MethodSpec[] = Object.freeze([
  { label: HIPPO, method: 'hippo-ridge', options: {} },
  { label: HIPPO_EQUAL, method: 'hippo-ridge', options: { N: 2, leading: 2 } },
  { label: NGRC, method: 'ngrc', options: {} },
  { label: 'ar', method: 'ar', options: {} },
  { label: LEGT, method: 'legt', options: {} },
  { label: LEGT_STABLE, method: 'legt-stable', options: {} },
  { label: 'copy-last', method: 'copy-last', options: {} },
]);

/** The labels of METHOD_SPECS, in order. */
export const METHOD_LABELS: readonly string[] = Object.freeze(METHOD_SPECS.map((s) => s.label));
