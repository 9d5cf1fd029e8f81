/**
 * The explorer in headless Chromium: it loads, reacts to N and to the system, its mean error and its plotted
 * per-step errors equal the library's own numbers computed here in Node, and bad settings give a message, not a
 * plot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExplorerSettings } from '../explorer/src/compute.ts';
import { generate, hippo, oneStepError, predictNext, prophecy } from '../src/index.ts';
import { launchBrowser, runCount, settled, startExplorer, type Browser, type Explorer } from './harness.ts';

/** Browser (Chromium's V8) against Node's V8 running the same float64 code: only libm differences may remain. */
const BROWSER_NODE_REL = 1e-9;

type Settings = ExplorerSettings;

/** The page's defaults (explorer/src/compute.ts), restated so that a silent change of them is noticed. */
const DEFAULTS: Settings = {
  system: 'white-signal',
  channel: 0,
  length: 4000,
  seed: 0,
  noise: 0,
  measure: 'legt',
  N: 17,
  theta: 1,
  dt: 1e-3,
  discretization: 'bilinear',
  output: 'trapezoid',
};

/** The library's one-step MSE for these settings, computed independently of the page's code. */
function libraryMeanError(s: Settings): number {
  const p = prophecy(hippo(s.measure, s.N, { theta: s.theta }), {
    dt: s.dt,
    discretization: s.discretization,
    output: s.output,
  });
  const u = generate(s.system, { length: s.length, dt: s.dt, seed: s.seed, noise: s.noise }).values[
    s.channel
  ];
  return oneStepError(predictNext(p, u), u);
}

async function pageMeanError(page: Page): Promise<number> {
  const v = await page.getAttribute('[data-testid=mean-error]', 'data-value');
  expect(v).not.toBeNull();
  return Number(v);
}

/** Mean of the y values plotly actually holds in the error plot (every point when L <= 5000). */
async function plottedMeanError(page: Page): Promise<{ mean: number; points: number }> {
  return page.evaluate(() => {
    const el = document.querySelector('#plot-error') as HTMLElement & { data?: { y: number[] }[] };
    const y = el.data?.[0]?.y ?? [];
    return { mean: y.reduce((a, b) => a + b, 0) / y.length, points: y.length };
  });
}

function expectClose(actual: number, expected: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(BROWSER_NODE_REL * Math.abs(expected));
}

/** Changes one control and waits for the recomputation. */
async function change(page: Page, testId: string, value: string): Promise<string> {
  const before = await runCount(page);
  const selector = `[data-testid=${testId}]`;
  if ((await page.locator(selector).evaluate((el) => el.tagName)) === 'SELECT') {
    await page.selectOption(selector, value);
  } else {
    await page.fill(selector, value);
  }
  return settled(page, before);
}

describe('explorer in Chromium', () => {
  let server: Explorer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startExplorer();
    browser = await launchBrowser();
    page = browser.page;
    await page.goto(server.url);
    expect(await settled(page, 0)).toBe('ok');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the default settings with the library mean error and plots it', async () => {
    const expected = libraryMeanError(DEFAULTS);
    expectClose(await pageMeanError(page), expected);
    const plotted = await plottedMeanError(page);
    expect(plotted.points).toBe(DEFAULTS.length - 1);
    expectClose(plotted.mean, expected);
  });

  it('recomputes when N changes, matching the library', async () => {
    const before = await pageMeanError(page);
    expect(await change(page, 'N', '9')).toBe('ok');
    const after = await pageMeanError(page);
    const expected = libraryMeanError({ ...DEFAULTS, N: 9 });
    expect(after).not.toBe(before);
    expectClose(after, expected);
    expectClose((await plottedMeanError(page)).mean, expected);
    expect(new URL(page.url()).hash).toContain('N=9');
  });

  it('recomputes when the system changes, matching the library', async () => {
    const before = await pageMeanError(page);
    expect(await change(page, 'system', 'lorenz')).toBe('ok');
    const after = await pageMeanError(page);
    const expected = libraryMeanError({ ...DEFAULTS, N: 9, system: 'lorenz' });
    expect(after).not.toBe(before);
    expectClose(after, expected);
    expectClose((await plottedMeanError(page)).mean, expected);
    // the channel control follows the system (x, y, z)
    expect(await page.locator('[data-testid=channel] option').count()).toBe(3);
    expect(await change(page, 'channel', '2')).toBe('ok');
    expectClose(
      await pageMeanError(page),
      libraryMeanError({ ...DEFAULTS, N: 9, system: 'lorenz', channel: 2 }),
    );
  });

  it('shows the library error instead of a plot when D dt/2 >= 1', async () => {
    // LegT: D = N^2 / theta = 81, so dt = 0.05 gives D dt/2 = 2.025
    expect(await change(page, 'dt', '0.05')).toBe('error');
    const text = (await page.textContent('[data-testid=error-message]')) ?? '';
    expect(await page.isVisible('[data-testid=error-message]')).toBe(true);
    expect(text).toMatch(/dt/);
    expect(await page.getAttribute('[data-testid=mean-error]', 'data-value')).toBeNull();
    expect(await page.isVisible('[data-testid=plot-error]')).toBe(false);
    // back to a valid dt: the message goes away and the plot returns
    expect(await change(page, 'dt', '0.001')).toBe('ok');
    expect(await page.isVisible('[data-testid=error-message]')).toBe(false);
    expect(await page.isVisible('[data-testid=plot-error]')).toBe(true);
  });

  it('shows the library error for an even N with FouT', async () => {
    expect(await change(page, 'measure', 'fout')).toBe('ok'); // N = 9 is odd
    expect(await change(page, 'N', '8')).toBe('error');
    expect((await page.textContent('[data-testid=error-message]')) ?? '').toMatch(/odd/);
    expect(await change(page, 'N', '9')).toBe('ok');
  });

  it('raised no uncaught errors in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
