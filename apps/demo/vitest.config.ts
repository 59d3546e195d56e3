import { defineConfig } from 'vitest/config';

// End-to-end tests of the real script-tag bundle in headless Chromium (driven by playwright-core
// from Node), and unit tests of the bench's figures. Each file launches one browser; files run one at a time, since a 2-core machine
// running other suites in parallel has no room for several Chromiums at once.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts', 'bench/**/*.test.mjs'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
