import { describe, expect, it } from 'vitest';
import { heatmapFigure } from '../../src/plot/heatmapFigure.ts';
import { fromRows } from '../../src/linalg/matrix.ts';

describe('heatmapFigure', () => {
  const base = {
    title: 'error over theta x N',
    xLabel: 'theta',
    yLabel: 'N',
    zLabel: 'MSE',
    x: [0.5, 1, 2],
    y: [4, 8],
  };

  it('takes nested rows or a Matrix [ny, nx] and gives the same spec', () => {
    const rows = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const a = heatmapFigure({ ...base, z: rows });
    const b = heatmapFigure({ ...base, z: fromRows(rows) });
    expect(a).toStrictEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a);
    expect(a.data[0]).toMatchObject({ type: 'heatmap', x: [0.5, 1, 2], y: [4, 8], z: rows });
    expect(a.data[0].colorbar).toEqual({ title: { text: 'MSE' } });
  });

  it('colours by log10 with logZ, blanking non-positive and non-finite cells, and keeps the raw value in hover text', () => {
    const spec = heatmapFigure({
      ...base,
      logZ: true,
      logX: true,
      z: [
        [1e-3, 0, 10],
        [NaN, 1, 1e4],
      ],
    });
    expect(spec.data[0].z).toEqual([
      [-3, null, 1],
      [null, 0, 4],
    ]);
    expect(spec.data[0].colorbar).toEqual({ title: { text: 'log10 MSE' } });
    expect((spec.data[0].text as string[][])[0][1]).toBe('0.000');
    expect(spec.layout.xaxis).toMatchObject({ type: 'log' });
    expect(JSON.parse(JSON.stringify(spec))).toStrictEqual(spec);
  });

  it('rejects z of the wrong shape', () => {
    expect(() => heatmapFigure({ ...base, z: [[1, 2, 3]] })).toThrow(TypeError);
    expect(() =>
      heatmapFigure({
        ...base,
        z: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toThrow(/z\[0\]/);
    expect(() =>
      heatmapFigure({
        ...base,
        z: fromRows([
          [1, 2],
          [3, 4],
        ]),
      }),
    ).toThrow(/shape \[2, 3\]/);
  });
});
