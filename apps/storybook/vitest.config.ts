import { browserMode, testTimeout } from '@clinic-ui/testing/vitest';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Every story runs as a test in real Chromium; the a11y addon fails it on any axe-core violation.
export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook', storybookScript: 'npm run dev' })],
  test: {
    name: 'storybook',
    // Every story renders once per built-in theme (three since dark), and axe-core checks all of
    // them in one run: the article template takes about 12 s alone on a quiet 2-core machine.
    testTimeout: testTimeout * 2,
    browser: browserMode(),
  },
});
