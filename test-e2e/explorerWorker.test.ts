/**
 * The explorer computes in a Web Worker: while a window bank runs over L = 2e5 samples (seconds), the page's main
 * thread keeps running its timers; a newer request supersedes a running one, whose worker is terminated (so it does
 * not delay the newer one) and whose result never shows.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, settingsToHash, type ExplorerSettings } from '../explorer/src/settings.ts';
import { launchBrowser, runCount, settled, startExplorer, type Browser, type Explorer } from './harness.ts';
import { expectMse, libraryNumbers } from './libraryNumbers.ts';

/** A computation of several seconds: the default bank (91 LegT members) over the page's largest L. */
const HEAVY: ExplorerSettings = { ...DEFAULT_SETTINGS, length: 200_000, bank: true };
/** The same signal with one construction: a fraction of HEAVY's time. */
const QUICK: ExplorerSettings = { ...HEAVY, bank: false };

/**
 * Longest gap between ticks of a 10 ms main-thread interval while the worker computes. A blocked main thread would
 * show the whole computation (seconds); a free one shows scheduling noise, which on the shared 2-core machine with
 * Chromium's own threads stays well under this bound.
 */
const MAX_MAIN_THREAD_GAP_MS = 250;

let server: Explorer;
let browser: Browser;
let page: Page;
/** how long HEAVY took in the worker (the page's data-ms) */
let heavyMs = 0;
/** the page's workers that were terminated (Date.now() when Playwright saw them close) */
const terminated: number[] = [];

beforeAll(async () => {
  server = await startExplorer();
  browser = await launchBrowser();
  page = browser.page;
  page.on('worker', (w) => w.on('close', () => terminated.push(Date.now())));
  await page.goto(`${server.url}#${settingsToHash(DEFAULT_SETTINGS)}`);
  expect(await settled(page, 0)).toBe('ok');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Asks for new settings the way a pasted link does (only the hash changes). */
async function navigate(s: ExplorerSettings): Promise<void> {
  await page.evaluate((h) => (location.hash = h), settingsToHash(s));
}

it('keeps the main thread responsive while a window bank runs over L = 2e5, then shows the library number', async () => {
  const before = await runCount(page);
  // a main-thread timer recording the longest gap between its ticks while the page computes
  await page.evaluate(() => {
    const w = window as unknown as { maxGap: number; ticks: number };
    w.maxGap = 0;
    w.ticks = 0;
    let last = performance.now();
    const id = setInterval(() => {
      const now = performance.now();
      if (document.body.dataset.state === 'computing') {
        w.maxGap = Math.max(w.maxGap, now - last);
        w.ticks++;
      }
      last = now;
      if (document.body.dataset.state !== 'computing' && w.ticks > 0) clearInterval(id);
    }, 10);
  });
  await navigate(HEAVY);
  // the page's own elapsed-time display keeps counting while the worker is busy, and stays responsive to queries
  await page.waitForFunction(() => Number(document.body.dataset.elapsed ?? '0') >= 1000, undefined, {
    timeout: 60_000,
  });
  expect(await page.getAttribute('body', 'data-state')).toBe('computing');
  expect(await page.isVisible('[data-testid=status]')).toBe(true);
  expect(await page.textContent('[data-testid=status]')).toMatch(/computing… \d+\.\d s/);
  expect(await settled(page, before)).toBe('ok');
  heavyMs = Number(await page.getAttribute('[data-testid=details]', 'data-ms'));
  expect(heavyMs).toBeGreaterThan(1000);
  const { maxGap, ticks } = await page.evaluate(() => {
    const w = window as unknown as { maxGap: number; ticks: number };
    return { maxGap: w.maxGap, ticks: w.ticks };
  });
  expect(ticks).toBeGreaterThan(50);
  expect(maxGap).toBeLessThan(MAX_MAIN_THREAD_GAP_MS);
  const lib = libraryNumbers(HEAVY);
  expectMse(Number(await page.getAttribute('[data-testid=headline-error]', 'data-value')), lib.secondHalf);
});

it('a newer request supersedes a running one: its worker is terminated and only the newer result shows', async () => {
  await navigate(QUICK);
  expect(await settled(page, await runCount(page))).toBe('ok');
  const quickValue = await page.getAttribute('[data-testid=headline-error]', 'data-value');
  // record every value the headline shows from now on
  await page.evaluate(() => {
    const w = window as unknown as { shown: string[] };
    w.shown = [];
    const el = document.querySelector('[data-testid=headline-error]')!;
    new MutationObserver(() => w.shown.push(el.getAttribute('data-value') ?? 'none')).observe(el, {
      attributes: true,
      attributeFilter: ['data-value'],
    });
  });
  const before = await runCount(page);
  const terminatedBefore = terminated.length;
  await navigate(HEAVY);
  await page.waitForFunction(() => Number(document.body.dataset.elapsed ?? '0') >= 300);
  await page.setChecked('[data-testid=bank]', false); // back to QUICK while HEAVY runs
  expect(await settled(page, before)).toBe('ok');
  // HEAVY's worker is terminated, not left to finish (Playwright reports the close a little later)
  await expect.poll(() => terminated.length, { timeout: 30_000 }).toBe(terminatedBefore + 1);
  expect(await runCount(page)).toBe(before + 1);
  expect(await page.getAttribute('[data-testid=headline-error]', 'data-value')).toBe(quickValue);
  // and no result of HEAVY arrives later
  await page.waitForTimeout(heavyMs);
  expect(await runCount(page)).toBe(before + 1);
  expect(await page.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual([quickValue]);
  expectMse(Number(quickValue), libraryNumbers(QUICK).secondHalf);
});

it('raised no uncaught errors in the page', () => {
  expect(browser.pageErrors).toEqual([]);
});
