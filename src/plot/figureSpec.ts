/** A plotly figure spec: traces and layout, plain JSON. */
export interface FigureSpec {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
}
