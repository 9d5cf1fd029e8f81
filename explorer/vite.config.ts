/**
 * Vite config of the interactive explorer: `npm run explore` serves explorer/ (the library's TypeScript source is
 * imported directly through src/library.ts, the core being isomorphic), `npm run explore:build` writes a static
 * site to explorer/dist (the page with plotly's basic bundle, and the compute worker with the library).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  // the library source lives one level up
  server: { host: '127.0.0.1', fs: { allow: [path.resolve(here, '..')] } },
  preview: { host: '127.0.0.1' },
  // the plotly basic bundle is ~1.2 MB in one chunk
  build: { outDir: path.join(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 1300 },
  // the compute worker (src/worker.ts) imports modules, so it is bundled as an ES module worker
  worker: { format: 'es' },
  clearScreen: false,
});
