import { browserMode, testTimeout } from '@clinic-ui/testing/vitest';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Every story runs as a test in real Chromium; the a11y addon fails it on any axe-core violation.
export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook', storybookScript: 'npm run dev' })],
  test: {
    name: 'storybook',
    testTimeout,
    browser: browserMode(),
  },
});
