/**
 * The static build of the explorer (`npm run explore:build`): at most 1.5 MB in all, and it works without the dev
 * server: served by `vite preview`, its compute worker computes the library's number for settings in the URL hash.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsToHash, type ExplorerSettings } from '../explorer/src/settings.ts';
import { launchBrowser, previewBuiltExplorer, settled, type Browser, type Explorer } from './harness.ts';
import { expectMse, libraryNumbers } from './libraryNumbers.ts';

/** The size budget of the whole build (page, plotly's basic bundle, the worker with the library), in bytes. */
const MAX_BUILD_BYTES = 1_500_000;

let server: Explorer & { outDir: string };
let browser: Browser;

beforeAll(async () => {
  server = await previewBuiltExplorer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

it(`the build holds the page and a separate worker, ${MAX_BUILD_BYTES / 1e6} MB at most in all`, () => {
  const files = filesUnder(server.outDir);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  expect(bytes).toBeLessThanOrEqual(MAX_BUILD_BYTES);
  expect(files.some((f) => /worker-[\w-]+\.js$/.test(path.basename(f)))).toBe(true);
});

it('the built page computes the library numbers of settings given in the URL hash, in its worker', async () => {
  const { page } = browser;
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  // settings in the hash (shareable links): a window bank of matched-rule members on Lorenz's y
  const s: ExplorerSettings = {
    ...DEFAULT_SETTINGS,
    system: 'lorenz',
    channel: 1,
    length: 3000,
    bank: true,
    bankCount: 5,
    output: 'matched',
    order: 2,
  };
  await page.goto(`${server.url}#${settingsToHash(s)}`);
  expect(await settled(page, 0)).toBe('ok');
  const lib = libraryNumbers(s);
  expectMse(Number(await page.getAttribute('[data-testid=headline-error]', 'data-value')), lib.secondHalf);
  // the compute worker and its spare, both from the built worker asset
  expect(workers.length).toBeGreaterThan(0);
  for (const url of workers) expect(url).toMatch(/worker-[\w-]+\.js$/);
  expect(browser.pageErrors).toEqual([]);
});
