// A host page that runs its own React (the real react and react-dom, bundled at test time) next
// to the script tag: the widgets' bundled renderer and the host's React must not disturb each other.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server.mjs';
import {
  allClinicElements,
  demoDir,
  gotoRendered,
  launchChromium,
  pagesDir,
  waitForUpdatesAndLayout,
  watchPage,
} from './support';

/** The host's app: a counter, and a clinic element that React itself renders. */
const hostApp = `
import { createElement, useState, version } from 'react';
import { createRoot } from 'react-dom/client';

function Counter() {
  const [count, setCount] = useState(0);
  return createElement(
    'section',
    { 'aria-label': 'Host counter' },
    createElement('p', { id: 'count' }, 'Count: ' + count),
    createElement('button', { id: 'increment', type: 'button', onClick: () => setCount((n) => n + 1) }, 'Add one'),
    createElement('clinic-quiz-cta', { id: 'react-quiz', condition: 'anxiety', href: '#anxiety-quiz' }),
  );
}

document.documentElement.dataset.hostReact = version;
createRoot(document.getElementById('app')).render(createElement(Counter));
`;

let browser: Browser;
let server: RunningServer;
let bundleDir: string;

beforeAll(async () => {
  bundleDir = await mkdtemp(join(tmpdir(), 'clinic-ui-react-host-'));
  const [launched] = await Promise.all([
    launchChromium(),
    build({
      stdin: { contents: hostApp, resolveDir: demoDir, sourcefile: 'host-app.js', loader: 'js' },
      bundle: true,
      format: 'iife',
      minify: true,
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: join(bundleDir, 'host-app.js'),
      logLevel: 'silent',
    }),
  ]);
  browser = launched;
  server = await startServer({ roots: [bundleDir, pagesDir] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

describe('a host page running its own React', () => {
  it('keeps working, and the clinic elements render beside and inside it', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const log = watchPage(page);
      await gotoRendered(page, `${server.url}/react-host.html`);
      expect(await page.evaluate(() => document.documentElement.dataset.hostReact)).toMatch(
        /^19\./,
      );
      // The widgets' renderer stays inside the bundle: no global React or Preact appears.
      expect(
        await page.evaluate(() => ['React', 'ReactDOM', 'preact'].filter((name) => name in window)),
      ).toEqual([]);

      await expect(page.locator('#count').textContent()).resolves.toBe('Count: 0');
      await page.locator('#increment').click();
      await page.locator('#increment').click();
      await expect(page.locator('#count').textContent()).resolves.toBe('Count: 2');
      await waitForUpdatesAndLayout(page);

      const elements = await page.evaluate(() =>
        [...document.querySelectorAll('clinic-key-takeaways, clinic-quiz-cta')].map((element) => ({
          tag: element.localName,
          blocks: element.shadowRoot?.querySelectorAll('[part="block"]').length,
          text: element.shadowRoot?.querySelector<HTMLElement>('[part="root"]')?.innerText ?? '',
        })),
      );
      expect(elements).toHaveLength(2);
      expect(elements[0]).toMatchObject({ tag: 'clinic-quiz-cta', blocks: 1 });
      expect(elements[0]!.text).toContain('anxiety');
      expect(elements[1]).toMatchObject({ tag: 'clinic-key-takeaways', blocks: 1 });
      expect(elements[1]!.text).toContain('Neither disturbs the other.');
      expect(await page.evaluate(allClinicElements, 'rendered')).toBe(true);

      expect(log).toEqual({ consoleErrors: [], warnings: [], pageErrors: [] });
    } finally {
      await context.close();
    }
  });
});
