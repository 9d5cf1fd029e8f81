import { describe, expect, it } from 'vitest';
import { lineFigure } from '../../src/plot/lineFigure.ts';
import { PALETTE } from '../../src/plot/palette.ts';

/** A spec is plain JSON: it survives a JSON round trip unchanged (no NaN, no typed arrays, no undefined). */
function expectPlainJson(spec: unknown): void {
  expect(JSON.parse(JSON.stringify(spec))).toStrictEqual(spec);
}

describe('lineFigure', () => {
  it('draws each series with its axes type and titles', () => {
    const spec = lineFigure({
      title: 'MSE vs N',
      xLabel: 'N',
      yLabel: 'MSE',
      logX: true,
      logY: true,
      series: [
        { name: 'LegT', x: new Float64Array([4, 8, 16]), y: new Float64Array([1e-2, 1e-4, 1e-8]) },
        { name: 'FouT', x: [4, 8, 16], y: [1e-1, 1e-2, 1e-3], dash: 'dash' },
      ],
    });
    expectPlainJson(spec);
    expect(spec.layout.xaxis).toMatchObject({ type: 'log', title: { text: 'N' } });
    expect(spec.layout.yaxis).toMatchObject({ type: 'log', title: { text: 'MSE' } });
    expect(spec.layout.title).toEqual({ text: 'MSE vs N' });
    expect(spec.data.map((t) => t.name)).toEqual(['LegT', 'FouT']);
    expect(spec.data[0].y).toEqual([1e-2, 1e-4, 1e-8]);
    expect((spec.data[1].line as { dash: string }).dash).toBe('dash');
    expect((spec.data[0].line as { color: string }).color).not.toBe(
      (spec.data[1].line as { color: string }).color,
    );
  });

  it('replaces non-positive values on log axes and non-finite values by null and says so in the name', () => {
    const spec = lineFigure({
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      logY: true,
      series: [{ name: 'err', x: [0, 1, 2, 3, 4], y: [1, 0, -2, NaN, 5] }],
    });
    expectPlainJson(spec);
    expect(spec.data[0].y).toEqual([1, null, null, null, 5]);
    expect(spec.data[0].x).toEqual([0, null, null, null, 4]);
    expect(spec.data[0].name).toBe('err (3 points hidden: non-finite or <= 0 on log y)');
    // x = 0 is fine on a linear x axis, but hidden on a log x axis
    const logx = lineFigure({
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      logX: true,
      series: [{ name: 's', x: [0, 1], y: [1, 2] }],
    });
    expect(logx.data[0].x).toEqual([null, 1]);
    expect(logx.data[0].name).toMatch(/1 point hidden/);
    // a linear axis keeps zero and negative values
    const lin = lineFigure({
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      series: [{ name: 's', x: [0, 1], y: [-1, 0] }],
    });
    expect(lin.data[0].y).toEqual([-1, 0]);
    expect(lin.data[0].name).toBe('s');
  });

  it('draws a band as lower edge then upper edge filled to it, in the series colour, before the line', () => {
    const spec = lineFigure({
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      logY: true,
      series: [
        {
          name: 'mean',
          x: [1, 2, 3],
          y: [2, 3, 4],
          band: { lower: [1, -1, 3], upper: [3, 4, 5] },
          color: '#0072B2',
        },
      ],
    });
    expectPlainJson(spec);
    expect(spec.data).toHaveLength(3);
    const [lower, upper, line] = spec.data;
    expect(lower.y).toEqual([1, null, 3]);
    expect(lower.fill).toBeUndefined();
    expect(upper).toMatchObject({
      y: [3, 4, 5],
      fill: 'tonexty',
      fillcolor: 'rgba(0, 114, 178, 0.2)',
      showlegend: false,
    });
    expect(line.name).toBe('mean (band not drawn at 1 point: non-finite or <= 0 on log y)');
    expect(new Set([lower.legendgroup, upper.legendgroup, line.legendgroup]).size).toBe(1);
  });

  it('rejects series whose arrays differ in length', () => {
    const base = { title: 't', xLabel: 'x', yLabel: 'y' };
    expect(() => lineFigure({ ...base, series: [{ name: 's', x: [1, 2], y: [1] }] })).toThrow(TypeError);
    expect(() =>
      lineFigure({
        ...base,
        series: [{ name: 's', x: [1, 2], y: [1, 2], band: { lower: [1], upper: [1, 2] } }],
      }),
    ).toThrow(/band.lower must have length 2/);
  });
});

describe('lineFigure default dashes', () => {
  it('series past the palette repeat a colour with a different dash, so no two series look alike', () => {
    const series = Array.from({ length: PALETTE.length + 2 }, (_, i) => ({
      name: `s${i}`,
      x: [1, 2],
      y: [i + 1, i + 2],
    }));
    const fig = lineFigure({ title: 't', xLabel: 'x', yLabel: 'y', series });
    const looks = fig.data.map((d) =>
      JSON.stringify([(d.line as { color: string; dash: string }).color, (d.line as { dash: string }).dash]),
    );
    expect(new Set(looks).size).toBe(series.length);
    expect((fig.data[0].line as { dash: string }).dash).toBe('solid');
    expect((fig.data[PALETTE.length].line as { dash: string }).dash).toBe('dash');
  });
});
