/**
 * What figure 4 sweeps: Filtered Noise at alpha = 0.05, 0.1, 0.3 under two conventions of the signal, ours
 * (stationary, exactly sampled, min-max scaled) and the authors' (nengo's FilteredNoise(synapse=Alpha(alpha)) from
 * rest, unscaled), with the poster's values for the figures.
 *
 * @see arXiv:2407.09375
 */
import type { ErrorVsNSetup } from '../common/errorVsN/index.ts';
import { recordOf } from '../common/index.ts';
import { ALPHAS, CONVENTIONS, CONVENTION_LABELS, PAPER_PLATEAU } from './bounds.ts';
import type { Convention } from './bounds.ts';

/** The generate() options of each convention. */
const OPTIONS: Readonly<Record<Convention, Record<string, number | string>>> = {
  ours: {},
  nengo: { nengo: 1, scale: 'none' },
};

/** The sweeps of figure 4, one per convention (exported for tests and notebooks). */
export const fig4Setups: Readonly<Record<Convention, ErrorVsNSetup>> = recordOf(CONVENTIONS, (c) => ({
  label: `Filtered Noise, ${CONVENTION_LABELS[c]}`,
  system: 'filtered-noise',
  paramName: 'alpha',
  values: [...ALPHAS],
  generateOptions: OPTIONS[c],
  variant: c === 'ours' ? '' : c,
  paper: ALPHAS.map((a) => ({ plateau: PAPER_PLATEAU[a], foutPeak: null })),
}));
