/**
 * Figure 1 of HiPPO-Prophecy: per-step one-step errors of LegT and FouT (N = 17) on the authors' "Van der Pol"
 * signal, with copy-last.
 *
 * @see arXiv:2407.09375
 */
import { lineFigure } from '../../src/plot/lineFigure.ts';
import { claimAtLeast, claimAtMost, claimBetween, guardClaim } from '../runner/claimHelpers.ts';
import type { Claim, Experiment, FigureSpec, Scale } from '../types.ts';
import { computeFig1 } from './compute.ts';
import type { Fig1Params, Fig1Result, Fig1Run, PredictorStats } from './compute.ts';

const SCALES: Record<Scale, Fig1Params> = {
  // the figure is cheap (L = 10^4, N = 17): both scales are the paper's size
  quick: { L: 10000, N: 17, theta: 1, maxPoints: 500 },
  paper: { L: 10000, N: 17, theta: 1, maxPoints: 500 },
};

function stat(run: Fig1Run, name: string): PredictorStats {
  const s = run.stats.find((x) => x.name === name);
  if (!s) throw new RangeError(`fig1-vdp: no predictor ${name} in the result`);
  return s;
}

function mainRun(result: Fig1Result): Fig1Run {
  const run = result.runs.find((r) => r.dtRule === 'sample');
  if (!run) throw new RangeError("fig1-vdp: the result has no run with dtRule 'sample'");
  return run;
}

/**
 * The claims of figure 1, computed from the 'sample' run (dt = signal sample spacing).
 *
 * @param result - from {@link computeFig1}
 * @returns the claims
 * @example fig1Claims(computeFig1({ L: 10000, N: 17, theta: 1, maxPoints: 500 }))
 */
export function fig1Claims(result: Fig1Result): Claim[] {
  return [
    guardClaim('LegT start-up spike within [0.02, 2] (paper ~0.2)', () =>
      claimBetween(
        'LegT start-up spike within [0.02, 2] (paper ~0.2)',
        stat(mainRun(result), 'LegT').startupMax,
        0.02,
        2,
        'max squared error over the first 50 steps; the poster value ~0.2 is read off a log plot, so a decade either side',
      ),
    ),
    guardClaim('LegT after the transient is ~0: max <= 1e-4 x start-up spike', () => {
      const s = stat(mainRun(result), 'LegT');
      return claimAtMost(
        'LegT after the transient is ~0: max <= 1e-4 x start-up spike',
        s.afterMax / s.startupMax,
        1e-4,
        `max squared error for t >= 2 windows ${s.afterMax.toExponential(2)} / spike ${s.startupMax.toExponential(2)}`,
      );
    }),
    guardClaim('FouT / LegT max error after the transient >= 100', () => {
      const run = mainRun(result);
      const f = stat(run, 'FouT').afterMax;
      const l = stat(run, 'LegT').afterMax;
      return claimAtLeast(
        'FouT / LegT max error after the transient >= 100',
        f / l,
        100,
        `FouT ${f.toExponential(2)}, LegT ${l.toExponential(2)} (max squared error for t >= 2 windows)`,
      );
    }),
    guardClaim('FouT spikes at every switching event: peak / quiet median >= 100', () => {
      const s = stat(mainRun(result), 'FouT');
      const ratios = s.eventPeaks.map((p) => p / s.quietMedian);
      const value = ratios.length >= 2 ? Math.min(...ratios) : NaN;
      return claimAtLeast(
        'FouT spikes at every switching event: peak / quiet median >= 100',
        value,
        100,
        `${ratios.length} events after the transient (need >= 2); peaks ${s.eventPeaks.map((p) => p.toExponential(2)).join(', ')}, ` +
          `median away from events ${s.quietMedian.toExponential(2)}`,
      );
    }),
    guardClaim('LegT mean error after the transient <= 0.01 x copy-last', () => {
      const run = mainRun(result);
      const l = stat(run, 'LegT').afterMean;
      const c = stat(run, 'copy-last').afterMean;
      return claimAtMost(
        'LegT mean error after the transient <= 0.01 x copy-last',
        l / c,
        0.01,
        `LegT ${l.toExponential(2)}, copy-last ${c.toExponential(2)}`,
      );
    }),
  ];
}

