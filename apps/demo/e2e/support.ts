// Shared helpers of the end-to-end tests: the real Chromium, the demo server's folders, and
// in-page checks of the real built bundle (/clinic-ui.js).
import { chromiumArgs, findChromium } from '@clinic-ui/testing';
import type Axe from 'axe-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type StartServerOptions } from '../server.mjs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  type Response,
} from 'playwright-core';

const require = createRequire(import.meta.url);

/** apps/demo */
export const demoDir = fileURLToPath(new URL('..', import.meta.url));
/** The demo article and its assets (written for marketers; never edited by the tests). */
export const publicDir = join(demoDir, 'public');
/** Focused test pages, served before public/ (`roots: [pagesDir, publicDir]`). */
export const pagesDir = join(demoDir, 'e2e', 'pages');
/** axe-core's browser build, injected into pages with `page.addScriptTag({ path })`. */
export const axePath = require.resolve('axe-core/axe.min.js');

/** The WCAG 2.x A and AA rules Clinic UI is held to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every element the bundle defines. */
export const clinicTags = [
  'clinic-key-takeaways',
  'clinic-comparison-table',
  'clinic-byline',
  'clinic-quiz-cta',
  'clinic-booking-cta',
  'clinic-faq',
  'clinic-quiz-cta-group',
] as const;

/** Computed colours (as `getComputedStyle` reports them) of the built-in themes. */
export const themeColours = {
  calm: { text: 'rgb(28, 38, 48)', brand: 'rgb(31, 95, 122)', surfaceRaised: 'rgb(243, 247, 249)' },
  warm: { text: 'rgb(43, 33, 28)', brand: 'rgb(140, 59, 34)', surfaceRaised: 'rgb(248, 239, 230)' },
  dark: {
    text: 'rgb(238, 238, 255)',
    brand: 'rgb(136, 204, 238)',
    surfaceRaised: 'rgb(34, 34, 51)',
  },
} as const;

/** Runs axe-core's WCAG A/AA rules on the whole page; one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Injected after load, into the rendered page (it must not be part of what loads).
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
  }, wcagTags);
}

/** Headless Chromium, found as every other browser test of the repo finds it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}

/** What a page said on its console and threw, collected from the moment it is watched. */
export interface PageLog {
  /** `console.error` messages, and failed loads the browser reports there. */
  consoleErrors: string[];
  /** `console.warn` messages. */
  warnings: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
}

/**
 * The browser's own favicon fetch (a 404 when a page declares no icon) is logged as a console
 * error with the icon's URL as its location: it is no message of the page or the widgets.
 */
const isAutomaticFaviconFetch = (message: ConsoleMessage) =>
  new URL(message.location().url || 'about:blank').pathname === '/favicon.ico';

export function watchPage(page: Page): PageLog {
  const log: PageLog = { consoleErrors: [], warnings: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' && !isAutomaticFaviconFetch(message))
      log.consoleErrors.push(`${message.text()} (${message.location().url})`);
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  return log;
}

/**
 * In the page: true when every `<clinic-*>` element has finished its first render. `rendered`:
 * each shows its block (its shadow root's `[part="block"]` is not hidden and has content).
 * `settled`: each shows either its block or, for bad content, the light DOM in place of a hidden
 * block. Self-contained: Playwright sends its source to the page.
 */
export function allClinicElements(state: 'rendered' | 'settled' | (string & {})): boolean {
  const elements = [...document.querySelectorAll('*')].filter((element) =>
    element.localName.startsWith('clinic-'),
  );
  return (
    elements.length > 0 &&
    elements.every((element) => {
      const block = element.shadowRoot?.querySelector('[part="block"]');
      if (!(block instanceof HTMLElement)) return false;
      return state === 'settled' && block.hidden
        ? true
        : !block.hidden && block.childElementCount > 0;
    })
  );
}

/** Waits for the load event and then for every element to render. */
export async function gotoRendered(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(allClinicElements, 'rendered', { timeout: 10_000 });
  return response;
}

/**
 * Waits until every `<clinic-*>` element's pending render is done (its `updateComplete`), then
 * for two animation frames, so resize observers (container queries) and layout have caught up.
 */
export async function waitForUpdatesAndLayout(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) =>
      element.localName.startsWith('clinic-'),
    ) as (Element & { updateComplete: Promise<boolean> })[];
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise<void>((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done())),
    );
  });
}

