/**
 * HiPPO operators: one builder per measure, the registry, basis evaluation, Gauss-Legendre quadrature for projections
 * onto the bases, and the `hippo` entry point.
 */
export type { HippoOperator, MeasureName, MeasureReadout } from './types.ts';
export type { MeasureOptions } from './operator.ts';
export type { MeasureInfo } from './measures.ts';
export type { BasisValuesOptions, FourierValuesOptions } from './basis.ts';
export type { FoutOptions } from './fout.ts';
export { legendreValues, laguerreValues, fourierValues } from './basis.ts';
export type { GaussRule } from './gaussLegendre.ts';
export { gaussLegendre } from './gaussLegendre.ts';
export { legt } from './legt.ts';
export { lmu } from './lmu.ts';
export { legs } from './legs.ts';
export { lagt } from './lagt.ts';
export { fout } from './fout.ts';
export { foutAuthors } from './foutAuthors.ts';
export { measures, measureNames } from './measures.ts';
export { hippo } from './hippo.ts';
