// <clinic-screener> from the real built clinic-screener.js in Chromium: what it promises readers
// (nothing leaves the element, nothing is kept), keyboard-only completion in both modes,
// accessibility in every theme, and living beside clinic-ui.js. Every page uses sample wording
// the team wrote (/check-in, e2e/pages/screener.html), never an instrument's.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  deepFocus,
  gotoRendered,
  pagesDir,
  publicDir,
  sharedBrowserAndServer,
  themeColours,
  waitForUpdatesAndLayout,
  watchPage,
} from './support';

const env = sharedBrowserAndServer({ roots: [pagesDir, publicDir] });
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function newPage(): Promise<Page> {
  context = await env.browser.newContext();
  return context.newPage();
}

/**
 * Before the page's scripts: records every event dispatched from script (type and detail), every
 * console call, every history call and URL change, so a test can show what left the element.
 */
async function recordWhatLeaves(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log = { events: [] as string[], console: [] as string[], history: [] as string[] };
    Object.defineProperty(window, '__left', { value: log });
    const { dispatchEvent } = EventTarget.prototype as {
      dispatchEvent: (this: EventTarget, event: Event) => boolean;
    };
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      const detail = (event as CustomEvent).detail as unknown;
      log.events.push(`${event.type} ${JSON.stringify(detail ?? null)}`);
      return dispatchEvent.call(this, event);
    };
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'table'] as const) {
      const original = console[level].bind(console);
      console[level] = (...args: unknown[]) => {
        log.console.push(args.map(String).join(' '));
        original(...args);
      };
    }
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (...args: Parameters<History['pushState']>) => {
        log.history.push(method);
        original(...args);
      };
    }
    window.addEventListener('hashchange', () => log.history.push('hashchange'));
    window.addEventListener('popstate', () => log.history.push('popstate'));
  });
}

interface Left {
  events: string[];
  console: string[];
  history: string[];
}

const left = (page: Page) =>
  page.evaluate(() => {
    const log = (window as unknown as { __left: Left }).__left;
    return {
      events: [...log.events],
      console: [...log.console],
      history: [...log.history],
      dataLayer: JSON.stringify((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []),
    };
  });

const resetLeft = (page: Page) =>
  page.evaluate(() => {
    const log = (window as unknown as { __left: Left }).__left;
    log.events.length = 0;
    log.console.length = 0;
    log.history.length = 0;
  });

/** The rendered items, in the screener's open shadow root (the pasted form's are not shown). */
const radios = (page: Page) => page.locator('clinic-screener [part="form"] fieldset');

/** Picks option `value` (0-3) of each item in turn, with the mouse. */
async function choose(page: Page, answers: number[]) {
  for (const [index, value] of answers.entries())
    await radios(page).nth(index).locator('input[type="radio"]').nth(value).check();
}

/** What is stored for the page's origin, by every storage API a script could use. */
async function stored(page: Page) {
  const inPage = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
  }));
  const state = await page.context().storageState();
  return { ...inPage, cookies: state.cookies, origins: state.origins };
}

const nothingStored = {
  cookie: '',
  localStorage: 0,
  sessionStorage: 0,
  indexedDB: [],
  caches: [],
  cookies: [],
  origins: [],
};

/** The focused element, through shadow roots: the element's tag, type, value and checked state. */
const focusedControl = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const input = active as HTMLInputElement | null;
    return {
      tag: input?.localName,
      type: input?.type,
      value: input?.value,
      checked: input?.checked,
    };
  });

async function tabToFirstRadio(page: Page) {
  for (let presses = 0; presses < 100; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedControl(page)).type === 'radio') return;
  }
  throw new Error('Tab never reached a radio of the screener');
}

/** With the focus on an item's first radio: Space picks "0", each ArrowDown the next value. */
async function answerWithKeys(page: Page, value: number) {
  await page.keyboard.press('Space');
  for (let step = 0; step < value; step++) await page.keyboard.press('ArrowDown');
  await expect
    .poll(() => focusedControl(page))
    .toMatchObject({
      type: 'radio',
      value: String(value),
      checked: true,
    });
}

