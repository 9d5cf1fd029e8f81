/**
 * The colour cycle of the figures (colour-blind friendly, Okabe-Ito order) and a hex -> rgba helper for bands.
 *
 * @see arXiv:2407.09375
 */

/** Series colours in the order they are assigned. */
export const PALETTE: readonly string[] = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];

/** The i-th palette colour, cycling. */
export function paletteColor(i: number): string {
  return PALETTE[((i % PALETTE.length) + PALETTE.length) % PALETTE.length];
}

/** Dash styles of the second, third, ... pass through the palette, so that series i and i + 8 stay distinguishable. */
const DASH_CYCLE = ['solid', 'dash', 'dot', 'dashdot', 'longdash'] as const;

/**
 * The default line dash of series i: solid for the first pass through the palette, then dash, dot, ...
 *
 * @param i - series index (integer >= 0)
 * @example paletteDash(0) === 'solid' && paletteDash(PALETTE.length) === 'dash'
 */
export function paletteDash(i: number): (typeof DASH_CYCLE)[number] {
  return DASH_CYCLE[Math.floor(Math.max(0, i) / PALETTE.length) % DASH_CYCLE.length];
}

/**
 * `rgba(r, g, b, alpha)` for a `#rrggbb` colour, or undefined for any other colour syntax (plotly then derives a
 * translucent fill itself).
 *
 * @example withAlpha('#0072B2', 0.2) // 'rgba(0, 114, 178, 0.2)'
 */
export function withAlpha(hex: string, alpha: number): string | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return undefined;
  return `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})`;
}
