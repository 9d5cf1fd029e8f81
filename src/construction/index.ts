/** The derivative construction: readouts C = p^T A, D = p^T B (and higher orders) and the next-value predictor. */
export type {
  DiscretePredictor,
  DiscretizationMethod,
  OutputRule,
  Readout,
  SecondDerivativeReadout,
  PredictorStep,
} from './types.ts';
export type { ProphecyOptions } from './prophecy.ts';
export { derivativeReadout } from './derivativeReadout.ts';
export { legtReadoutClosedForm } from './legtReadoutClosedForm.ts';
export { derivativeReadoutOfOrder } from './derivativeReadoutOfOrder.ts';
export { secondDerivativeReadout } from './secondDerivativeReadout.ts';
export { prophecy } from './prophecy.ts';
export { legsOutputStep } from './legsOutputStep.ts';
export { predictorStep } from './predictorStep.ts';

export { predictorSystem } from './predictorSystem.ts';
export { closedLoopMatrix, closedLoopRadius } from './closedLoop.ts';
export type { StabilizeOptions, StabilizedPredictor } from './stabilizeClosedLoop.ts';
export { stabilizeClosedLoop } from './stabilizeClosedLoop.ts';
