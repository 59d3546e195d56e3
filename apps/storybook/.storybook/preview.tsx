import '@clinic-ui/tokens/styles.css';
import type { Preview } from '@storybook/react-vite';
import { ThemeFrame } from '../src/ThemeFrame';

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
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'calm' },
  decorators: [
    (Story, context) => (
      <ThemeFrame theme={context.globals.theme === 'warm' ? 'warm' : 'calm'}>
        <Story />
      </ThemeFrame>
    ),
  ],
  parameters: {
    layout: 'fullscreen',
    // Every story is an accessibility test: a violation fails it in the vitest run.
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Foundations'] } },
  },
};

export default preview;
