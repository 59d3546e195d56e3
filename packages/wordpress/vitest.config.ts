import { defineConfig } from 'vitest/config';

// One WordPress per supported corner, booted once for all files (test/global-setup.ts): the newest
// build on PHP 8.3, and the oldest supported WordPress (6.4) on the oldest supported PHP (7.4).
// Files share those sites, so they run one after another.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
