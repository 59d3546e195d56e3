import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { chromium as PlaywrightChromium } from 'playwright-core';

/**
 * Flags for headless Chromium on CI and closed networks: without the networking ones, Chromium
 * keeps trying to reach Google's services and floods the log with refused connections.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The environment variable that names a Chromium or Chrome binary to use. */
export const chromePathVariable = 'CHROME_PATH';

const systemPaths: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
  /** Where Playwright keeps its own Chromium, if it has one; undefined when unknown. */
  playwrightPath?: () => string | undefined;
}

/**
 * Finds a Chromium or Chrome for browser tests: `$CHROME_PATH` first, then the usual system
 * locations, then a browser installed by `npx playwright install chromium`. Throws an Error that
 * says how to get one when none is found.
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const {
    env = process.env,
    platform = process.platform,
    exists = existsSync,
    playwrightPath = playwrightChromiumPath,
  } = options;

  const fromEnv = env[chromePathVariable];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`${chromePathVariable} is set to "${fromEnv}", but no file is there.`);
  }
  const system = (systemPaths[platform] ?? []).find((path) => exists(path));
  if (system) return system;
  const playwright = playwrightPath();
  if (playwright && exists(playwright)) return playwright;

  throw new Error(
    [
      'Clinic UI browser tests need Chromium or Chrome, and none was found.',
      `Looked at $${chromePathVariable}, ${(systemPaths[platform] ?? []).join(', ') || 'no system paths for this platform'}, and Playwright's browsers.`,
      'Get one of these ways:',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - macOS: install Google Chrome or Chromium in /Applications',
      '  - anywhere: npx playwright install chromium',
      `  - or point ${chromePathVariable} at a Chromium/Chrome binary.`,
    ].join('\n'),
  );
}

function playwrightChromiumPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: typeof PlaywrightChromium };
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
