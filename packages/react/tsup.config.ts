import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@clinic-ui/tokens', '@radix-ui/react-accordion'],
  esbuildPlugins: [vanillaExtractPlugin({ identifiers: 'short' })],
  // One bundled module cannot keep per-file directives, and the accordion-based blocks need the
  // client: mark the entry so React Server Components treat the package as client components.
  banner: { js: "'use client';" },
});
