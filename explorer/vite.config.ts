/**
 * Vite config of the interactive explorer: `npm run explore` serves explorer/ (the library's TypeScript source is
 * imported directly, the core being isomorphic), `npm run explore:build` writes a static site to explorer/dist.
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
  build: { outDir: path.join(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 6000 },
  clearScreen: false,
});
