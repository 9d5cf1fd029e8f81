/**
 * Packaging tests (`npm run test:package`): pack the tarball and use it from temporary projects. Kept out of
 * `npm test` (they install packages and take about a minute); .ci/run runs them.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test-package/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
