import type { OutputRule } from './types.ts';
import { fout } from './fout.ts';
import { foutAuthors } from './foutAuthors.ts';
import { lagt } from './lagt.ts';
import { legs } from './legs.ts';
import { legt } from './legt.ts';
import { lmu } from './lmu.ts';
import type { HippoOperator, MeasureName } from './types.ts';

/** One entry of the {@link measures} registry. */
export interface MeasureInfo {
  readonly name: MeasureName;
  readonly description: string;
  /** 'translated': sliding window / time scale theta, LTI; 'scaled': LegS, window [0, t], dynamics carry 1/t */
  readonly kind: 'translated' | 'scaled';
  /** human-readable constraint on N */
  readonly nConstraint: string;
  /** true when N must be odd (FouT) */
  readonly oddN: boolean;
  /** default theta of {@link hippo} */
  readonly defaultTheta: number;
  /** what theta means for this measure */
  readonly thetaMeaning: string;
  /**
   * 'construction': the predictor is C = p^T A, D = p^T B with any output rule; 'own': the measure fixes its own
   * readout and output rule (HippoOperator.readout), so its predictor is not the construction
   */
  readonly readout: 'construction' | 'own';
  /** the output rule prophecy uses by default ('own' readouts: the only one it accepts) */
  readonly output: OutputRule;
  /** builds the operator (arguments are validated) */
  readonly build: (N: number, theta: number) => HippoOperator;
}

const entries: MeasureInfo[] = [
  {
    name: 'legt',
    description: 'translated Legendre: uniform measure on the window [t - theta, t]',
    kind: 'translated',
    nConstraint: 'integer N >= 1',
    oddN: false,
    defaultTheta: 1,
    thetaMeaning: 'window length',
    readout: 'construction',
    output: 'trapezoid',
    build: (N, theta) => legt(N, { theta }),
  },
  {
    name: 'lmu',
    description: 'Legendre Memory Unit: LegT after the change of basis diag((-1)^n / sqrt(2n+1))',
    kind: 'translated',
    nConstraint: 'integer N >= 1',
    oddN: false,
    defaultTheta: 1,
    thetaMeaning: 'window length',
    readout: 'construction',
    output: 'trapezoid',
    build: (N, theta) => lmu(N, { theta }),
  },
  {
    name: 'legs',
    description: "scaled Legendre: uniform measure on [0, t], x' = (1/t)(A x + B u) (time-varying)",
    kind: 'scaled',
    nConstraint: 'integer N >= 1',
    oddN: false,
    defaultTheta: 1,
    thetaMeaning: 'the current time t at which the basis is evaluated (A, B are not scaled)',
    readout: 'construction',
    output: 'trapezoid',
    build: (N, theta) => legs(N, { theta }),
  },
  {
    name: 'lagt',
    description: 'translated Laguerre: exponentially decaying measure e^{-(t - s)/theta} on the past',
    kind: 'translated',
    nConstraint: 'integer N >= 1',
    oddN: false,
    defaultTheta: 1,
    thetaMeaning: 'time scale (A, B divided by theta)',
    readout: 'construction',
    output: 'trapezoid',
    build: (N, theta) => lagt(N, { theta }),
  },
  {
    name: 'fout',
    description: 'translated Fourier on [t - theta, t], harmonic m at frequency 2 pi m / theta',
    kind: 'translated',
    nConstraint: 'odd integer N >= 1',
    oddN: true,
    defaultTheta: 1,
    thetaMeaning: 'window length',
    readout: 'construction',
    output: 'trapezoid',
    build: (N, theta) => fout(N, { theta, variant: 'fout' }),
  },
  {
    name: 'fout-code',
    description: "FouT with the authors' code frequencies 4 pi m / theta (even harmonics of the window only)",
    kind: 'translated',
    nConstraint: 'odd integer N >= 1',
    oddN: true,
    defaultTheta: 1,
    thetaMeaning: 'window length',
    readout: 'construction',
    output: 'trapezoid',
    build: (N, theta) => fout(N, { theta, variant: 'fout-code' }),
  },
  {
    name: 'fout-authors',
    description:
      "the authors' FouT predictor (not the p^T A construction): fout-code state, readout -2 sqrt2 pi m / theta on the sine entries, forward-Euler output",
    kind: 'translated',
    nConstraint: 'odd integer N >= 1',
    oddN: true,
    defaultTheta: 1,
    thetaMeaning: 'window length',
    readout: 'own',
    output: 'forward-euler',
    build: (N, theta) => foutAuthors(N, { theta }),
  },
];

/**
 * Registry of the HiPPO measures, keyed by name (insertion order is the listing order): description, kind
 * (translated or scaled), constraint on N, default theta and a builder.
 *
 * @example Object.keys(measures) // ['legt', 'lmu', 'legs', 'lagt', 'fout', 'fout-code', 'fout-authors']
 * @see arXiv:2008.07669, arXiv:2206.12037, arXiv:2407.09375
 */
export const measures: Readonly<Record<MeasureName, MeasureInfo>> = Object.freeze(
  Object.fromEntries(entries.map((m) => [m.name, Object.freeze(m)])) as Record<MeasureName, MeasureInfo>,
);

/** The measure names in listing order. */
export const measureNames: readonly MeasureName[] = Object.freeze(entries.map((m) => m.name));
