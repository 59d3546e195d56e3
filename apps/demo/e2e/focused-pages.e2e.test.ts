// Focused pages (e2e/pages/*.html) with the real built bundle: themes, the script tag pasted
// twice, and bad input.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allClinicElements,
  gotoRendered,
  pagesDir,
  publicDir,
  waitForUpdatesAndLayout,
  themeColours,
  watchPage,
  sharedBrowserAndServer,
} from './support';

let context: BrowserContext | undefined;

const env = sharedBrowserAndServer({ roots: [pagesDir, publicDir] });

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function newPage(): Promise<Page> {
  context = await env.browser.newContext();
  return context.newPage();
}

describe('themes', () => {
  it('draws elements without a theme in calm and theme="warm" elements in warm colours', async () => {
    const page = await newPage();
    const log = watchPage(page);
    await gotoRendered(page, `${env.server.url}/themes.html`);
    const styles = await page.evaluate(() =>
      Object.fromEntries(
        ['calm-takeaways', 'warm-takeaways', 'calm-quiz', 'warm-quiz'].map((id) => {
          const shadow = document.getElementById(id)!.shadowRoot!;
          const block = shadow.querySelector('[part="block"]')!;
          const root = shadow.querySelector('[part="root"]')!;
          const action = shadow.querySelector('[part="action"]');
          return [
            id,
            {
              text: getComputedStyle(block).color,
              surface: getComputedStyle(root).backgroundColor,
              action: action ? getComputedStyle(action).backgroundColor : undefined,
            },
          ];
        }),
      ),
    );
    expect(styles['calm-takeaways']).toMatchObject({
      text: themeColours.calm.text,
      surface: themeColours.calm.surfaceRaised,
    });
    expect(styles['warm-takeaways']).toMatchObject({
      text: themeColours.warm.text,
      surface: themeColours.warm.surfaceRaised,
    });
    expect(styles['calm-quiz']).toMatchObject({
      text: themeColours.calm.text,
      action: themeColours.calm.brand,
    });
    expect(styles['warm-quiz']).toMatchObject({
      text: themeColours.warm.text,
      action: themeColours.warm.brand,
    });
    expect(log).toEqual({ consoleErrors: [], warnings: [], pageErrors: [] });
  });
});

describe('the script tag included twice', () => {
  it('is harmless: no errors, and every element renders once', async () => {
    const page = await newPage();
    const log = watchPage(page);
    await gotoRendered(page, `${env.server.url}/twice.html`);
    await waitForUpdatesAndLayout(page);
    const state = await page.evaluate(() => ({
      bundleScripts: document.querySelectorAll('script[src="/clinic-ui.js"]').length,
      elements: [...document.querySelectorAll('*')]
        .filter((element) => element.localName.startsWith('clinic-'))
        .map((element) => ({
          tag: element.localName,
          blocks: element.shadowRoot?.querySelectorAll('[part="block"]').length,
          // The block holds one rendered root, not one per copy of the script.
          blockChildren: element.shadowRoot?.querySelector('[part="block"]')?.childElementCount,
          triggers: element.shadowRoot?.querySelectorAll('[part="trigger"]').length ?? 0,
          headings: element.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6').length ?? 0,
          jsonLd: element.querySelectorAll('script[type="application/ld+json"]').length,
        })),
    }));
    expect(state.bundleScripts).toBe(2);
    expect(state.elements.map((element) => element.tag)).toEqual([
      'clinic-byline',
      'clinic-key-takeaways',
      'clinic-faq',
      'clinic-booking-cta',
    ]);
    for (const element of state.elements)
      expect(element, element.tag).toMatchObject({ blocks: 1, blockChildren: 1 });
    const byTag = Object.fromEntries(state.elements.map((element) => [element.tag, element]));
    expect(byTag['clinic-key-takeaways']!.headings).toBe(1);
    expect(byTag['clinic-booking-cta']!.headings).toBe(1);
    expect(byTag['clinic-faq']!.triggers).toBe(1);
    // Structured data is published once, however often the script runs.
    expect(byTag['clinic-byline']!.jsonLd).toBe(1);
    expect(byTag['clinic-faq']!.jsonLd).toBe(1);
    expect(log).toEqual({ consoleErrors: [], warnings: [], pageErrors: [] });
  });
});

describe('bad input', () => {
  it('gives one warning per problem naming the element, and keeps the content visible and safe', async () => {
    const page = await newPage();
    const log = watchPage(page);
    await page.goto(`${env.server.url}/bad-input.html`, { waitUntil: 'load' });
    await page.waitForFunction(allClinicElements, 'settled', { timeout: 10_000 });
    await waitForUpdatesAndLayout(page);

    const clinicWarnings = log.warnings.filter((warning) => warning.startsWith('[clinic-ui]'));
    expect(clinicWarnings).toHaveLength(4);
    expect(log.warnings).toEqual(clinicWarnings);
    const warningFor = (tag: string) => {
      const found = clinicWarnings.filter((warning) => warning.startsWith(`[clinic-ui] <${tag}>:`));
      expect(found, `warnings for <${tag}>`).toHaveLength(1);
      return found[0]!;
    };
    expect(warningFor('clinic-key-takeaways')).toMatch(/<ul> or <ol>/);
    expect(warningFor('clinic-quiz-cta')).toContain('javascript:alert(1)');
    expect(warningFor('clinic-comparison-table')).toMatch(/JSON/);
    expect(warningFor('clinic-faq')).toContain('neon');
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);

    // The authored text stays on screen: as the light DOM where the block cannot render, in the
    // block where it can.
    for (const text of [
      'Takeaways written as a paragraph instead of a list.',
      'A quiz card whose link is unsafe.',
      'Comparison data that could not be read.',
      'Which theme does this FAQ use?',
    ])
      expect(await page.getByText(text).filter({ visible: true }).count(), text).toBe(1);
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('*')]
          .filter((element) => element.localName.startsWith('clinic-'))
          .map((element) => [
            element.localName,
            element.shadowRoot!.querySelector<HTMLElement>('[part="block"]')!.hidden
              ? 'light DOM'
              : 'block',
          ]),
      ),
    );
    expect(shown).toEqual({
      'clinic-key-takeaways': 'light DOM',
      'clinic-quiz-cta': 'block',
      'clinic-comparison-table': 'light DOM',
      'clinic-faq': 'block',
    });

    // No javascript: link anywhere in any shadow root.
    const hrefs = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) {
            for (const linked of element.shadowRoot.querySelectorAll('[href]'))
              found.push(linked.getAttribute('href')!);
            visit(element.shadowRoot);
          }
        }
      };
      visit(document);
      return found;
    });
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    // The unsafe quiz card is shown without a link at all.
    expect(await page.locator('clinic-quiz-cta [part="action"]').count()).toBe(0);
  });
});
