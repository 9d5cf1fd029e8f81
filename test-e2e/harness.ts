/**
 * Harness of the browser tests: a Vite dev server of the explorer on 127.0.0.1 at a free port, and Debian's
 * Chromium (or CHROMIUM_PATH) driven by playwright-core, headless, with a new empty profile.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, createServer, preview, type ViteDevServer } from 'vite';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface Explorer {
  url: string;
  close(): Promise<void>;
}

/** Starts `npm run explore`'s Vite server in-process (strict port, quiet). */
export async function startExplorer(): Promise<Explorer> {
  const port = await freePort();
  const server: ViteDevServer = await createServer({
    configFile: path.join(repoRoot, 'explorer', 'vite.config.ts'),
    server: { host: '127.0.0.1', port, strictPort: true, open: false },
    logLevel: 'warn',
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Builds the explorer as `npm run explore:build` does, but into a new temp dir; returns that dir. */
export async function buildExplorer(): Promise<string> {
  const configFile = path.join(repoRoot, 'explorer', 'vite.config.ts');
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'hippo-explorer-dist-'));
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Builds the explorer (buildExplorer) and serves it with `vite preview`; `outDir` is the build. */
export async function previewBuiltExplorer(): Promise<Explorer & { outDir: string }> {
  const configFile = path.join(repoRoot, 'explorer', 'vite.config.ts');
  const outDir = await buildExplorer();
  const port = await freePort();
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Path of the Chromium binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) {
    throw new Error(
      `no Chromium found (tried ${candidates.join(', ')}); apt-get install chromium or set CHROMIUM_PATH`,
    );
  }
  return found;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** messages the page logged as errors and uncaught exceptions */
  pageErrors: string[];
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium with a fresh user-data-dir (deleted on close) and opens one page. */
export async function launchBrowser(viewport = { width: 1100, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'hippo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Number of computations the page has finished (body[data-run]). */
export async function runCount(page: Page): Promise<number> {
  return Number((await page.getAttribute('body', 'data-run')) ?? '0');
}

/** Waits until the page finished a computation after `previous` ones; returns its state ('ok' | 'error'). */
export async function settled(page: Page, previous: number): Promise<string> {
  await page.waitForFunction(
    (prev) => Number(document.body.dataset.run ?? '0') > prev && document.body.dataset.state !== 'computing',
    previous,
  );
  return (await page.getAttribute('body', 'data-state')) ?? '';
}