/** The tag names of the `<clinic-*>` elements in the page, in document order. */
export function clinicElementsIn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((element) => element.localName)
      .filter((name) => name.startsWith('clinic-')),
  );
}

/**
 * Describes the keyboard focus, looking through open shadow roots: the host element (if the
 * focus is in a shadow root) and the focused element's `part` and text.
 */
export function deepFocus(page: Page): Promise<{ host?: string; part?: string; text: string }> {
  return page.evaluate(() => {
    let host: Element | undefined;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      host = active;
      active = active.shadowRoot.activeElement;
    }
    return {
      host: host?.localName,
      part: active?.getAttribute('part') ?? undefined,
      text: (active as HTMLElement | null)?.innerText.trim() ?? '',
    };
  });
}

/** Presses Tab until the focus is on a `part` in the shadow root of `host`; throws if never. */
export async function tabTo(page: Page, host: string, part: string, limit = 200): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    if (focus.host === host && focus.part === part) return;
  }
  throw new Error(`${limit} presses of Tab never reached [part="${part}"] of <${host}>`);
}

/** Installs a buffered `layout-shift` observer before the page loads (call before goto). */
export async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    const add = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.total += entry.value;
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    Object.defineProperty(window, '__clinicLayoutShift', {
      value: () => {
        add(observer.takeRecords());
        return shifts.total;
      },
    });
  });
}

/** The cumulative layout shift so far, without shifts right after input. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __clinicLayoutShift: () => number }).__clinicLayoutShift(),
  );
}

/** Resolves once the page has painted its content (or after 10 s, and the caller then says so). */
async function firstContentfulPaint(page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const painted = await page
      .evaluate(() => performance.getEntriesByName('first-contentful-paint').length > 0)
      .catch(() => false); // the document may not exist yet
    if (painted) return;
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** A page loaded with `loadWithLateBundle`, and what it did. */
export interface LateBundlePage {
  context: BrowserContext;
  page: Page;
  log: PageLog;
  /** Every URL the page requested. */
  requested: string[];
}

/**
 * Loads `url` as on a slow network: the bundle arrives only after the page's first paint, so the
 * upgrade of every element happens on screen and any shift it causes is measured (however loaded
 * the machine). Resolves once every element has rendered and layout has settled.
 */
export async function loadWithLateBundle(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<LateBundlePage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const log = watchPage(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await observeLayoutShift(page);
  await page.route('**/clinic-ui.js', async (route) => {
    await firstContentfulPaint(page);
    await route.continue();
  });
  await gotoRendered(page, url);
  await page.waitForLoadState('networkidle');
  await waitForUpdatesAndLayout(page);
  return { context, page, log, requested };
}

/**
 * The page's cumulative layout shift, after checking that it painted before the bundle ran (only
 * then can the upgrade show a shift; needs the bundle's start mark).
 */
export async function layoutShiftOfUpgrade(page: Page): Promise<number> {
  const paintedBeforeUpgrade = await page.evaluate(() => {
    const firstPaint = performance.getEntriesByName('first-contentful-paint')[0];
    const scriptStart = performance.getEntriesByName('clinic-ui:start')[0];
    return firstPaint && scriptStart ? firstPaint.startTime < scriptStart.startTime : undefined;
  });
  if (paintedBeforeUpgrade !== true)
    throw new Error('the page did not paint before the bundle ran, so no shift could be seen');
  return layoutShift(page);
}

/** The browser and demo server a test file shares; set before its first test runs. */
export interface BrowserAndServer {
  browser: Browser;
  server: RunningServer;
}

/**
 * Starts headless Chromium and the demo server (with `options`) before a file's tests and stops
 * both after them.
 */
export function sharedBrowserAndServer(options?: StartServerOptions): BrowserAndServer {
  const env = {} as BrowserAndServer;
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launchChromium(), startServer(options)]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
