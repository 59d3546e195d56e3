import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { build, type Plugin } from 'esbuild';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { packageBuild } from '../../tsup.preset';
import { screenerClassPrefix } from './src/core/screener';

const external = ['react', 'react-dom', '@clinic-ui/tokens', '@radix-ui/react-accordion'];

/**
 * Every source module (tests, stories, fixtures and test helpers aside), each built to its own
 * file in dist/ with the same path: one module per file keeps each file's `'use client'`
 * directive where it is, so React Server Components run the server-safe blocks (key takeaways,
 * byline, calls to action) on the server and load only the interactive parts as client components.
 */
const modules = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter(
    (file) =>
      /\.tsx?$/.test(file) &&
      !/\.(test|stories|fixtures)\.tsx?$|\.d\.ts$/.test(file) &&
      !file.startsWith(`test${sep}`),
  )
  .map((file) => join('src', file));

/**
 * Short class names, as the preset's; the Screener's carry a prefix so the widgets' main stylesheet
 * can leave them out (no element there uses the Screener). The module build and the stylesheet
 * build must name classes alike.
 */
const identifiers = ({ hash, filePath }: { hash: string; filePath: string }) =>
  /(^|[\\/])Screener[\\/]/.test(filePath)
    ? `${screenerClassPrefix}${hash}`
    : /^\d/.test(hash)
      ? `_${hash}`
      : hash;

const sourceExtensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Leaves each relative import as an import of the sibling output file instead of bundling it. */
const preserveModules: Plugin = {
  name: 'preserve-modules',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir, kind }) => {
      if (kind === 'entry-point') return undefined;
      const target = join(resolveDir, path);
      const extension = sourceExtensions.find((ext) => existsSync(target + ext));
      if (!extension) return undefined;
      const output = relative(resolveDir, target + extension).replace(/\.tsx?$/, '.js');
      return { path: output.startsWith('.') ? output : `./${output}`, external: true };
    });
  },
};

const base = packageBuild({
  entry: modules,
  // The published declarations: one file per public entry point.
  dts: { entry: { index: 'src/index.ts', internal: 'src/core/index.ts' } },
  // One stylesheet for React users: the theme variables, then the blocks' styles.
  includeCss: ['@clinic-ui/tokens/styles.css'],
  // The blocks alone, for pages that bring their own theme variables (the widgets' shadow roots).
  ownCssFile: 'dist/blocks.css',
  external,
  // No shared chunks: each module is its own file already.
  splitting: false,
  esbuildPlugins: [vanillaExtractPlugin({ identifiers })],
});

export default defineConfig({
  ...base,
  esbuildPlugins: [...(base.esbuildPlugins ?? []), preserveModules],
  onSuccess: async () => {
    // Each .css.ts module left its own stylesheet beside it; the package ships one, built the way a
    // bundler orders it: from the entry, in import order, each rule once.
    for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' }))
      if (/\.css\.(css|css\.map)$/.test(file)) rmSync(join('dist', file));
    const bundled = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      outdir: 'dist',
      external,
      plugins: [vanillaExtractPlugin({ identifiers })],
    });
    const css = bundled.outputFiles.find((file) => file.path.endsWith('.css'));
    if (!css) throw new Error('the bundled build of src/index.ts produced no CSS');
    writeFileSync(join('dist', 'index.css'), css.text);
    await (base.onSuccess as () => Promise<void>)();
    // Nothing outside src/ may be emitted; a stray folder would mean a wrong relative path.
    if (existsSync(join('dist', dirname('src/x'))))
      throw new Error('the build wrote a dist/src folder: check the entry paths');
  },
} satisfies Options);
