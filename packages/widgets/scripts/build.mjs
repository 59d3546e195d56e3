#!/usr/bin/env node
// Builds the widgets: dist/clinic-ui.js (the script tag: one minified IIFE), dist/clinic-ui.css
// (the snippet's pre-upgrade stylesheet, scripts/preupgrade-css.mjs), dist/clinic-screener.js (the
// self-screener's own script tag), dist/index.js and dist/screener.js (ESM for bundlers; each
// defines its elements on import), their .d.ts, custom-elements.json from the elements' JSDoc, and
// the sha384 integrity of the script-tag files for the copy-paste snippets.
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { build } from 'esbuild';
import { minify } from 'terser';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preactAliases } from './aliases.mjs';
import { preupgradeCss } from './preupgrade-css.mjs';
import { classNamesIn, widgetCssModule } from './widget-css.mjs';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');

/** Serves `virtual:clinic-widget-css` made for `bundle` (see widgetCss in widget-css.mjs). */
const widgetCssPlugin = (bundle) => ({
  name: 'clinic-widget-css',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^virtual:clinic-widget-css$/ }, (args) => ({
      path: args.path,
      namespace: 'clinic-widget-css',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'clinic-widget-css' }, () => ({
      contents: widgetCssModule(bundle),
      loader: 'js',
    }));
  },
});

/**
 * Radix ships its modules built with esbuild's `keepNames`: a `__name(fn, "fn")` call after each
 * function and a `static { __name(this) }` block in each class. They only restore `Function.name`
 * for debugging, yet, being side effects, they keep every unused function alive (the old
 * `createCollection`, the reducer form of `useControllableState`, helpers for other
 * primitives). Dropping them lets tree-shaking work: 1.7 kB gzipped off the bundle.
 */
const radixWithoutKeepNamesPlugin = {
  name: 'radix-without-keep-names',
  setup(pluginBuild) {
    pluginBuild.onLoad(
      { filter: /[\\/]@radix-ui[\\/][^\\/]+[\\/]dist[\\/]index\.mjs$/ },
      (args) => {
        const source = readFileSync(args.path, 'utf8');
        const contents = source
          .replace(/^var __name = .*$/m, 'var __name = (target) => target;')
          .replace(/^\s*static \{\s*__name\(this, "[\w$]+"\);\s*\}\s*$/gm, '')
          .replace(/^__name\([\w$]+, "[\w$]+"\);$/gm, '')
          // `React[" useId ".trim().toString()]` hides the name from bundlers (for React 17);
          // a computed read of the namespace keeps all of preact/compat (Suspense, portals,
          // lazy…) in the bundle. Read statically, unused exports drop out: 2.1 kB gzipped.
          .replace(/\[" (\w+) "\.trim\(\)\.toString\(\)\]/g, '.$1');
        return {
          contents: radixRuntimeRewrites.reduce(
            (rewritten, rewrite) => rewrite(args.path, rewritten),
            contents,
          ),
          loader: 'js',
        };
      },
    );
  },
};

/**
 * Radix Presence reads `animationName` from computed style in its ref callback, as each panel
 * mounts: a forced style recalculation in the middle of the block's first render (about 9 ms
 * per accordion, FAQ and comparison cards alike, measured in Chromium). Its mount effect reads
 * the same value after paint when the ref did not (`mountAnimationNameRef.current ??
 * getAnimationName(…)`), so the ref keeps only the live style object. A new Radix that moves
 * this line fails the build here instead of silently keeping the cost.
 */
function withoutPresenceMountRead(path, source) {
  if (!/[\\/]react-presence[\\/]/.test(path)) return source;
  const mountRead = /^\s*mountAnimationNameRef\.current = getAnimationName\(styles\);$/m;
  if (!mountRead.test(source) || !source.includes('mountAnimationNameRef.current ??'))
    throw new Error(`${path}: Radix Presence changed; review withoutPresenceMountRead`);
  return source.replace(mountRead, '');
}

/**
 * Radix Collapsible measures each panel with `getBoundingClientRect()` in a layout effect, on
 * mount too: a forced style and layout of the whole new block inside its first render (about a
 * third of an FAQ's or a comparison table's render task, measured in Chromium). The mount
 * measurement is never shown: our panels are force-mounted, a mount animation is prevented
 * (`isMountAnimationPreventedRef`), and every open or close measures again before it animates.
 * So the mount run records zero size and leaves layout to the browser's next frame. Throws when a
 * Radix update changes the code, like withoutPresenceMountRead.
 */
