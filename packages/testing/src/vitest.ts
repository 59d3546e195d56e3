import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumArgs, findChromium } from './chromium.ts';

/**
 * Per-test time limit. `npm test` runs several suites at once on 2-core CI machines, where a cold
 * jsdom file or a first browser test can take seconds; a hang still fails, after this long.
 */
export const testTimeout = 20_000;

/**
 * The two test projects every package runs:
 * - `unit`: `*.test.ts(x)` in jsdom, fast, for behaviour and props;
 * - `browser`: `*.browser.test.ts(x)` in real headless Chromium (vitest browser mode), for layout,
 *   computed styles, keyboard use and axe-core.
 */
export function unitProject(
  options: { setupFiles?: string[] } = {},
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: 'unit',
      testTimeout,
      setupFiles: options.setupFiles ?? [],
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      exclude: ['src/**/*.browser.test.{ts,tsx}'],
    },
  };
}

export function browserProject(
  options: { setupFiles?: string[] } = {},
): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: 'browser',
      testTimeout,
      setupFiles: options.setupFiles ?? [],
      include: ['src/**/*.browser.test.{ts,tsx}'],
      browser: browserMode(),
    },
  };
}

/** Vitest browser mode on the Chromium that `findChromium` resolves. */
export function browserMode() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}
