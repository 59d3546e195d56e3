import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { transform } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Options } from 'tsup';

export interface PackageBuildOptions extends Options {
  /**
   * Stylesheets to put before the package's own in dist/index.css, so users import one file.
   */
  includeCss?: string[];
  /** Where to write the package's own styles alone as well (without `includeCss`), if anywhere. */
  ownCssFile?: string;
}

/**
 * The build every published package shares: ESM + .d.ts, vanilla-extract styles extracted to
 * dist/index.css. The JS stays readable (with source maps); the CSS, which is shipped as is to
 * pages and shadow roots, is minified.
 */
export function packageBuild({
  includeCss = [],
  ownCssFile,
  ...options
}: PackageBuildOptions = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    esbuildPlugins: [vanillaExtractPlugin({ identifiers: 'short' })],
    onSuccess: async () => {
      const file = 'dist/index.css';
      const minify = async (css: string) =>
        (await transform(css, { loader: 'css', minify: true, target: 'chrome100' })).code;
      const own = await readFile(file, 'utf8');
      // Resolved from the package being built, as its own imports would be.
      const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
      const included = await Promise.all(includeCss.map((path) => readFile(resolve(path), 'utf8')));
      await writeFile(file, await minify([...included, own].join('\n')));
      if (ownCssFile) await writeFile(ownCssFile, await minify(own));
      // The map described the unminified file; a stale one would mislead devtools.
      await rm(`${file}.map`, { force: true });
    },
    ...options,
  };
}
