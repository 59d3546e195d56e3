import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.preset';
import { screenerClassPrefix } from './src/core/screener';

export default defineConfig(
  packageBuild({
    // `internal` is the framework-free core (src/core) for @clinic-ui/widgets: unstable, unlisted.
    entry: { index: 'src/index.ts', internal: 'src/core/index.ts' },
    // One stylesheet for React users: the theme variables, then the blocks' styles.
    includeCss: ['@clinic-ui/tokens/styles.css'],
    // The blocks alone, for pages that bring their own theme variables (the widgets' shadow roots).
    ownCssFile: 'dist/blocks.css',
    external: ['react', 'react-dom', '@clinic-ui/tokens', '@radix-ui/react-accordion'],
    // One bundled module cannot keep per-file directives, and the accordion-based blocks need the
    // client: mark the entry so React Server Components treat the package as client components.
    banner: { js: "'use client';" },
    // Short class names, as the preset's; the Screener's carry a prefix so the widgets' main
    // stylesheet can leave them out (no element there uses the Screener).
    esbuildPlugins: [
      vanillaExtractPlugin({
        identifiers: ({ hash, filePath }) =>
          /(^|[\\/])Screener[\\/]/.test(filePath)
            ? `${screenerClassPrefix}${hash}`
            : /^\d/.test(hash)
              ? `_${hash}`
              : hash,
      }),
    ],
  }),
);
