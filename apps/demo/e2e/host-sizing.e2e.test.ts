// Widgets hold their size on any host page, and still follow the reader: the sizes inside every
// element ignore the page's `html { font-size }` (WordPress and Bootstrap 3 themes set 62.5%), but
// grow with the reader's default font size in the browser's settings.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  gotoRendered,
  pagesDir,
  publicDir,
  waitForUpdatesAndLayout,
  sharedBrowserAndServer,
} from './support';

const env = sharedBrowserAndServer({ roots: [pagesDir, publicDir] });

/**
 * In the page: for every element in every `<clinic-*>` shadow root, the computed sizes that a
 * root font size could change, as `tag part/element: font-size padding margin gap`.
 */
function shadowSizes(): string[] {
  const sizes: string[] = [];
  for (const host of document.querySelectorAll('*')) {
    if (!host.localName.startsWith('clinic-') || !host.shadowRoot) continue;
    for (const node of host.shadowRoot.querySelectorAll('[part="block"], [part="block"] *')) {
      const style = getComputedStyle(node);
      if (style.display === 'none') continue;
      const name = `${host.localName} ${node.getAttribute('part') ?? node.localName}`;
      sizes.push(
        `${name}: ${style.fontSize} ${style.paddingTop} ${style.paddingInlineStart} ${style.marginBottom} ${style.rowGap}`,
      );
    }
  }
  return sizes;
}

/** Opens the plain article with the page's root font size set as a theme would set it. */
async function sizesWith({
  rootFontSize,
  readerDefault,
}: {
  rootFontSize?: string;
  readerDefault?: number;
}): Promise<string[]> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page: Page = await context.newPage();
    if (readerDefault) {
      // What a reader sets under the browser's font size settings.
      const session = await context.newCDPSession(page);
      await session.send('Page.setFontSizes', { fontSizes: { standard: readerDefault } });
    }
    if (rootFontSize)
      // The site theme's stylesheet rule, added to the page as it is served.
      await page.route('**/plain.html', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          '</head>',
          `<style>html { font-size: ${rootFontSize}; }</style></head>`,
        );
        await route.fulfill({ response, body: html });
      });
    await gotoRendered(page, `${env.server.url}/plain.html`);
    await waitForUpdatesAndLayout(page);
    if (rootFontSize)
      expect(
        await page.evaluate(() => getComputedStyle(document.documentElement).fontSize),
      ).not.toBe('16px');
    return await page.evaluate(shadowSizes);
  } finally {
    await context.close();
  }
}

describe('sizes inside the widgets', () => {
  it('are the same on pages whose root font size is 62.5% or 11px as on a default page', async () => {
    const standard = await sizesWith({});
    expect(standard.length).toBeGreaterThan(50);
    // The heading of the takeaways card is the theme's xl size at the browser default of 16px.
    expect(standard).toContainEqual(expect.stringMatching(/^clinic-key-takeaways heading: 22px /));
    expect(await sizesWith({ rootFontSize: '62.5%' })).toEqual(standard);
    expect(await sizesWith({ rootFontSize: '11px' })).toEqual(standard);
  });

  it("grow with the reader's default font size", async () => {
    const standard = await sizesWith({});
    const larger = await sizesWith({ readerDefault: 20 });
    expect(larger).toHaveLength(standard.length);
    const fontSize = (line: string) => Number(/: ([\d.]+)px/.exec(line)?.[1]);
    const ratios = standard
      .map((line, index) => fontSize(larger[index]!) / fontSize(line))
      .filter((ratio) => Number.isFinite(ratio));
    expect(ratios.length).toBe(standard.length);
    // Every text size scales by 20/16, give or take rounding to whole pixels in layout.
    for (const ratio of ratios) expect(ratio).toBeCloseTo(1.25, 1);
  });
});
