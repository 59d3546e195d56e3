import { defineConfig } from 'vitest/config';

// Node-side tests that pack, install and build real consumer projects: slow by nature (npm
// install, vite build), so generous limits, one file at a time.
export default defineConfig({
  test: {
    name: 'package-tests',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
