import { describe, expect, it } from 'vitest';
import { barFigure } from '../../src/plot/barFigure.ts';

describe('barFigure', () => {
  it('groups bars and gives asymmetric min-max error bars', () => {
    const spec = barFigure({
      title: 'MSE over seeds',
      yLabel: 'MSE',
      logY: true,
      categories: ['LegT', 'FouT'],
      groups: [
        { name: 'prophecy', values: [2, 5], min: [1.5, 1], max: [4, 5] },
        { name: 'copy-last', values: new Float64Array([3, 6]) },
      ],
    });
    expect(JSON.parse(JSON.stringify(spec))).toStrictEqual(spec);
    expect(spec.layout).toMatchObject({
      barmode: 'group',
      yaxis: { type: 'log' },
      xaxis: { type: 'category' },
    });
    expect(spec.data[0]).toMatchObject({ type: 'bar', x: ['LegT', 'FouT'], y: [2, 5] });
    expect(spec.data[0].error_y).toEqual({
      type: 'data',
      symmetric: false,
      array: [2, 0],
      arrayminus: [0.5, 4],
      visible: true,
    });
    expect(spec.data[1].error_y).toBeUndefined();
  });

  it('hides non-positive bars on a log axis and names them; checks shapes and order of min <= value <= max', () => {
    const spec = barFigure({
      title: 't',
      yLabel: 'y',
      logY: true,
      categories: ['a', 'b'],
      groups: [{ name: 'g', values: [0, 1] }],
    });
    expect(spec.data[0].y).toEqual([null, 1]);
    expect(spec.data[0].name).toBe('g (1 bar hidden: non-finite or <= 0 on log y)');
    const base = { title: 't', yLabel: 'y', categories: ['a', 'b'] };
    expect(() => barFigure({ ...base, groups: [{ name: 'g', values: [1] }] })).toThrow(TypeError);
    expect(() =>
      barFigure({ ...base, groups: [{ name: 'g', values: [1, 2], min: [0, 3], max: [2, 4] }] }),
    ).toThrow(RangeError);
    expect(() => barFigure({ ...base, groups: [{ name: 'g', values: [1, 2], min: [0, 1] }] })).toThrow(
      /both min and max/,
    );
  });
});