/**
 * The figures: the solution with its switching events, and the error traces of both time-step conventions.
 *
 * @param result - from {@link computeFig1}
 * @returns plotly specs keyed by figure name
 * @example fig1Figures(result).errors.data.length
 */
export function fig1Figures(result: Fig1Result): Record<string, FigureSpec> {
  const figs: Record<string, FigureSpec> = {
    solution: lineFigure({
      title: "Authors' Van der Pol signal x' = 7 (1 - x^2) sin t, x(0) = 0.5 (markers: switching events)",
      xLabel: 't',
      yLabel: 'x(t)',
      series: [
        { name: 'x(t)', x: result.solution.t, y: result.solution.x },
        {
          name: 'switching events',
          x: result.eventTimes,
          y: result.eventTimes.map(() => 0.5),
          markers: true,
          dash: 'dot',
        },
      ],
    }),
  };
  for (const run of result.runs) {
    const key = run.dtRule === 'sample' ? 'errors' : 'errors-dt-1-over-L';
    figs[key] = lineFigure({
      title: `Per-step squared error, N = ${result.params.N}, theta = ${result.params.theta}, dt = ${run.dt.toPrecision(3)} (${
        run.dtRule === 'sample' ? 'sample spacing' : '1 / L'
      }); block maxima of ${Math.ceil((result.params.L - 1) / result.params.maxPoints)} steps`,
      xLabel: 't',
      yLabel: '(uhat_{k+1} - u_{k+1})^2',
      logY: true,
      series: run.traces.map((tr) => ({
        name: tr.name,
        x: tr.x,
        y: tr.y,
        dash: tr.name === 'copy-last' ? 'dot' : 'solid',
      })),
    });
  }
  return figs;
}

export const experiment: Experiment<Fig1Result> = {
  id: 'fig1-vdp',
  title: "Figure 1: LegT vs FouT one-step error on the authors' Van der Pol signal",
  reproduces:
    'arXiv:2407.09375 figure 1 (poster): LegT one start-up spike (~0.2) then ~0; FouT spikes (~9e-3) at each switching event',
  notes: [
    "Signal: vdp-paper, x' = 7 (1 - x^2) sin t, x(0) = 0.5, 10^4 samples on [0, 20] (closed form), unscaled. x never crosses",
    'zero: it dips to 0.5 at t = 2 pi j and sits near 1 between, so the "switching events" are located from the solution',
    'as the dips (local minima below the midpoint of the range) at t = 6.28, 12.57, 18.85.',
    "Predictors: LegT and FouT (2 pi m convention) with theta = 1, bilinear + trapezoid output; also the authors' code",
    'variant (fout-code: 4 pi m, forward-Euler output without D) and copy-last. Error: squared error of out[k] vs u[k+1],',
    'per step (plotted as block maxima so spikes stay visible); claims use the full traces.',
    'Time step (ambiguous in the paper): the main run uses dt = the sample spacing 20/(L-1) = 2e-3 (theta = 1 is then one',
    "time unit = 500 samples). That reproduces the poster's LegT start-up spike (measured 0.09, 0.12 with the authors'",
    'first-step quirk; poster ~0.2): the spike is ~(D dt u_0)^2 with D = N^2. With dt = 1/L = 1e-4 (the convention of',
    "the authors' White Signal code, also computed and plotted) the spike is only 2e-4 and the window spans the whole",
    "context, so the poster's figure cannot have used it.",
    'Disagreement with the poster (reported, not bent): our FouT spikes at the events are ~2.3e-6, not ~9e-3. The',
    "authors' code variant has a flat error ~4.6e-3 everywhere (dropping D biases a constant input by dt C x ~ 2 N dt),",
    "of the order of the poster's 9e-3 but without spikes; we cannot tell which mix of quirks produced the poster trace.",
    '"After the transient" means t >= 2 windows (k >= 1000); an event\'s neighbourhood is +-1 time unit.',
  ].join(' '),
  scales: SCALES as unknown as Record<Scale, Record<string, unknown>>,
  run(ctx) {
    const params = SCALES[ctx.scale];
    return ctx.checkpoint('fig1', () => computeFig1(params, (d, n) => ctx.progress(d, n, 'predictors')));
  },
  claims: (result) => fig1Claims(result),
  figures: (result) => fig1Figures(result),
};
