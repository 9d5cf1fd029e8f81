/**
 * Takes the screenshot of the explorer shown in the README: `tsx scripts/explorer-screenshot.ts [out.png]`
 * (default docs/explorer.png). Needs Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import path from 'node:path';
import { launchBrowser, repoRoot, settled, startExplorer } from '../test-e2e/harness.ts';

const out = path.resolve(process.argv[2] ?? path.join(repoRoot, 'docs', 'explorer.png'));
const server = await startExplorer();
const browser = await launchBrowser({ width: 1000, height: 860 });
try {
  await browser.page.goto(server.url);
  const state = await settled(browser.page, 0);
  if (state !== 'ok') throw new Error(`explorer-screenshot: the page is in state ${state}`);
  await browser.page.screenshot({ path: out, fullPage: true }); // the whole page: controls, headline, both plots
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  await server.close();
}
