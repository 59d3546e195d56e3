import { defineConfig } from 'tsup';

// Built so that vitest configs (loaded by plain Node, which cannot import .ts) can import it.
export default defineConfig({
  entry: [
    'src/index.ts',
    'src/vitest.ts',
    'src/axe.ts',
    'src/ensureChromium.ts',
    'src/failedTasks.ts',
  ],
  format: ['esm'],
  clean: true,
  target: 'node20',
  skipNodeModulesBundle: true,
});
