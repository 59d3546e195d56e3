// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium';

const existing =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const noPlaywright = () => undefined;

describe('findChromium', () => {
  it('prefers $CHROME_PATH over every other location', () => {
    expect(
      findChromium({
        env: { CHROME_PATH: '/opt/chrome/chrome' },
        platform: 'linux',
        exists: existing('/opt/chrome/chrome', '/usr/bin/chromium'),
        playwrightPath: noPlaywright,
      }),
    ).toBe('/opt/chrome/chrome');
  });

  it('fails loudly when $CHROME_PATH names a missing file, instead of silently using another', () => {
    expect(() =>
      findChromium({
        env: { CHROME_PATH: '/nowhere/chrome' },
        platform: 'linux',
        exists: existing('/usr/bin/chromium'),
        playwrightPath: noPlaywright,
      }),
    ).toThrow('CHROME_PATH is set to "/nowhere/chrome", but no file is there.');
  });

  it('finds a system Chromium, then Chrome', () => {
    const options = { env: {}, platform: 'linux' as const, playwrightPath: noPlaywright };
    expect(findChromium({ ...options, exists: existing('/usr/bin/chromium') })).toBe(
      '/usr/bin/chromium',
    );
    expect(findChromium({ ...options, exists: existing('/usr/bin/google-chrome-stable') })).toBe(
      '/usr/bin/google-chrome-stable',
    );
  });

  it("falls back to Playwright's own Chromium", () => {
    expect(
      findChromium({
        env: {},
        platform: 'darwin',
        exists: existing('/cache/ms-playwright/chromium/chrome'),
        playwrightPath: () => '/cache/ms-playwright/chromium/chrome',
      }),
    ).toBe('/cache/ms-playwright/chromium/chrome');
  });

  it('says how to get a browser when none is found', () => {
    const find = () =>
      findChromium({
        env: {},
        platform: 'linux',
        exists: () => false,
        playwrightPath: noPlaywright,
      });
    expect(find).toThrow(/none was found/);
    expect(find).toThrow(/apt-get install chromium/);
    expect(find).toThrow(/npx playwright install chromium/);
    expect(find).toThrow(/CHROME_PATH/);
  });
});
