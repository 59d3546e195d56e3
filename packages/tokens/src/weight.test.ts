// @vitest-environment node
// esbuild refuses to run under jsdom (its Uint8Array is not Node's), hence the node environment.
import { vanillaExtractPlugin } from '@vanilla-extract/esbuild-plugin';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

/** The modules a bundler keeps when an app imports `names` from `entry`, as esbuild tree-shakes. */
async function bundledModules(entry: string, names: string[]): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(', ')} } from './${entry}';`,
      resolveDir: srcDir,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    outdir: 'out', // never written; the extracted CSS needs somewhere to go
    metafile: true,
    minify: true,
    logLevel: 'silent',
    plugins: [vanillaExtractPlugin()],
  });
  const [output] = Object.values(result.metafile.outputs).filter((out) => out.entryPoint);
  return Object.entries(output!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

const colourLibrary = /node_modules[\\/](culori|colorjs\.io)[\\/]/;

describe('what an import costs', () => {
  it.each([
    ['vars', ['vars']],
    [
      'the built-in themes',
      ['calm', 'warm', 'dark', 'builtInThemes', 'themeNames', 'isThemeName', 'themeSelector'],
    ],
    ['the contrast pairs (data only)', ['contrastPairs', 'AA_TEXT', 'AA_NON_TEXT']],
  ])('importing %s pulls no colour library', async (_label, names) => {
    const modules = await bundledModules('index.ts', names);
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((path) => colourLibrary.test(path))).toEqual([]);
  });

  it('the contrast engine and createClinicTheme do load it (so the check above can fail)', async () => {
    for (const [entry, names] of [
      ['contrast.ts', ['checkThemeContrast']],
      ['index.ts', ['createClinicTheme']],
    ] as const) {
      const modules = await bundledModules(entry, [...names]);
      expect(
        modules.some((path) => colourLibrary.test(path)),
        entry,
      ).toBe(true);
    }
  });
});
