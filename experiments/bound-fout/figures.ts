/**
 * Figures of the FouT bound experiment: error vs N per periodic signal (with the bound's slope) and the
 * non-periodic bias.
 *
 * @see arXiv:2407.09375, arXiv:2206.12037
 */
import { lineFigure } from '../../src/plot/lineFigure.ts';
import type { FigureSpec } from '../types.ts';
import type { BoundFoutResult } from './compute.ts';

/**
 * The figures: error vs N per periodic signal (model and projection state, with the bound's slope), and the
 * non-periodic bias.
 *
 * @param result - from {@link computeBoundFout}
 * @returns plotly specs keyed by figure name
 * @example boundFoutFigures(result).rates
 */
export function boundFoutFigures(result: BoundFoutResult): Record<string, FigureSpec> {
  const Ns = result.params.Ns;
  const series = result.periodic.flatMap((p) => {
    // the bound's slope -(k-2), anchored at the first fitted point
    const i0 = Ns.findIndex((N) => N >= result.params.fitFrom);
    const ref = p.model[i0];
    return [
      { name: `${p.name}: SSM (slope ${p.slopeModel.toFixed(2)})`, x: Ns, y: p.model, markers: true },
      { name: `${p.name}: projection state`, x: Ns, y: p.projection, dash: 'dot' as const },
      {
        name: `${p.name}: bound slope -(k-2) = ${-(p.k - 2)}`,
        x: Ns.slice(i0),
        y: Ns.slice(i0).map((N) => ref * (N / Ns[i0]) ** -(p.k - 2)),
        dash: 'dash' as const,
      },
    ];
  });
  return {
    rates: lineFigure({
      title:
        "FouT derivative error sup_t |y_N - u'| vs N (continuous time, exact steady state), periodic signals of smoothness k",
      xLabel: 'N',
      yLabel: "sup |y_N - u'|",
      logX: true,
      logY: true,
      series,
    }),
    'non-periodic-bias': lineFigure({
      title:
        "FouT relative derivative error |y_N - u'| / |u'| on sinusoids: non-periodic over the window (bias) and fout-code",
      xLabel: 'N',
      yLabel: 'relative error',
      logX: true,
      logY: true,
      series: [
        ...result.nonPeriodic.map((np) => ({
          name: `fout, sin(2 pi ${np.f} t) (not periodic)`,
          x: Ns,
          y: np.relative,
          markers: true,
        })),
        ...result.foutCode.map((c) => ({
          name: `fout-code, window harmonic ${c.harmonic}${c.harmonic % 2 ? ' (odd: not represented)' : ' (even)'}`,
          x: Ns,
          y: c.relative,
          dash: 'dot' as const,
          markers: true,
        })),
      ],
    }),
  };
}
