#!/usr/bin/env node
// Builds the widgets: dist/clinic-ui.js (the script tag: one minified IIFE), dist/index.js (ESM
// for bundlers; defines the elements on import), dist/index.d.ts, custom-elements.json from the
// elements' JSDoc, and the IIFE's sha384 integrity for the copy-paste snippet.
import browserslistToEsbuild from 'browserslist-to-esbuild';
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
  // The browser-support policy (package.json "browserslist"): esbuild lowers or rejects anything
  // newer, and es-check proves the output below.
  target: browserslistToEsbuild(),
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

// A browser below the policy must fail to parse the bundle as a whole (running nothing, leaving the
// page's content as it is), never half-run it: no syntax newer than the policy's browsers parse.
execFileSync('npx', ['es-check', 'checkBrowser', 'dist/clinic-ui.js', '--quiet'], {
  stdio: 'inherit',
});
execFileSync('npx', ['es-check', 'checkBrowser', 'dist/index.js', '--module', '--quiet'], {
  stdio: 'inherit',
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
