/**
 * The test signals of the "beyond the paper" comparisons: the paper's scalar signals and the classic systems.
 */
import type { SystemName } from '../../../src/systems/index.ts';

/** One signal family: a generator and its parameters, with a short label. */
export interface SignalSpec {
  /** label used in tables and figures */
  key: string;
  system: SystemName;
  params: Record<string, number>;
  /** 'signal': the paper's scalar signals (L = signalLength); 'system': classic systems, every channel */
  kind: 'signal' | 'system';
}

/** The paper's signals. */
export const PAPER_SIGNALS: SignalSpec[] = [
  { key: 'white g1', system: 'white-signal', params: { gamma: 1 }, kind: 'signal' },
  { key: 'white g2', system: 'white-signal', params: { gamma: 2 }, kind: 'signal' },
  { key: 'white g5', system: 'white-signal', params: { gamma: 5 }, kind: 'signal' },
  { key: 'filtered a0.05', system: 'filtered-noise', params: { alpha: 0.05 }, kind: 'signal' },
  { key: 'filtered a0.1', system: 'filtered-noise', params: { alpha: 0.1 }, kind: 'signal' },
  { key: 'filtered a0.3', system: 'filtered-noise', params: { alpha: 0.3 }, kind: 'signal' },
  { key: 'vdp-paper', system: 'vdp-paper', params: {}, kind: 'signal' },
  { key: 'multi-sine', system: 'multi-sine', params: {}, kind: 'signal' },
  { key: 'legendre', system: 'legendre', params: {}, kind: 'signal' },
  { key: 'linear', system: 'linear-function', params: {}, kind: 'signal' },
];

/** The classic systems (all channels, min-max scaled, after a transient of 50 time units). */
export const CLASSIC_SYSTEMS: SignalSpec[] = [
  { key: 'van-der-pol', system: 'van-der-pol', params: {}, kind: 'system' },
  { key: 'lorenz', system: 'lorenz', params: {}, kind: 'system' },
  { key: 'rossler', system: 'rossler', params: {}, kind: 'system' },
  { key: 'duffing', system: 'duffing', params: {}, kind: 'system' },
  { key: 'lotka-volterra', system: 'lotka-volterra', params: {}, kind: 'system' },
  { key: 'pendulum', system: 'pendulum', params: {}, kind: 'system' },
];

/** Time (in the system's units) integrated and discarded before the first sample of a classic system. */
export const SYSTEM_TRANSIENT = 50;

/** The smooth paper signals (everything but filtered noise, whose derivative is rough at the sample scale). */
export const SMOOTH_SIGNAL_KEYS = [
  'white g1',
  'white g2',
  'white g5',
  'vdp-paper',
  'multi-sine',
  'legendre',
  'linear',
];
