/** s4's initialisations: the normal plus low-rank form of HiPPO matrices (nplr) and the diagonal S4D ones. */
export type { Nplr, NplrMeasure, ComplexVector } from './nplr.ts';
export { nplr, NPLR_MEASURES } from './nplr.ts';
export type { S4dInitKind } from './s4dInit.ts';
export { s4dInit } from './s4dInit.ts';