function withoutCollapsibleMountMeasure(path, source) {
  if (!/[\\/]react-collapsible[\\/]/.test(path)) return source;
  const firstRun = /^(\s*)originalStylesRef\.current = originalStylesRef\.current \|\| \{$/m;
  const measure = /^(\s*)const rect = node\.getBoundingClientRect\(\);$/m;
  if (!firstRun.test(source) || !measure.test(source))
    throw new Error(`${path}: Radix Collapsible changed; review withoutCollapsibleMountMeasure`);
  return source
    .replace(
      firstRun,
      (line, indent) => `${indent}const mounting = !originalStylesRef.current;\n${line}`,
    )
    .replace(
      measure,
      (_, indent) =>
        `${indent}const rect = mounting ? { height: 0, width: 0 } : node.getBoundingClientRect();`,
    );
}

/**
 * Radix Collapsible lifts its mount-animation guard in a requestAnimationFrame callback, inside the
 * browser's frame, and page-speed tools charge that frame's whole style, layout and paint to
 * whichever script runs a callback in it. Like our own after-frame work (src/base/rerenders.ts),
 * the frame's callback becomes `setTimeout` itself, so the guard lifts in a task just after the
 * frame. Throws when a Radix update changes the line, like the rewrites above.
 */
function withoutCollapsibleFrameCallback(path, source) {
  if (!/[\\/]react-collapsible[\\/]/.test(path)) return source;
  const frameCallback =
    /requestAnimationFrame\(\(\) => isMountAnimationPreventedRef\.current = false\)/g;
  const calls = source.match(/requestAnimationFrame\(/g) ?? [];
  if (calls.length !== 1 || (source.match(frameCallback) ?? []).length !== 1)
    throw new Error(`${path}: Radix Collapsible changed; review withoutCollapsibleFrameCallback`);
  return source.replace(
    frameCallback,
    'requestAnimationFrame(setTimeout.bind(globalThis, () => isMountAnimationPreventedRef.current = false, 0))',
  );
}

/** The rewrites of what Radix does at run time (each one checks its own module and lines). */
const radixRuntimeRewrites = [
  withoutPresenceMountRead,
  withoutCollapsibleMountMeasure,
  withoutCollapsibleFrameCallback,
];

/**
 * Points the Radix accordion's `unstable_createCollection` at src/shims/radixCollection.ts, which
 * gives it the four calls it makes on Radix's stable collection: the unstable one's `OrderedDict`
 * cannot be tree-shaken (a class of about forty methods). Other importers keep the real package.
 */
const accordionCollectionPlugin = {
  name: 'accordion-collection',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@radix-ui\/react-collection$/ }, (args) => {
      if (!/[\\/]react-accordion[\\/]/.test(args.importer)) return undefined;
      // Like the other Radix rewrites, a Radix update that uses the collection differently fails
      // the build here instead of reaching a method the shim lacks at the reader's first keypress.
      const calls = readFileSync(args.importer, 'utf8').match(/[cC]ollection\.\w+/g) ?? [];
      const known = /^[cC]ollection\.(filter|findIndex|size|at|Provider|Slot|ItemSlot)$/;
      const unknown = calls.filter((call) => !known.test(call));
      if (calls.length === 0 || unknown.length > 0)
        throw new Error(
          `${args.importer}: the accordion's collection use changed (${unknown.join(', ') || 'none found'}); review src/shims/radixCollection.ts`,
        );
      return { path: fileURLToPath(new URL('../src/shims/radixCollection.ts', import.meta.url)) };
    });
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
  plugins: [widgetCssPlugin('main'), radixWithoutKeepNamesPlugin, accordionCollectionPlugin],
  legalComments: 'none',
  // Development warnings of the React blocks: the elements report problems to page authors themselves.
  pure: ['devWarning'],
  logLevel: 'warning',
};

/**
 * A second pass over a script-tag bundle with terser: esbuild minifies module by module, terser
 * then compresses the bundle as one program (inlining across modules, names chosen by frequency,
 * which gzip rewards): 1.6 kB gzipped off clinic-ui.js. Only terser's safe transforms.
 */
