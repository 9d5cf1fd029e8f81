/**
 * PNG export of figures through a headless Chromium (playwright-core), launched once for many figures. When no
 * Chromium is available the export is skipped with a note; it never fails the caller.
 *
 * @see arXiv:2407.09375
 */
import { existsSync } from 'node:fs';
import type { FigureSpec } from '../figureSpec.ts';
import { importOptionalPeer, MissingPeerError, PLAYWRIGHT_PEER } from '../../util/optionalPeer.ts';
import { plotlyBundlePath } from './plotlyAsset.ts';
import { writeFileAtomic } from '../../util/writeFileAtomic.ts';

/** Options of {@link createPngRenderer} and {@link renderPng}. */
export interface PngOptions {
  /** Chromium binary @default process.env.CHROMIUM_PATH, else '/usr/bin/chromium' */
  executablePath?: string;
  /** image width in CSS pixels @default 900 */
  width?: number;
  /** image height in CSS pixels @default 560 */
  height?: number;
  /** device scale factor of the image (PNG only) @default 2 */
  scale?: number;
  /** image format: 'png', or 'svg' (vector; smaller for dense line plots) @default 'png' */
  format?: 'png' | 'svg';
}

/** An open Chromium page with plotly loaded. */
export interface PngRenderer {
  /** Renders `spec` and writes the image (PNG, or SVG with format 'svg') atomically to `path`. */
  render(spec: FigureSpec, path: string): Promise<void>;
  /** Closes the browser (idempotent). */
  close(): Promise<void>;
}

/** The launch flags: headless, no sandbox (containers), and no network or background activity. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium binary to use, or undefined when the configured one does not exist.
 *
 * @param executablePath - preferred binary @default process.env.CHROMIUM_PATH, else '/usr/bin/chromium'
 * @example findChromium('/nonexistent/chromium') === undefined
 */
export function findChromium(executablePath?: string): string | undefined {
  const candidate = executablePath || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

type PlotlyInPage = {
  newPlot(div: HTMLElement, data: unknown, layout: unknown): Promise<HTMLElement>;
  toImage(div: HTMLElement, opts: Record<string, unknown>): Promise<string>;
  purge(div: HTMLElement): void;
};

/**
 * Launches Chromium once and returns a renderer, or `{ renderer: undefined, note }` explaining why PNG export is
 * skipped (no binary, or the launch failed).
 *
 * @param options - see {@link PngOptions}
 * @example
 *   const spec = lineFigure({ title: 'MSE vs N', xLabel: 'N', yLabel: 'MSE', logY: true,
 *     series: [{ name: 'LegT', x: [4, 8, 16], y: [1e-2, 1e-4, 1e-8] }] });
 *   // without a Chromium binary (here a missing path) PNG export is skipped with a note, it never throws
 *   const { renderer, note } = await createPngRenderer({ executablePath: '/nonexistent/chromium' });
 *   renderer === undefined && note!.startsWith('PNG export skipped');
 *   // with one (CHROMIUM_PATH or /usr/bin/chromium), launched once for many figures:
 *   //   const { renderer } = await createPngRenderer();
 *   //   await renderer?.render(spec, 'figure-mse.png');
 *   //   await renderer?.close();
 * @see arXiv:2407.09375
 */
export async function createPngRenderer(
  options: PngOptions = {},
): Promise<{ renderer: PngRenderer | undefined; note?: string }> {
  const executablePath = findChromium(options.executablePath);
  if (executablePath === undefined) {
    const wanted = options.executablePath || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    return { renderer: undefined, note: `PNG export skipped: no Chromium at ${wanted} (set CHROMIUM_PATH)` };
  }
  const width = options.width ?? 900;
  const height = options.height ?? 560;
  const scale = options.scale ?? 2;
  const format = options.format ?? 'png';
  if (format !== 'png' && format !== 'svg') {
    throw new RangeError(`createPngRenderer: format must be 'png' or 'svg', got ${JSON.stringify(format)}`);
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await importOptionalPeer(PLAYWRIGHT_PEER, () => import('playwright-core')));
  } catch (error) {
    if (!(error instanceof MissingPeerError)) throw error;
    return { renderer: undefined, note: `PNG export skipped: ${error.message}` };
  }
  try {
    const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<!doctype html><html><body><div id="f" style="width:900px;height:560px"></div></body></html>',
      );
      await page.addScriptTag({ path: plotlyBundlePath() });
      let closed = false;
      const renderer: PngRenderer = {
        async render(spec, path) {
          const dataUrl = await page.evaluate(
            async ({ spec, width, height, scale, format }) => {
              const plotly = (globalThis as unknown as { Plotly: PlotlyInPage }).Plotly;
              const div = document.getElementById('f') as HTMLElement;
              plotly.purge(div);
              await plotly.newPlot(div, spec.data, spec.layout);
              return plotly.toImage(div, { format, width, height, scale });
            },
            { spec, width, height, scale, format },
          );
          const payload = dataUrl.slice(dataUrl.indexOf(',') + 1);
          // plotly returns PNG as base64 and SVG URI-encoded
          const bytes = format === 'png' ? Buffer.from(payload, 'base64') : decodeURIComponent(payload);
          await writeFileAtomic(path, bytes);
        },
        async close() {
          if (closed) return;
          closed = true;
          await browser.close();
        },
      };
      return { renderer };
    } catch (error) {
      await browser.close().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      renderer: undefined,
      note: `PNG export skipped: Chromium at ${executablePath} failed: ${message}`,
    };
  }
}

/**
 * Renders `specs[i]` to the PNG file `paths[i]` for every i with one Chromium launch.
 *
 * @param specs - figures
 * @param paths - target .png files, same length as `specs`
 * @param options - see {@link PngOptions}
 * @returns how many files were written, and a note when PNG export was skipped
 * @throws TypeError when the lengths differ; errors of a single render propagate (the browser is closed)
 * @example
 *   const spec = lineFigure({ title: 'MSE vs N', xLabel: 'N', yLabel: 'MSE', logY: true,
 *     series: [{ name: 'LegT', x: [4, 8, 16], y: [1e-2, 1e-4, 1e-8] }] });
 *   // no Chromium at the given path: nothing is written, the note says why
 *   const r = await renderPng([spec], ['figure-mse.png'], { executablePath: '/nonexistent/chromium' });
 *   r.rendered === 0 && r.note !== undefined;
 *   (await renderPng([], [])).rendered === 0; // no figures: Chromium is not even looked for
 *   // with Chromium: await renderPng([spec], ['figure-mse.png']) resolves to { rendered: 1 }
 * @see arXiv:2407.09375
 */
export async function renderPng(
  specs: FigureSpec[],
  paths: string[],
  options: PngOptions = {},
): Promise<{ rendered: number; note?: string }> {
  if (specs.length !== paths.length) {
    throw new TypeError(
      `renderPng: paths must have length ${specs.length} (one per spec), got ${paths.length}`,
    );
  }
  if (specs.length === 0) return { rendered: 0 };
  const { renderer, note } = await createPngRenderer(options);
  if (renderer === undefined) return { rendered: 0, note };
  try {
    for (let i = 0; i < specs.length; i++) await renderer.render(specs[i], paths[i]);
    return { rendered: specs.length };
  } finally {
    await renderer.close();
  }
}
