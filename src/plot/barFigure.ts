/**
 * Grouped bar charts with asymmetric error bars, e.g. the median over seeds with whiskers from the minimum to the
 * maximum.
 *
 * @see arXiv:2407.09375
 */
import type { FigureSpec } from './figureSpec.ts';
import { axisLayout, baseLayout } from './axisLayout.ts';
import { paletteColor } from './palette.ts';
import { plotValues, requireLength } from './plotValues.ts';

/** One group of bars (one bar per category), e.g. one method. */
export interface BarGroup {
  /** legend entry */
  name: string;
  /** bar heights, one per category */
  values: ArrayLike<number>;
  /** lower ends of the error bars (e.g. minimum over seeds), one per category; needs `max` too */
  min?: ArrayLike<number>;
  /** upper ends of the error bars (e.g. maximum over seeds), one per category; needs `min` too */
  max?: ArrayLike<number>;
  /** bar colour @default the palette colour of the group index */
  color?: string;
}

/** Options of {@link barFigure}. */
export interface BarFigureOptions {
  title: string;
  /** axis title under the categories @default '' */
  xLabel?: string;
  yLabel: string;
  /** logarithmic y axis @default false */
  logY?: boolean;
  /** category labels along x */
  categories: string[];
  groups: BarGroup[];
}

/**
 * A plotly grouped bar figure (barmode 'group'). With `min` and `max` a group gets asymmetric error bars:
 * error_y.array = max - value, error_y.arrayminus = value - min. Non-finite values, and values <= 0 on a log y
 * axis, become null (no bar); the group name then says how many bars are hidden.
 *
 * @param options - title, labels, categories (length m) and groups (values, min, max of length m each)
 * @returns a FigureSpec (plain JSON)
 * @throws TypeError when lengths differ from the number of categories, or only one of min/max is given
 * @throws RangeError when min > value or value > max somewhere
 * @example barFigure({ title: 'MSE', yLabel: 'MSE', categories: ['LegT', 'FouT'],
 *   groups: [{ name: 'ours', values: [1, 2], min: [0.5, 1], max: [2, 3] }] })
 * @see arXiv:2407.09375
 */
export function barFigure(options: BarFigureOptions): FigureSpec {
  const { title, xLabel = '', yLabel, logY = false, categories, groups } = options;
  if (!Array.isArray(categories)) {
    throw new TypeError(`barFigure: categories must be an array of strings, got ${typeof categories}`);
  }
  if (!Array.isArray(groups)) throw new TypeError(`barFigure: groups must be an array, got ${typeof groups}`);
  const m = categories.length;
  const data = groups.map((g, i) => {
    const where = `barFigure: groups[${i}] (${g.name})`;
    requireLength(where, 'values', g.values, m);
    const clean = plotValues(g.values, logY);
    const trace: Record<string, unknown> = {
      type: 'bar',
      name: g.name,
      x: categories.slice(),
      y: clean.values,
      marker: { color: g.color ?? paletteColor(i) },
    };
    if ((g.min === undefined) !== (g.max === undefined)) {
      throw new TypeError(`${where}: give both min and max for error bars, or neither`);
    }
    if (g.min !== undefined && g.max !== undefined) {
      requireLength(where, 'min', g.min, m);
      requireLength(where, 'max', g.max, m);
      const plus: (number | null)[] = [];
      const minus: (number | null)[] = [];
      for (let k = 0; k < m; k++) {
        const v = clean.values[k];
        const lo = g.min[k];
        const hi = g.max[k];
        if (v === null || !Number.isFinite(lo) || !Number.isFinite(hi)) {
          plus.push(null);
          minus.push(null);
          continue;
        }
        if (lo > v || v > hi) {
          throw new RangeError(`${where}: need min <= value <= max at category ${k}, got ${lo}, ${v}, ${hi}`);
        }
        plus.push(hi - v);
        minus.push(v - lo);
      }
      trace.error_y = { type: 'data', symmetric: false, array: plus, arrayminus: minus, visible: true };
    }
    const hidden = clean.nonFinite + clean.nonPositive;
    if (hidden > 0) {
      const why = logY ? 'non-finite or <= 0 on log y' : 'non-finite';
      trace.name = `${g.name} (${hidden} bar${hidden === 1 ? '' : 's'} hidden: ${why})`;
    }
    return trace;
  });
  return {
    data,
    layout: {
      ...baseLayout(title),
      barmode: 'group',
      showlegend: true,
      xaxis: { ...axisLayout(xLabel, false), type: 'category' },
      yaxis: axisLayout(yLabel, logY),
    },
  };
}
