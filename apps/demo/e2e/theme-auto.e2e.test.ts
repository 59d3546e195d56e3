// Dark and auto with the real built bundle and the real tokens stylesheet, in real Chromium with an
// emulated `prefers-color-scheme`: the demo's theme switch, and `auto` in both channels (the
// `theme` attribute of elements, and the `clinic-theme-auto` class over React blocks).
import { builtInThemes } from '@clinic-ui/tokens';
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server.mjs';
import {
  axeViolations,
  demoDir,
  gotoRendered,
  launchChromium,
  publicDir,
  themeColours,
  waitForUpdatesAndLayout,
  watchPage,
} from './support';

/** A React app: the same booking card in an `auto` container and by itself, beside an element. */
const reactApp = `
import '@clinic-ui/react/styles.css';
import { BookingCta, KeyTakeaways } from '@clinic-ui/react';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('app')).render(
  h('div', { className: 'clinic-theme-auto', id: 'react-auto' },
    h(KeyTakeaways, { points: ['Auto follows the device.', 'Calm in light mode.', 'Dark in dark mode.'] }),
    h(BookingCta, { href: '/book', accepting: true }),
  ),
);
`;

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>auto in both channels</title>
    <link rel="stylesheet" href="/app.css" />
    <script src="/app.js" defer></script>
    <script src="/clinic-ui.js" defer></script>
  </head>
  <body>
    <main>
      <h1>auto in both channels</h1>
      <div id="app"></div>
      <clinic-booking-cta id="element-auto" theme="auto" href="/book" accepting></clinic-booking-cta>
    </main>
  </body>
</html>`;

let browser: Browser;
let server: RunningServer;
let appDir: string;

beforeAll(async () => {
  appDir = await mkdtemp(join(tmpdir(), 'clinic-ui-auto-'));
  const [launched] = await Promise.all([
    launchChromium(),
    build({
      stdin: { contents: reactApp, resolveDir: demoDir, sourcefile: 'app.js', loader: 'js' },
      bundle: true,
      format: 'iife',
      minify: true,
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"production"' },
      outdir: appDir,
      entryNames: 'app',
      logLevel: 'silent',
    }),
    writeFile(join(appDir, 'auto.html'), page),
  ]);
  browser = launched;
  server = await startServer({ roots: [appDir, publicDir] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (appDir) await rm(appDir, { recursive: true, force: true });
});

/** A new page whose colour scheme is `scheme`, as a reader's device would report it. */
async function pageIn(scheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ colorScheme: scheme });
  return context.newPage();
}

describe('auto in both channels', () => {
  it.each([
    ['light', 'calm'],
    ['dark', 'dark'],
  ] as const)(
    'in %s mode, both draw %s, and switch when the device does',
    async (scheme, theme) => {
      const tab = await pageIn(scheme);
      try {
        const log = watchPage(tab);
        await gotoRendered(tab, `${server.url}/auto.html`);
        await tab.waitForSelector('#react-auto [part="status"]');
        // The accepting-patients status and its card, in the element's shadow root and in React's.
        const read = () =>
          tab.evaluate(() => {
            const measure = (root: ParentNode) => {
              const status = root.querySelector('[part="status"]')!;
              return {
                surface: getComputedStyle(status.closest('[part~="root"]')!).backgroundColor,
                status: getComputedStyle(status).color,
              };
            };
            return {
              element: measure(document.getElementById('element-auto')!.shadowRoot!),
              react: measure(document.getElementById('react-auto')!),
            };
          });
        const values = builtInThemes[theme].color;
        const expected = await tab.evaluate(
          (raw) =>
            Object.fromEntries(
              Object.entries(raw).map(([key, value]) => {
                const probe = document.createElement('span');
                probe.style.color = value;
                document.body.append(probe);
                const computed = getComputedStyle(probe).color;
                probe.remove();
                return [key, computed];
              }),
            ),
          { surface: values.surfaceRaised, status: values.success },
        );
        const seen = await read();
        expect(seen.element).toEqual(expected);
        expect(seen.react).toEqual(expected);
        expect(await axeViolations(tab)).toEqual([]);

        // The reader switches their device's scheme: both channels follow, with no reload.
        const other = scheme === 'light' ? 'dark' : 'light';
        await tab.emulateMedia({ colorScheme: other });
        const after = await read();
        expect(after.element).not.toEqual(seen.element);
        expect(after.react).toEqual(after.element);
        expect(log).toEqual({ consoleErrors: [], warnings: [], pageErrors: [] });
      } finally {
        await tab.context().close();
      }
    },
  );
});

describe('the demo page theme switch', () => {
  it.each(['dark', 'auto'] as const)(
    'choosing %s in dark mode gives every element that theme and the page dark colours, with no axe violation',
    async (choice) => {
      const tab = await pageIn('dark');
      try {
        const log = watchPage(tab);
        await gotoRendered(tab, `${server.url}/`);
        await tab.selectOption('#theme-choice', choice);
        await waitForUpdatesAndLayout(tab);
        const state = await tab.evaluate(() => ({
          themes: [
            ...new Set(
              [...document.querySelectorAll('*')]
                .filter((element) => element.localName.startsWith('clinic-'))
                .map((element) => element.getAttribute('theme')),
            ),
          ],
          page: getComputedStyle(document.body).backgroundColor,
          takeaways: getComputedStyle(
            document
              .querySelector('clinic-key-takeaways')!
              .shadowRoot!.querySelector('[part="root"]')!,
          ).backgroundColor,
        }));
        expect(state.themes).toEqual([choice]);
        expect(state.takeaways).toBe(themeColours.dark.surfaceRaised);
        expect(state.page).not.toBe('rgb(255, 255, 255)');
        expect(await axeViolations(tab)).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
        expect(log.pageErrors).toEqual([]);
      } finally {
        await tab.context().close();
      }
    },
  );

  it('choosing auto in light mode keeps calm, and warm draws warm', async () => {
    const tab = await pageIn('light');
    try {
      await gotoRendered(tab, `${server.url}/`);
      const takeaways = () =>
        tab.evaluate(
          () =>
            getComputedStyle(
              document
                .querySelector('clinic-key-takeaways')!
                .shadowRoot!.querySelector('[part="root"]')!,
            ).backgroundColor,
        );
      await tab.selectOption('#theme-choice', 'auto');
      await waitForUpdatesAndLayout(tab);
      expect(await takeaways()).toBe(themeColours.calm.surfaceRaised);
      expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(255, 255, 255)',
      );
      await tab.selectOption('#theme-choice', 'warm');
      await waitForUpdatesAndLayout(tab);
      expect(await takeaways()).toBe(themeColours.warm.surfaceRaised);
    } finally {
      await tab.context().close();
    }
  });
});
