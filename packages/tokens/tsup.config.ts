import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // Stable, readable class names: the CSS is public and read in devtools.
  esbuildPlugins: [vanillaExtractPlugin({ identifiers: 'short' })],
});
