import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.preset';
import { builtInDtcgFiles } from './src/dtcg';
import { builtInThemes, defaultThemeName } from './src/themes/index';

// Entries: the package, `contrast` (the one part that loads a colour library) and `dtcg`.
const build = packageBuild({
  entry: { index: 'src/index.ts', contrast: 'src/contrast.ts', dtcg: 'src/dtcgEntry.ts' },
});

export default defineConfig({
  ...build,
  onSuccess: async () => {
    if (typeof build.onSuccess === 'function') await build.onSuccess();
    // tokens.json and one DTCG file per built-in theme, from the same theme objects as the CSS.
    for (const [file, document] of Object.entries(
      builtInDtcgFiles(builtInThemes, defaultThemeName),
    )) {
      await mkdir(dirname(`dist/${file}`), { recursive: true });
      await writeFile(`dist/${file}`, `${JSON.stringify(document, null, 2)}\n`);
    }
  },
});