const shadowText = (page: Page, selector: string) =>
  page.evaluate(
    (target) =>
      document.querySelector('clinic-screener')!.shadowRoot!.querySelector(target)?.textContent ??
      null,
    selector,
  );

describe('privacy: nothing leaves <clinic-screener>, nothing is kept', () => {
  it('sends no request, stores nothing, never changes the URL or history, and lets only the booking link out', async () => {
    const page = await newPage();
    await recordWhatLeaves(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('websocket', (socket) => requests.push(socket.url()));
    await gotoRendered(page, `${env.server.url}/check-in`);
    await waitForUpdatesAndLayout(page);
    // Loading: the page's own files only, clinic-screener.js among them.
    expect([...new Set(requests.map((url) => new URL(url).pathname))].sort()).toEqual(
      [
        '/check-in',
        '/clinic-analytics.js',
        '/clinic-screener.js',
        '/clinic-ui.css',
        '/clinic-ui.js',
        '/logo.svg',
        '/site.css',
        '/theme-switch.js',
      ].sort(),
    );
    requests.length = 0;
    await resetLeft(page);
    const url = page.url();
    const historyLength = await page.evaluate(() => history.length);

    // Submit unanswered (error summary), then answer and submit: 3+2+1+2 = 8, the top band.
    await page.locator('clinic-screener [part="submit"]').click();
    await expect
      .poll(() => shadowText(page, '[part="errors"]'))
      .toContain('Select an answer for question 1');
    await page.locator('clinic-screener [part="errors"] a').first().click();
    await choose(page, [3, 2, 1, 2]);
    await page.locator('clinic-screener [part="submit"]').click();
    await expect
      .poll(() => shadowText(page, '[part="result"]'))
      .toContain('Result: Worth a conversation');
    await expect.poll(() => shadowText(page, '[part="result"]')).toContain('8 out of 12');

    expect(requests).toEqual([]);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await stored(page)).toEqual(nothingStored);
    const afterResult = await left(page);
    expect(afterResult).toEqual({ events: [], console: [], history: [], dataLayer: '[]' });

    // The booking hand-off: its event and the analytics push carry the link and nothing else.
    await page.evaluate(() =>
      document.addEventListener('click', (event) => event.preventDefault(), { capture: true }),
    );
    await page.locator('clinic-screener [part="action"]').click();
    const afterBooking = await left(page);
    expect(afterBooking.events).toEqual([
      'clinic-cta-click {"element":"clinic-screener","href":"/book"}',
    ]);
    expect(JSON.parse(afterBooking.dataLayer)).toEqual([
      { event: 'clinic_cta_click', element: 'clinic-screener', href: '/book' },
    ]);
    expect(afterBooking.console).toEqual([]);
    expect(requests).toEqual([]);
    expect(await stored(page)).toEqual(nothingStored);
  });

  it('says nothing about the self-harm answer, the score or the instrument anywhere outside the element', async () => {
    const page = await newPage();
    await recordWhatLeaves(page);
    const requests: string[] = [];
    await gotoRendered(page, `${env.server.url}/screener.html`);
    page.on('request', (request) => requests.push(request.url()));
    await resetLeft(page);
    await choose(page, [0, 0, 0, 0, 0, 0, 0, 0, 2, 1]);
    await page.locator('clinic-screener [part="submit"]').click();
    const result = await shadowText(page, '[part="result"]');
    expect(result).toContain('Help is available right now');
    expect(result).toContain('Your score is 2 out of 27.');
    // The urgent block comes before the score.
    expect(
      await page.evaluate(() => {
        const shadow = document.querySelector('clinic-screener')!.shadowRoot!;
        const urgent = shadow.querySelector('[part~="urgent"]')!;
        const score = [...shadow.querySelectorAll('p')].find((p) =>
          p.textContent?.includes('score'),
        );
        if (!score) return false;
        return Boolean(urgent.compareDocumentPosition(score) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect(await left(page)).toEqual({ events: [], console: [], history: [], dataLayer: '[]' });
    expect(requests).toEqual([]);
    expect(await stored(page)).toEqual(nothingStored);
  });

  it('forgets the answers on "Start again" and when the element leaves the page', async () => {
    const page = await newPage();
    await gotoRendered(page, `${env.server.url}/check-in`);
    const checked = () =>
      page.evaluate(
        () =>
          document
            .querySelector('clinic-screener')!
            .shadowRoot!.querySelectorAll('input[type="radio"]:checked').length,
      );
    await choose(page, [1, 1, 1, 1]);
    await page.locator('clinic-screener [part="submit"]').click();
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect.poll(() => shadowText(page, '[part="result"]')).toBeNull();
    expect(await checked()).toBe(0);
    await expect
      .poll(() => focusedControl(page))
      .toMatchObject({ type: 'radio', value: '0', checked: false });

    await choose(page, [2, 2]);
    expect(await checked()).toBe(2);
    await page.evaluate(async () => {
      const element = document.querySelector<Element & { updateComplete: Promise<boolean> }>(
        'clinic-screener',
      )!;
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      await element.updateComplete;
    });
    expect(await checked()).toBe(0);
    expect(await page.locator('clinic-screener [part="form"] input[type="radio"]').count()).toBe(
      16,
    );
  });
});

describe('keyboard only', () => {
  it('completes the default (one-page) form: Tab, Space and arrows, Enter on the button; focus lands on the result', async () => {
    const page = await newPage();
    const log = watchPage(page);
    await gotoRendered(page, `${env.server.url}/check-in`);
    await tabToFirstRadio(page);
    const answers = [0, 3, 1, 2];
    for (const [index, value] of answers.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      await answerWithKeys(page, value);
    }
    await page.keyboard.press('Tab');
    await expect
      .poll(() => deepFocus(page))
      .toMatchObject({ host: 'clinic-screener', part: 'submit' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => deepFocus(page))
      .toMatchObject({
        host: 'clinic-screener',
        part: 'result-heading',
        text: 'Your result',
      });
    await expect.poll(() => shadowText(page, '[part="result"]')).toContain('Result: Some strain');
    // "Start again" by keyboard too.
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab');
      if ((await deepFocus(page)).text === 'Start again') break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedControl(page)).toMatchObject({ type: 'radio', checked: false });
    expect(log).toEqual({ consoleErrors: [], warnings: [], pageErrors: [] });
  });

  it('completes the paged form: errors take focus, Continue and Back keep answers, "Question n of 10"', async () => {
    const page = await newPage();
    await page.goto(`${env.server.url}/screener.html`);
    await page.evaluate(() => document.querySelector('clinic-screener')!.setAttribute('paged', ''));
    await page.waitForFunction(() =>
      document
        .querySelector('clinic-screener')
        ?.shadowRoot?.textContent?.includes('Question 1 of 10'),
    );
    await tabToFirstRadio(page);
    // Continue without an answer: the error summary takes focus and links to the item.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => deepFocus(page))
      .toMatchObject({ host: 'clinic-screener', part: 'errors' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedControl(page)).toMatchObject({ type: 'radio', value: '0' });

    const answers = [1, 1, 1, 1, 1, 0, 0, 0, 0, 2];
    for (const [index, value] of answers.entries()) {
      await expect.poll(() => shadowText(page, 'legend')).toContain(`Question ${index + 1} of 10`);
      // Focus moves to the new step in an effect, after its question is drawn: keys wait for it.
      await expect.poll(() => focusedControl(page)).toMatchObject({ type: 'radio' });
      await answerWithKeys(page, value);
      if (index === 2) {
        // Back to question 2 (Shift+Tab reaches "Back", before the question): its answer is kept.
        for (let presses = 0; presses < 10; presses++) {
          await page.keyboard.press('Shift+Tab');
          if ((await deepFocus(page)).text === 'Back') break;
        }
        await page.keyboard.press('Enter');
        await expect.poll(() => shadowText(page, 'legend')).toContain('Question 2 of 10');
        await expect.poll(() => focusedControl(page)).toMatchObject({ value: '1', checked: true });
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect
          .poll(() => focusedControl(page))
          .toMatchObject({ value: String(value), checked: true });
      }
      await page.keyboard.press('Tab');
      await expect.poll(() => deepFocus(page)).toMatchObject({ part: 'submit' });
      await page.keyboard.press('Enter');
    }
    await expect
      .poll(() => deepFocus(page))
      .toMatchObject({ part: 'result-heading', text: 'Your result' });
    // The tenth question is not scored: 1 × 5 = 5, mild.
    await expect
      .poll(() => shadowText(page, '[part="result"]'))
      .toContain('Your score is 5 out of 27.');
    await expect.poll(() => shadowText(page, '[part="result"]')).toContain('Result: Mild');
  });
});

describe('accessibility', () => {
  it.each(['calm', 'warm', 'dark'])(
    'theme %s: axe-core finds nothing on the questions, the error summary or the result',
    async (theme) => {
      const page = await newPage();
      await gotoRendered(page, `${env.server.url}/check-in`);
      await page.selectOption('#theme-choice', theme);
      await waitForUpdatesAndLayout(page);
      expect(await page.locator('clinic-screener').getAttribute('theme')).toBe(theme);
      expect(await axeViolations(page), 'questions').toEqual([]);
      await page.locator('clinic-screener [part="submit"]').click();
      expect(await axeViolations(page), 'error summary').toEqual([]);
      await choose(page, [3, 3, 3, 3]);
      await page.locator('clinic-screener [part="submit"]').click();
      await expect
        .poll(() => shadowText(page, '[part="result"]'))
        .toContain('Your score is 12 out of 12.');
      expect(await axeViolations(page), 'result').toEqual([]);
    },
  );
});

describe('beside clinic-ui.js', () => {
  const page = (scripts: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Both scripts</title>${scripts.map((src) => `<script src="${src}" defer></script>`).join('')}
    </head><body><main><h1>Both scripts</h1>
    <clinic-faq><details><summary>Sample question?</summary><p>Sample answer.</p></details></clinic-faq>
    <clinic-screener instrument="custom" bands="0-2:Low;3-:Higher"><form>
      <fieldset><legend>Sample item</legend>
        <label><input type="radio" name="a" value="0"> Sample 0</label>
        <label><input type="radio" name="a" value="1"> Sample 1</label>
        <label><input type="radio" name="a" value="2"> Sample 2</label>
        <label><input type="radio" name="a" value="3"> Sample 3</label>
      </fieldset></form></clinic-screener></main></body></html>`;

  it.each([
    ['clinic-ui.js first', ['/clinic-ui.js', '/clinic-screener.js']],
    ['clinic-screener.js first', ['/clinic-screener.js', '/clinic-ui.js']],
    [
      'both pasted twice',
      ['/clinic-screener.js', '/clinic-ui.js', '/clinic-screener.js', '/clinic-ui.js'],
    ],
  ])('%s: both render, nothing is defined twice, nothing is logged', async (_, scripts) => {
    const tab = await newPage();
    const log = watchPage(tab);
    await tab.route(`${env.server.url}/both.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: page(scripts) }),
    );
    await gotoRendered(tab, `${env.server.url}/both.html`);
    await choose(tab, [3]);
    await tab.locator('clinic-screener [part="submit"]').click();
    await expect.poll(() => shadowText(tab, '[part="result"]')).toContain('Result: Higher');
    // Each script styles its own element: the FAQ's text and the screener's button in calm.
    const drawn = await tab.evaluate(() => ({
      faq: getComputedStyle(
        document.querySelector('clinic-faq')!.shadowRoot!.querySelector('[part="block"]')!,
      ).color,
      screener: getComputedStyle(
        document.querySelector('clinic-screener')!.shadowRoot!.querySelector('[part="root"]')!,
      ).backgroundColor,
    }));
    expect(drawn).toEqual({
      faq: themeColours.calm.text,
      screener: themeColours.calm.surfaceRaised,
    });
    expect(log).toEqual({ consoleErrors: [], warnings: [], pageErrors: [] });
  });
});
