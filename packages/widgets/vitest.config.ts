import { browserProject, unitProject } from '@clinic-ui/testing/vitest';
import { defineConfig, type Plugin } from 'vitest/config';
import { preactAliases } from './scripts/aliases.mjs';
import { widgetCssModule } from './scripts/widget-css.mjs';

/** Serves `virtual:clinic-widget-css` to tests, made exactly as the build makes it. */
function widgetCssPlugin(): Plugin {
  const id = 'virtual:clinic-widget-css';
  return {
    name: 'clinic-widget-css',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? widgetCssModule() : undefined),
  };
}

// The elements are tested with Preact behind React's names, as the bundle ships them.
export default defineConfig({
  plugins: [widgetCssPlugin()],
  resolve: { alias: preactAliases },
  // Preact's entry points are optimized together up front: one found later (src/base/rerenders.ts
  // imports 'preact' itself) would be bundled apart mid-run, with an `options` of its own.
  optimizeDeps: {
    include: [
      'preact',
      'preact/hooks',
      'preact/compat',
      'preact/compat/client',
      'preact/jsx-runtime',
    ],
  },
  test: { projects: [unitProject(), browserProject()] },
});
