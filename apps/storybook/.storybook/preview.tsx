import '@clinic-ui/tokens/styles.css';
import type { Preview } from '@storybook/react-vite';
import { ThemedStory, type ThemeChoice } from '../src/ThemeFrame';
import { viewports } from '../src/viewports';

// Story tests (vitest) render every story in both themes at once, so one axe-core run covers both.
const isStoryTest = Boolean(import.meta.env.VITEST_STORYBOOK);
const initialTheme: ThemeChoice = isStoryTest ? 'both' : 'calm';

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Clinic UI theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'calm', title: 'calm (default)' },
          { value: 'warm', title: 'warm' },
          { value: 'both', title: 'both, side by side' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // No viewport by default: stories fill the preview (responsive) until one is chosen.
  initialGlobals: { theme: initialTheme, viewport: { value: undefined, isRotated: false } },
  decorators: [
    (Story, context) => (
      <ThemedStory theme={context.globals.theme as ThemeChoice | undefined}>
        <Story />
      </ThemedStory>
    ),
  ],
  parameters: {
    layout: 'fullscreen',
    // Every story is an accessibility test: a violation fails it in the vitest run.
    a11y: {
      test: 'error',
      // Side by side, every story appears twice, so its named regions (an open accordion panel, a
      // labelled section) appear twice too. `landmark-unique` (a best practice, not a WCAG rule)
      // would flag the copy, not the block; it stays on everywhere a story is shown once.
      config: isStoryTest ? { rules: [{ id: 'landmark-unique', enabled: false }] } : {},
    },
    viewport: { options: viewports },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          'Foundations',
          ['Tokens', 'Theming', 'Custom theme'],
          'Blocks',
          'Templates',
          'Embed',
          ['Pasting into your CMS', '*'],
        ],
      },
    },
  },
};

export default preview;
