/**
 * The static build of the explorer (`npm run explore:build`) works without the dev server: served by `vite
 * preview`, it computes the library's number.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate, hippo, oneStepError, predictNext, prophecy } from '../src/index.ts';
import { launchBrowser, previewBuiltExplorer, settled, type Browser, type Explorer } from './harness.ts';

/** As in explorer.test.ts: Chromium's V8 against Node's V8 on the same float64 code. */
const BROWSER_NODE_REL = 1e-9;

let server: Explorer;
let browser: Browser;

beforeAll(async () => {
  server = await previewBuiltExplorer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the built page computes the mean error of settings given in the URL hash', async () => {
  const { page } = browser;
  // settings in the hash (shareable links): filtered noise, LagT N = 12, zoh, some observation noise
  const hash =
    'system=filtered-noise&length=3000&seed=3&noise=0.01&measure=lagt&N=12&theta=0.5&dt=0.002&discretization=zoh';
  await page.goto(`${server.url}#${hash}`);
  expect(await settled(page, 0)).toBe('ok');
  const u = generate('filtered-noise', { length: 3000, dt: 0.002, seed: 3, noise: 0.01 }).values[0];
  const p = prophecy(hippo('lagt', 12, { theta: 0.5 }), { dt: 0.002, discretization: 'zoh' });
  const expected = oneStepError(predictNext(p, u), u);
  const shown = Number(await page.getAttribute('[data-testid=mean-error]', 'data-value'));
  expect(Math.abs(shown - expected)).toBeLessThanOrEqual(BROWSER_NODE_REL * expected);
  expect(browser.pageErrors).toEqual([]);
});
