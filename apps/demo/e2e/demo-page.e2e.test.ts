// The demo article (apps/demo/public/index.html) with the real built bundle, in real Chromium:
// what a marketer's page gets from one script tag.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  allClinicElements,
  axeViolations,
  clinicElementsIn,
  clinicTags,
  loadWithLateBundle,
  tabTo,
  themeColours,
  type LateBundlePage,
  sharedBrowserAndServer,
} from './support';

const env = sharedBrowserAndServer();

/** The demo page, loaded once and shared by the tests of a `describe`, with what it logged. */
interface LoadedPage extends LateBundlePage {
  /** The paths the server served while the page loaded. */
  served: string[];
}

async function loadDemoPage(viewport: { width: number; height: number }): Promise<LoadedPage> {
  const before = env.server.requests.length;
  const loaded = await loadWithLateBundle(env.browser, `${env.server.url}/`, viewport);
  return { ...loaded, served: env.server.requests.slice(before) };
}

/** The trigger with the focus, its panel's state and the panel's visible text. */
const focusedTrigger = (page: Page) =>
  page.evaluate(async () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const trigger = active as HTMLElement;
    const root = trigger.getRootNode() as ShadowRoot;
    const panelId = trigger.getAttribute('aria-controls');
    const panel = panelId ? root.getElementById(panelId) : null;
    // Let an opening or closing animation finish before measuring.
    await Promise.all(panel?.getAnimations({ subtree: true }).map((a) => a.finished) ?? []);
    return {
      expanded: trigger.getAttribute('aria-expanded') === 'true',
      outline: getComputedStyle(trigger).outlineStyle,
      panelVisible: panel?.checkVisibility() ?? false,
      panelHeight: panel?.getBoundingClientRect().height ?? 0,
      panelText: panel?.innerText.replace(/\s+/g, ' ').trim() ?? '',
    };
  });

/** Enter, Space, Enter each toggle the focused trigger; an open panel shows `expectedText`. */
async function expectKeyboardToggles(page: Page, expectedText: string) {
  const first = await focusedTrigger(page);
  expect(first.outline, 'visible focus').not.toBe('none');
  for (const key of ['Enter', 'Space', 'Enter']) {
    const before = await focusedTrigger(page);
    await page.keyboard.press(key);
    const after = await focusedTrigger(page);
    expect(after.expanded, `${key} toggles`).toBe(!before.expanded);
    expect(after.panelVisible).toBe(after.expanded);
    if (after.expanded) {
      expect(after.panelHeight).toBeGreaterThan(0);
      expect(after.panelText).toContain(expectedText);
    }
  }
}