async function minifyWhole(file) {
  const { code } = await minify(readFileSync(file, 'utf8'), {
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  // Chrome's explicit compile hint: compile every function while the script streams in, off the
  // main thread, instead of lazily in the first renders (bench: evaluation ~30% shorter and less
  // blocking time; other browsers read a comment).
  writeFileSync(file, `//# allFunctionsCalledOnLoad\n${code}`);
}

const iife = await build({
  ...shared,
  entryPoints: ['src/clinic-ui.ts'],
  outfile: 'dist/clinic-ui.js',
  format: 'iife',
  metafile: true,
});
await minifyWhole('dist/clinic-ui.js');
// What the bundle is made of, module by module (`npm run composition`); not published.
mkdirSync('.composition', { recursive: true });
writeFileSync('.composition/clinic-ui.meta.json', JSON.stringify(iife.metafile));
await build({
  ...shared,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  format: 'esm',
  minify: false,
});

// The self-screener's script: its stylesheet keeps only the rules of the classes its code uses,
// read from a first build of the same code (the classes are strings in the bundle).
const screenerEntry = { entryPoints: ['src/clinic-screener.ts'], format: 'iife' };
const probe = await build({
  ...shared,
  ...screenerEntry,
  plugins: [widgetCssPlugin({ usedClasses: new Set() }), radixWithoutKeepNamesPlugin],
  write: false,
  outfile: 'dist/clinic-screener.js',
});
const screenerCss = widgetCssPlugin({ usedClasses: classNamesIn(probe.outputFiles[0].text) });
await build({
  ...shared,
  ...screenerEntry,
  plugins: [screenerCss, radixWithoutKeepNamesPlugin],
  outfile: 'dist/clinic-screener.js',
});
await minifyWhole('dist/clinic-screener.js');
await build({
  ...shared,
  entryPoints: ['src/screener.ts'],
  plugins: [screenerCss, radixWithoutKeepNamesPlugin],
  outfile: 'dist/screener.js',
  format: 'esm',
  minify: false,
});

// A browser below the policy must fail to parse the bundle as a whole (running nothing, leaving the
// page's content as it is), never half-run it: no syntax newer than the policy's browsers parse.
execFileSync('npx', ['es-check', 'checkBrowser', 'dist/clinic-ui.js', '--quiet'], {
  stdio: 'inherit',
});
execFileSync('npx', ['es-check', 'checkBrowser', 'dist/clinic-screener.js', '--quiet'], {
  stdio: 'inherit',
});
execFileSync(
  'npx',
  ['es-check', 'checkBrowser', 'dist/index.js', 'dist/screener.js', '--module', '--quiet'],
  { stdio: 'inherit' },
);
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// custom-elements.json, and from it the editor files in dist/ (custom-elements-manifest.config.mjs).
execFileSync('npx', ['cem', 'analyze', '--quiet'], {
  stdio: 'inherit',
});
// `@clinic-ui/widgets/jsx`: React's JSX learns every <clinic-*> element from the generated types.
writeFileSync(
  'dist/jsx.d.ts',
  `// Types every <clinic-*> element in React 19 JSX (attribute names and values, from
// custom-elements.json): import type {} from '@clinic-ui/widgets/jsx';
import type { CustomElements } from './jsx-elements.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
writeFileSync('dist/jsx.js', '// Types only: see jsx.d.ts.\nexport {};\n');

// The snippet's render-blocking stylesheet: each element's final box before the script arrives.
writeFileSync('dist/clinic-ui.css', await preupgradeCss());

/** The Subresource Integrity hash of a built file, for the pinned snippet. */
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const integrity = {
  file: 'dist/clinic-ui.js',
  integrity: sri('dist/clinic-ui.js'),
  stylesheet: { file: 'dist/clinic-ui.css', integrity: sri('dist/clinic-ui.css') },
  screener: { file: 'dist/clinic-screener.js', integrity: sri('dist/clinic-screener.js') },
};
writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
for (const { file, integrity: hash } of [integrity, integrity.stylesheet, integrity.screener])
  console.log(`${file} ${readFileSync(file).length} bytes, ${hash}`);
