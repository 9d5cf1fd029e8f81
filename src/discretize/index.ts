/** Discretization of continuous SSMs: GBT (forward, backward, bilinear), ZOH, the LegS time-varying steps, output. */
export type { DiscreteSystem } from './discretize.ts';
export { discretize } from './discretize.ts';
export type { ResolvedMethod } from './resolveMethod.ts';
export { METHOD_NAMES } from './resolveMethod.ts';

export { legsStep } from './legsStep.ts';
export type { DiscretizationInfo } from './discretizations.ts';
export { discretizations } from './discretizations.ts';
export type { DiscreteOutput } from './discretizeOutput.ts';
export { discretizeOutput, OUTPUT_RULES, trapezoidDtBound, trapezoidIsValid } from './discretizeOutput.ts';
