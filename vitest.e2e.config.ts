/**
 * End-to-end tests (`npm run test:e2e`): the explorer in a real headless Chromium through playwright-core. Kept out
 * of `npm test` (vitest.config.ts only includes test/).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test-e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
