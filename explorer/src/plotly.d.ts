/** The part of plotly.js-basic-dist-min's API the explorer uses (the package ships no types). */
declare module 'plotly.js-basic-dist-min' {
  interface PlotlyStatic {
    react(
      root: HTMLElement,
      data: Record<string, unknown>[],
      layout?: Record<string, unknown>,
      config?: Record<string, unknown>,
    ): Promise<HTMLElement>;
    purge(root: HTMLElement): void;
    Plots: { resize(root: HTMLElement): void };
  }
  const Plotly: PlotlyStatic;
  export default Plotly;
}