describe('the demo page on a desktop screen', () => {
  let desktop: LoadedPage;
  beforeAll(async () => {
    desktop = await loadDemoPage({ width: 1280, height: 720 });
  });
  afterAll(() => desktop?.context.close());

  it('uses every element, and each renders its block in its shadow root with the theme styles', async () => {
    const { page } = desktop;
    expect(new Set(await clinicElementsIn(page))).toEqual(new Set(clinicTags));

    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('clinic-'))
        .map((element) => {
          const shadow = element.shadowRoot;
          const block = shadow?.querySelector<HTMLElement>('[part="block"]');
          const root = block?.querySelector<HTMLElement>('[part="root"]');
          const action = shadow?.querySelector<HTMLElement>('[part="action"]');
          const style = block ? getComputedStyle(block) : undefined;
          return {
            tag: element.localName,
            theme: element.getAttribute('theme') ?? 'calm',
            shadowMode: shadow?.mode,
            adoptedSheets: shadow?.adoptedStyleSheets.length ?? 0,
            styleElements: shadow?.querySelectorAll('style').length ?? -1,
            // A group shows its cards through slots: count their text too.
            blockText: [
              block?.innerText ?? '',
              ...[...(block?.querySelectorAll('slot') ?? [])]
                .flatMap((slot) => slot.assignedElements())
                .map((card) => card.textContent ?? ''),
            ]
              .join(' ')
              .trim(),
            rootHeight: root?.getBoundingClientRect().height ?? 0,
            colour: style?.color,
            font: style?.fontFamily,
            actionBackground: action ? getComputedStyle(action).backgroundColor : undefined,
          };
        }),
    );
    for (const element of rendered) {
      const colours = themeColours[element.theme as keyof typeof themeColours];
      expect(colours, `${element.tag}: theme "${element.theme}"`).toBeDefined();
      expect(element, element.tag).toMatchObject({
        shadowMode: 'open',
        adoptedSheets: 1,
        styleElements: 0,
        colour: colours.text,
      });
      expect(element.font, element.tag).toMatch(/^system-ui/);
      expect(element.blockText.length, element.tag).toBeGreaterThan(0);
      expect(element.rootHeight, element.tag).toBeGreaterThan(0);
      if (element.tag === 'clinic-quiz-cta' || element.tag === 'clinic-booking-cta')
        expect(element.actionBackground, `${element.tag} action`).toBe(colours.brand);
    }
  });

  it('logs no console errors and throws no errors', () => {
    expect(desktop.log.consoleErrors).toEqual([]);
    expect(desktop.log.pageErrors).toEqual([]);
    // Its content is well formed: no element reports a problem either.
    expect(desktop.log.warnings.filter((warning) => warning.startsWith('[clinic-ui]'))).toEqual([]);
  });

  it('requests nothing but the page, its own assets and the bundle, all from its own origin', async () => {
    const { page, requested, served } = desktop;
    // The page's own assets: what its (light-DOM) markup references.
    const ownAssets = await page.evaluate(() =>
      [...document.querySelectorAll('link[href], script[src], img[src], source[src], video[src]')]
        .map((element) =>
          element instanceof HTMLLinkElement
            ? element.href
            : (element as HTMLImageElement | HTMLScriptElement).src,
        )
        .filter(Boolean),
    );
    const expected = new Set([
      `${env.server.url}/`,
      `${env.server.url}/clinic-ui.js`,
      ...ownAssets,
    ]);
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) {
      expect(new URL(url).origin, url).toBe(env.server.url);
      expect(expected, `unexpected request ${url}`).toContain(url);
    }
    expect(requested.filter((url) => url === `${env.server.url}/clinic-ui.js`)).toHaveLength(1);
    // The server saw the same: nothing fetched behind the page's back (the browser's own
    // favicon lookup aside).
    expect(new Set(served.filter((path) => path !== '/favicon.ico'))).toEqual(
      new Set(requested.map((url) => new URL(url).pathname)),
    );
  });

  it('has no axe-core WCAG 2.x A/AA violations', async () => {
    expect(await axeViolations(desktop.page)).toEqual([]);
  });

  it('opens and closes FAQ answers with Tab, Enter and Space', async () => {
    const { page } = desktop;
    const answer = await page.evaluate(() => {
      const details = document.querySelector('clinic-faq > details');
      const summary = details?.querySelector(':scope > summary');
      return [...(details?.childNodes ?? [])]
        .filter((node) => node !== summary)
        .map((node) => node.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    });
    expect(answer).not.toBe('');
    await tabTo(page, 'clinic-faq', 'trigger');
    await expectKeyboardToggles(page, answer);
  });

  it('moves between FAQ questions with the arrow keys, Home and End, wrapping at either end', async () => {
    const { page } = desktop;
    /** How many questions there are, and the index of the one with the focus. */
    const triggers = () =>
      page.evaluate(() => {
        const root = document.querySelector('clinic-faq')!.shadowRoot!;
        const all = [...root.querySelectorAll<HTMLElement>('[part~="trigger"]')];
        return {
          count: all.length,
          focused: all.indexOf(root.activeElement as HTMLElement),
        };
      });
    // Tab reaching the questions is the test above; this one starts on the first question.
    await page.evaluate(() =>
      document
        .querySelector('clinic-faq')!
        .shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!
        .focus(),
    );
    const { count, focused } = await triggers();
    expect(count, 'the demo FAQ has at least three questions').toBeGreaterThanOrEqual(3);
    expect(focused).toBe(0);
    const moves: [string, number][] = [
      ['ArrowDown', 1],
      ['ArrowDown', 2],
      ['ArrowUp', 1],
      ['End', count - 1],
      ['ArrowDown', 0],
      ['ArrowUp', count - 1],
      ['Home', 0],
    ];
    for (const [key, expected] of moves) {
      await page.keyboard.press(key);
      expect((await triggers()).focused, `${key} focuses question ${expected + 1}`).toBe(expected);
    }
  });

  it('dispatch clinic-cta-click with the documented detail when a quiz and the booking CTA are clicked', async () => {
    const { page } = desktop;
    const pageUrl = page.url();
    await page.evaluate(() => {
      const events: unknown[] = [];
      Object.defineProperty(window, '__ctaEvents', { value: events });
      document.addEventListener('clinic-cta-click', (event) => {
        const { detail, bubbles, composed } = event as CustomEvent<unknown>;
        events.push({ detail, bubbles, composed, target: (event.target as Element).localName });
      });
      // Keep the page: the analytics event is what is tested, not the navigation.
      document.addEventListener('click', (event) => event.preventDefault());
    });
    // What each card must report: its own (trimmed) href and condition, nothing about the reader.
    const expected = await page.evaluate(() => ({
      quizzes: [...document.querySelectorAll('clinic-quiz-cta')].map((quiz) => {
        const condition = quiz.getAttribute('condition')?.trim();
        return {
          element: 'clinic-quiz-cta',
          href: quiz.getAttribute('href')!.trim(),
          ...(condition ? { condition } : {}),
        };
      }),
      booking: {
        element: 'clinic-booking-cta',
        href: document.querySelector('clinic-booking-cta')!.getAttribute('href')!.trim(),
      },
    }));
    expect(expected.quizzes.length).toBeGreaterThan(0);

    const quizActions = page.locator('clinic-quiz-cta [part="action"]');
    expect(await quizActions.count()).toBe(expected.quizzes.length);
    for (let index = 0; index < expected.quizzes.length; index++)
      await quizActions.nth(index).click();
    await page.locator('clinic-booking-cta [part="action"]').click();

    const events = await page.evaluate(
      () => (window as unknown as { __ctaEvents: unknown[] }).__ctaEvents,
    );
    expect(events).toEqual(
      [...expected.quizzes, expected.booking].map((detail) => ({
        detail,
        bubbles: true,
        composed: true,
        target: detail.element,
      })),
    );
    expect(page.url()).toBe(pageUrl);
    expect(await page.evaluate(allClinicElements, 'rendered')).toBe(true);
  });

  it('leaves no cookies and nothing in storage, after loading and after every interaction above', async () => {
    const { context, page } = desktop;
    expect(await context.cookies()).toEqual([]);
    expect(
      await page.evaluate(async () => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
      })),
    ).toEqual({ cookie: '', local: 0, session: 0, databases: 0 });
  });
});

