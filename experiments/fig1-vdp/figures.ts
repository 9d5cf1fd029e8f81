/**
 * Figures of figure 1: the solution with its switching events, and the error traces of both time-step conventions
 * with their measured levels in the title (the poster's values beside them).
 *
 * @see arXiv:2407.09375
 */
import { lineFigure } from '../../src/plot/lineFigure.ts';
import type { FigureSpec } from '../types.ts';
import type { Fig1Result, Fig1Run } from './compute.ts';

const e2 = (x: number) => x.toExponential(1);

/** The measured levels of one run, for its figure title: LegT's spike, FouT's event peaks, the code variant's mean. */
function levels(run: Fig1Run): string {
  const of = (prefix: string) => run.stats.find((s) => s.name.startsWith(prefix));
  const legt = of('LegT');
  const fout = run.stats.find((s) => s.name === 'FouT');
  const code = of('FouT (authors');
  const parts: string[] = [];
  if (legt) parts.push(`LegT start-up spike ${e2(legt.startupMax)} (poster ~0.2)`);
  if (fout && fout.eventPeaks.length > 0)
    parts.push(`FouT event peaks up to ${e2(Math.max(...fout.eventPeaks))} (poster ~9e-3)`);
  if (code) parts.push(`authors' code variant: mean ${e2(code.afterMean)} after the transient`);
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
        dash: tr.name === 'copy-last' ? 'dot' : 'solid',
      })),
    });
  }
  return figs;
}
