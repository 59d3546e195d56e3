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
  test: { projects: [unitProject(), browserProject()] },
});
