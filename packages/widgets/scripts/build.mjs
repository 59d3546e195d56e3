#!/usr/bin/env node
// Builds the widgets: dist/clinic-ui.js (the script tag: one minified IIFE), dist/index.js (ESM
// for bundlers; defines the elements on import), dist/index.d.ts, custom-elements.json from the
// elements' JSDoc, and the IIFE's sha384 integrity for the copy-paste snippet.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { preactAliases } from './aliases.mjs';
import { widgetCssModule } from './widget-css.mjs';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');

const widgetCssPlugin = {
  name: 'clinic-widget-css',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^virtual:clinic-widget-css$/ }, (args) => ({
      path: args.path,
      namespace: 'clinic-widget-css',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'clinic-widget-css' }, () => ({
      contents: widgetCssModule(),
      loader: 'js',
    }));
  },
};

const shared = {
  bundle: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  alias: preactAliases,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [widgetCssPlugin],
  legalComments: 'none',
  // Development warnings of the React blocks: the elements report problems to page authors themselves.
  pure: ['devWarning'],
  logLevel: 'warning',
};

await build({
  ...shared,
  entryPoints: ['src/clinic-ui.ts'],
  outfile: 'dist/clinic-ui.js',
  format: 'iife',
});
await build({
  ...shared,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  format: 'esm',
  minify: false,
});

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['cem', 'analyze', '--quiet'], {
  stdio: 'inherit',
});

const bundle = readFileSync('dist/clinic-ui.js');
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
writeFileSync(
  'dist/integrity.json',
  `${JSON.stringify({ file: 'dist/clinic-ui.js', integrity }, null, 2)}\n`,
);
console.log(`dist/clinic-ui.js ${bundle.length} bytes, ${integrity}`);
