// Browsers below the support policy (README, "Browser support"), simulated in real Chromium by
// taking a feature away before the page runs: the bundle must leave every block's light-DOM
// content readable, throw nothing into the page, and say at most once what is missing.
import { builtInThemes, defaultThemeName, toCssVariables } from '@clinic-ui/tokens';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clinicTags, pagesDir, publicDir, watchPage, sharedBrowserAndServer } from './support';

const env = sharedBrowserAndServer({ roots: [pagesDir, publicDir] });

/** Each simulation runs in the page before any of its scripts. */
const missingFeatures: { feature: string; simulate: () => void }[] = [
  {
    // Safari before 16.4, Firefox before 101: `new CSSStyleSheet()` throws "Illegal constructor".
    feature: 'constructable stylesheets',
    simulate: () => {
      window.CSSStyleSheet = new Proxy(window.CSSStyleSheet, {
        construct() {
          throw new TypeError('Illegal constructor');
        },
      });
    },
  },
  {
    feature: 'adoptedStyleSheets',
    simulate: () => {
      delete (Document.prototype as Partial<Document>).adoptedStyleSheets;
      delete (ShadowRoot.prototype as Partial<ShadowRoot>).adoptedStyleSheets;
    },
  },
  {
    feature: 'custom elements',
    simulate: () => {
      Object.defineProperty(window, 'customElements', { value: undefined });
    },
  },
  {
    feature: 'shadow DOM',
    simulate: () => {
      Element.prototype.attachShadow = () => {
        throw new DOMException('Shadow roots are not supported', 'NotSupportedError');
      };
    },
  },
];

/** Both pages, with the snippet's pre-upgrade stylesheet and without it (its `:not([rendered])`
 * rules apply for good where nothing upgrades, so they must never hide content). */
const pages = ['/', '/plain.html'].flatMap((path) => [
  { path, stylesheet: true },
  { path, stylesheet: false },
]);

/**
 * In the page: the light-DOM text of every `<clinic-*>` element that a reader should see (list
 * items, table cells, FAQ questions, paragraphs outside closed answers) and is not visible.
 * `only` narrows it to one tag.
 */
function hiddenLightDomText(only?: string): string[] {
  const hidden: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    if (!element.localName.startsWith(only ?? 'clinic-')) continue;
    const readable = [...element.querySelectorAll('li, caption, th, td, summary, p')].filter(
      (node) => !node.closest('details:not([open]) > :not(summary)'),
    );
    if (readable.length === 0) hidden.push(`<${element.localName}> has no readable content`);
    for (const node of readable)
      if (!node.checkVisibility() || node.getBoundingClientRect().height === 0)
        hidden.push(`<${element.localName}> ${node.textContent?.trim().slice(0, 40)}`);
  }
  return hidden;
}

async function openWith(simulate: () => void, path: string, stylesheet = true) {
  const context = await env.browser.newContext();
  const page: Page = await context.newPage();
  const log = watchPage(page);
  await page.addInitScript(simulate);
  if (!stylesheet)
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /<link rel="stylesheet" href="\/clinic-ui\.css" \/>/,
        '',
      );
      expect(html).not.toContain('clinic-ui.css');
      await route.fulfill({ response, body: html });
    });
  await page.goto(`${env.server.url}${path}`, { waitUntil: 'load' });
  // The deferred bundle has run before `load`; give its microtasks and a frame a chance too.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  const clinicWarnings = log.warnings.filter((message) => message.startsWith('[clinic-ui]'));
  return { context, page, log, clinicWarnings };
}

describe.each(missingFeatures)('a browser without $feature', ({ feature, simulate }) => {
  it.each(pages)(
    'keeps every block of $path readable (pre-upgrade stylesheet: $stylesheet), with one message and no error',
    async ({ path, stylesheet }) => {
      const { context, page, log, clinicWarnings } = await openWith(simulate, path, stylesheet);
      try {
        const tags = await page.evaluate(() =>
          [...new Set([...document.querySelectorAll('*')].map((node) => node.localName))].filter(
            (name) => name.startsWith('clinic-'),
          ),
        );
        expect(new Set(tags)).toEqual(new Set(clinicTags));
        expect(await page.evaluate(hiddenLightDomText, undefined)).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
        expect(clinicWarnings).toEqual([
          `[clinic-ui] this browser lacks ${feature}, so Clinic UI shows each block's content as the page wrote it, without its styling.`,
        ]);
        // Nothing was upgraded: no element grew a shadow root that could hide its content.
        expect(
          await page.evaluate(() =>
            [...document.querySelectorAll('*')].some(
              (node) => node.localName.startsWith('clinic-') && node.shadowRoot,
            ),
          ),
        ).toBe(false);
      } finally {
        await context.close();
      }
    },
  );
});

describe('an element that fails while starting', () => {
  it('gives up alone, showing its light DOM as written, and tells the page once', async () => {
    // Every feature check passes, but attaching a shadow root to a clinic element fails later.
    const { context, page, log, clinicWarnings } = await openWith(() => {
      // Kept unbound on purpose: it is called with the element as `this` below.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        if (this.localName === 'clinic-key-takeaways') throw new Error('blocked by an extension');
        return attach.call(this, init);
      };
    }, '/plain.html');
    try {
      expect(await page.evaluate(hiddenLightDomText, 'clinic-key-takeaways')).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(clinicWarnings).toEqual([
        '[clinic-ui] <clinic-key-takeaways>: could not start (Error: blocked by an extension); showing its content as it is.',
      ]);
      // The other five upgraded as usual.
      const upgraded = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((node) => node.localName.startsWith('clinic-') && node.shadowRoot)
          .map((node) => node.localName),
      );
      expect(new Set(upgraded)).toEqual(
        new Set(clinicTags.filter((tag) => tag !== 'clinic-key-takeaways')),
      );
    } finally {
      await context.close();
    }
  });
});

describe('a theme attribute before the script runs', () => {
  const textColour = (theme: keyof typeof builtInThemes) =>
    toCssVariables(builtInThemes[theme])['--clinic-color-text']!;
  const customElementsMissing = missingFeatures.find(
    ({ feature }) => feature === 'custom elements',
  )!.simulate;

  it.each([
    { theme: 'dark', scheme: 'light', expected: textColour('dark') },
    { theme: 'warm', scheme: 'light', expected: textColour('warm') },
    { theme: 'auto', scheme: 'dark', expected: textColour('dark') },
    { theme: 'auto', scheme: 'light', expected: textColour(defaultThemeName) },
  ] as const)(
    'draws pending light DOM in $theme colours (colour scheme $scheme)',
    async ({ theme, scheme, expected }) => {
      const { context, page } = await openWith(customElementsMissing, '/plain.html');
      try {
        await page.emulateMedia({ colorScheme: scheme });
        const colours = await page.evaluate(
          ({ theme, expected }) => {
            // The expected colour as the browser computes it (rgb()), from the token's value.
            const probe = document.createElement('span');
            probe.style.color = expected;
            document.body.append(probe);
            const want = getComputedStyle(probe).color;
            probe.remove();
            return [...document.querySelectorAll('*')]
              .filter((node) => node.localName.startsWith('clinic-'))
              .map((node) => {
                node.setAttribute('theme', theme);
                const got = getComputedStyle(node).color;
                return got === want ? 'ok' : `<${node.localName}> ${got}, not ${want}`;
              });
          },
          { theme, expected },
        );
        expect(colours.length).toBeGreaterThan(5);
        expect(colours.filter((result) => result !== 'ok')).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
