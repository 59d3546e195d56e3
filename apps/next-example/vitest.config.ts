import { defineConfig } from 'vitest/config';

// One slow Node-side test file: pack, install, `next build`, `next start`, Chromium.
export default defineConfig({
  test: {
    name: 'next-example',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
