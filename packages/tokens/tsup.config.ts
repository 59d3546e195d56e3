import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.preset';

// `contrast` is its own entry (`@clinic-ui/tokens/contrast`): the one part that loads a colour library.
export default defineConfig(
  packageBuild({ entry: { index: 'src/index.ts', contrast: 'src/contrast.ts' } }),
);
