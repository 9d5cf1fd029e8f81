/**
 * Pure figure builders (data -> plotly spec). The Node-only writers live in ./write and are not re-exported, so
 * the public API stays isomorphic.
 */
export * from './lineFigure.ts';
export * from './barFigure.ts';
export * from './heatmapFigure.ts';
export type { FigureSpec } from './figureSpec.ts';
