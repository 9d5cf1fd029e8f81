/**
 * The bound-table row of a poster plateau of figures 3 and 4: LegT's flat level at small N in one panel, tested
 * against the poster's number with the 2x band of a log-plot reading.
 *
 * @see arXiv:2407.09375
 */
import { paperBand } from '../../claims/index.ts';
import type { Deviation, Registration } from '../../claims/index.ts';
import { POSTER_READING_REASON } from '../posterReasons.ts';

/** What a plateau row names: the figure, the panel, the poster's value and the N it is measured at. */
export interface PlateauRowSpec {
  /** the paper's figure number */
  figure: number;
  /** the panel, e.g. 'gamma = 1' */
  panel: string;
  /** the poster's plateau */
  paper: number;
  /** the state size of the measurement */
  N: number;
  /** put before the statement, e.g. the signal convention @default '' */
  prefix?: string;
  /** the registered non-reproduction, if any */
  deviation?: Deviation;
}

/**
 * The row "<panel>: LegT's plateau (N, second-half MSE) is the poster's".
 *
 * @param spec - see {@link PlateauRowSpec}
 * @returns the registration (a paper row with paperBand(paper))
 * @see arXiv:2407.09375
 */
export function plateauRow(spec: PlateauRowSpec): Registration {
  return {
    name: `${spec.prefix ?? ''}${spec.panel}: LegT's plateau (N = ${spec.N}, second-half MSE) is the poster's`,
    kind: 'paper',
    source:
      `figure ${spec.figure} (poster log plot), ${spec.panel} panel: LegT's flat level at small N, read ` +
      `${spec.paper}; ours: the mean over functions at N = ${spec.N}`,
    test: paperBand(spec.paper),
    paper: spec.paper,
    reason: POSTER_READING_REASON,
    ...(spec.deviation ? { deviation: spec.deviation } : {}),
  };
}
