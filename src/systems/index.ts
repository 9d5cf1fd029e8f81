/**
 * Dynamical systems and signal generators with their ODE solvers: the public API of src/systems.
 *
 * @see arXiv:2407.09375
 */
export { createRandom } from './random.ts';
export type { Random } from './random.ts';
export { rk4 } from './ode/rk4.ts';
export type { Rk4Options } from './ode/rk4.ts';
export { dopri5 } from './ode/dopri5.ts';
export type { Dopri5Options } from './ode/dopri5.ts';
export { solveDde } from './ode/solveDde.ts';
export type { DdeHistory, DdeOptions } from './ode/solveDde.ts';
export { OdeSolverError } from './ode/odeSolverError.ts';
export type { DdeRhs, OdeRhs, OdeSolution, OdeStats } from './ode/types.ts';
export { scaleSignal, SCALE_MODES } from './scaleSignal.ts';
export type { ScaleMode } from './scaleSignal.ts';
export { whiteSignal } from './signals/whiteSignal.ts';
export type { WhiteSignalOptions } from './signals/whiteSignal.ts';
export { filteredNoise, FILTERED_NOISE_CONVENTIONS } from './signals/filteredNoise.ts';
export type { FilteredNoiseOptions } from './signals/filteredNoise.ts';
export { alphaSynapseZoh } from './signals/alphaSynapse.ts';
export type { AlphaSynapseOptions } from './signals/alphaSynapse.ts';
export { vdpPaper } from './signals/vdpPaper.ts';
export type { VdpPaperOptions } from './signals/vdpPaper.ts';
export { linearFunction } from './signals/linearFunction.ts';
export type { LinearFunctionOptions } from './signals/linearFunction.ts';
export { multiSine } from './signals/multiSine.ts';
export type { MultiSineOptions } from './signals/multiSine.ts';
export { legendre } from './signals/legendre.ts';
export type { LegendreOptions } from './signals/legendre.ts';
export { mixed, MIXED_COMPONENTS } from './signals/mixed.ts';
export type { MixedOptions } from './signals/mixed.ts';
export { bernoulli } from './signals/bernoulli.ts';
export type { BernoulliOptions } from './signals/bernoulli.ts';
export { brownian } from './signals/brownian.ts';
export type { BrownianOptions } from './signals/brownian.ts';
export { gbm } from './signals/gbm.ts';
export type { GbmOptions } from './signals/gbm.ts';
export { logisticMap } from './signals/logisticMap.ts';
export type { LogisticMapOptions } from './signals/logisticMap.ts';
export { inverseDft } from './signals/inverseDft.ts';
export { normalizeByMaxAbs } from './signals/normalizeByMaxAbs.ts';
export { vanDerPolRhs } from './classic/vanDerPol.ts';
export { lorenzRhs } from './classic/lorenz.ts';
export { rosslerRhs } from './classic/rossler.ts';
export { duffingRhs } from './classic/duffing.ts';
export { lotkaVolterraRhs, lotkaVolterraInvariant } from './classic/lotkaVolterra.ts';
export { pendulumRhs, pendulumEnergy } from './classic/pendulum.ts';
export { massSpringRhs } from './classic/massSpring.ts';
export { randomStableMatrix } from './classic/linearSystem.ts';
export { mackeyGlassRhs } from './classic/mackeyGlass.ts';
export { systems, systemNames } from './registry.ts';
export { SIGNAL_NAMES, CLASSIC_NAMES } from './types.ts';
export type { ParamValue, RunContext, SystemDefinition, SystemName } from './types.ts';
export { generate, generateBatch } from './generate.ts';
export type { GenerateOptions, Generated } from './generate.ts';
