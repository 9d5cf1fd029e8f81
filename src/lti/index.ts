/**
 * scipy.signal-shaped LTI systems: the ss() value (continuous or discrete, MIMO), cont2discrete with scipy's
 * methods, simulation (dlsim, lsim), impulse and step responses, and frequency responses. Depends only on linalg.
 */
export type { LtiSystem, MatrixInput, SignalInput, InputResponses, FrequencyResponse } from './types.ts';
export type { SsOptions } from './ss.ts';
export { ss } from './ss.ts';
export type { SystemKind } from './requireSystem.ts';

export type { C2dMethod, Cont2discreteOptions } from './cont2discrete.ts';
export { cont2discrete, C2D_METHODS } from './cont2discrete.ts';
export type { DlsimOptions, DlsimResult } from './dlsim.ts';
export { dlsim } from './dlsim.ts';
export type { LsimOptions, LsimResult } from './lsim.ts';
export { lsim } from './lsim.ts';
export type { ContinuousResponseOptions, DiscreteResponseOptions } from './responses.ts';
export { impulse, step, dimpulse, dstep } from './responses.ts';
export { freqresp, dfreqresp } from './freqresp.ts';