describe('the demo page on a narrow screen', () => {
  let narrow: LoadedPage;
  beforeAll(async () => {
    narrow = await loadDemoPage({ width: 360, height: 740 });
  });
  afterAll(() => narrow?.context.close());

  it('shows the comparison as an accordion at 360px, operable with Tab, Enter and Space', async () => {
    const { page } = narrow;
    const layout = await page.evaluate(() => {
      const shadow = document.querySelector('clinic-comparison-table')!.shadowRoot!;
      const table = document.querySelector<HTMLTableElement>('clinic-comparison-table table')!;
      const header = table.tHead?.rows[0] ?? table.rows[0]!;
      const firstRow = [...table.rows].find((row) => row !== header)!;
      return {
        wide: shadow.querySelector<HTMLElement>('[part="wide"]')!.checkVisibility(),
        narrow: shadow.querySelector<HTMLElement>('[part="narrow"]')!.checkVisibility(),
        // The first option's value for the first criterion: what its panel must show.
        firstValue: firstRow.cells[1]!.textContent.replace(/\s+/g, ' ').trim(),
      };
    });
    expect(layout).toMatchObject({ wide: false, narrow: true });
    await tabTo(page, 'clinic-comparison-table', 'trigger');
    await expectKeyboardToggles(page, layout.firstValue);
  });
});

describe('the demo page without JavaScript', () => {
  it('keeps all its content readable without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    await page.goto(`${env.server.url}/`, { waitUntil: 'load' });
    const content = await page.evaluate(() => {
      const texts = (selector: string) =>
        [...document.querySelectorAll(selector)]
          .map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
          .filter(Boolean);
      return {
        upgraded: [...document.querySelectorAll('*')].some((element) => element.shadowRoot),
        points: texts('clinic-key-takeaways li'),
        cells: texts('clinic-comparison-table th, clinic-comparison-table td'),
        caption: texts('clinic-comparison-table caption'),
        questions: texts('clinic-faq details > summary'),
        answers: [...document.querySelectorAll('clinic-faq details')].map((details) =>
          [...details.childNodes]
            .filter((node) => !(node instanceof HTMLElement && node.localName === 'summary'))
            .map((node) => node.textContent ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      };
    });
    expect(content.upgraded).toBe(false);
    expect(content.points.length).toBeGreaterThanOrEqual(3);
    expect(content.cells.length).toBeGreaterThanOrEqual(4);
    expect(content.questions.length).toBeGreaterThan(0);
    expect(content.answers.every(Boolean)).toBe(true);

    const visible = async () =>
      (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
    let text = await visible();
    for (const item of [
      ...content.points,
      ...content.cells,
      ...content.caption,
      ...content.questions,
    ])
      expect(text).toContain(item);

    // Answers sit in native <details>: a click on the question opens them, no script needed.
    const closed = page.locator('clinic-faq details:not([open]) > summary');
    for (let count = await closed.count(); count > 0; count = await closed.count())
      await closed.first().click();
    text = await visible();
    for (const answer of content.answers) expect(text).toContain(answer);
  });
});
