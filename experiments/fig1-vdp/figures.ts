/**
 * Figures of figure 1: the solution with its switching events, and the error traces of both time-step conventions
 * with their measured levels in the title (the poster's values beside them).
 *
 * @see arXiv:2407.09375
 */
import { lineFigure } from '../../src/plot/lineFigure.ts';
import type { FigureSpec } from '../types.ts';
import { PAPER_FOUT_SPIKE, PAPER_LEGT_SPIKE } from './bounds.ts';
import { FIG1_LABELS } from './compute.ts';
import type { Fig1Result, Fig1Run, PredictorStats } from './compute.ts';

const e2 = (x: number) => x.toExponential(1);

/** The measured levels of one run, for its figure title: LegT's spike and both FouT's event peaks, beside the poster's. */
function levels(run: Fig1Run): string {
  const of = (name: string) => run.stats.find((s) => s.name === name);
  const peak = (s: PredictorStats | undefined) =>
    s && s.eventPeaks.length > 0 ? e2(Math.max(...s.eventPeaks)) : 'none';
  const legt = of(FIG1_LABELS.legt);
  const parts: string[] = [];
  if (legt) parts.push(`LegT start-up spike ${e2(legt.startupMax)} (poster ~${PAPER_LEGT_SPIKE})`);
  parts.push(
    `event peaks: the authors' FouT ${peak(of(FIG1_LABELS.authors))}, FouT ${peak(of(FIG1_LABELS.fout))} ` +
      `(poster ~${PAPER_FOUT_SPIKE})`,
  );
  return parts.join('; ');
}

/**
 * The figures: the solution with its switching events, and the error traces of both time-step conventions.
 *
 * @param result - from computeFig1
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
      title:
        `Per-step squared error, N = ${result.params.N}, theta = ${result.params.theta}, dt = ${run.dt.toPrecision(3)} (${
          run.dtRule === 'sample' ? 'sample spacing' : '1 / L'
        }); block maxima of ${Math.ceil((result.params.L - 1) / result.params.maxPoints)} steps` +
        `<br>${levels(run)}`,
      xLabel: 't',
      yLabel: '(uhat_{k+1} - u_{k+1})^2',
      logY: true,
      series: run.traces.map((tr) => ({
        name: tr.name,
        x: tr.x,
        y: tr.y,
        dash: tr.name === FIG1_LABELS.copy ? 'dot' : 'solid',
      })),
    });
  }
  return figs;
}
