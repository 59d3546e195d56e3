import '@clinic-ui/tokens/styles.css';
import { defaultThemeName } from '@clinic-ui/tokens';
import { DecoratorHelpers, type ThemesTypes } from '@storybook/addon-themes';
import type { Decorator, Preview } from '@storybook/react-vite';
import { sideBySide, ThemedStory, themeChoices, toThemeChoice } from '../src/ThemeFrame';
import { viewports } from '../src/viewports';

// Story tests (vitest) render every story in every built-in theme at once, so one axe-core run covers them all.
const isStoryTest = Boolean(import.meta.env.VITEST_STORYBOOK);

/**
 * The theme switch. @storybook/addon-themes draws the toolbar menu (each built-in theme, then
 * `both` side by side) and keeps the choice in the `theme` global; this decorator renders the story
 * in it, on the theme's surface. A story can pin a theme with `globals: { theme: 'warm' }` (the
 * menu then shows "Story override").
 */
function withClinicTheme(): Decorator {
  DecoratorHelpers.initializeThemeState([...themeChoices], defaultThemeName);
  return (Story, context) => {
    const { themeOverride } = (context.parameters as ThemesTypes['parameters']).themes ?? {};
    const choice = toThemeChoice(themeOverride || DecoratorHelpers.pluckThemeFromContext(context));
    return (
      <ThemedStory theme={choice}>
        <Story />
      </ThemedStory>
    );
  };
}

const preview: Preview = {
  initialGlobals: {
    theme: isStoryTest ? sideBySide : defaultThemeName,
    // No viewport by default: stories fill the preview (responsive) until one is chosen.
    viewport: { value: undefined, isRotated: false },
  },
  decorators: [withClinicTheme()],
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
          'Browser support',
          'Foundations',
          ['Tokens', 'Theming', 'Custom theme', 'Theme builder'],
          'Blocks',
          'Templates',
          'Embed',
          ['Snippet builder', 'Pasting into your CMS', '*'],
        ],
      },
    },
  },
};

export default preview;
