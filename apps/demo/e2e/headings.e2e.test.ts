// Blocks fit the page's outline, which screen-reader users navigate by (WCAG 1.3.1, 2.4.6): each
// element's heading sits one level below the nearest heading before it, unless `heading-level`
// says otherwise. Checked in the accessibility tree, through the shadow roots.
import { expect, it } from 'vitest';
import { gotoRendered, pagesDir, publicDir, watchPage, sharedBrowserAndServer } from './support';

const env = sharedBrowserAndServer({ roots: [pagesDir, publicDir] });

it('gives each block the heading level its place in h1, h2 and h3 sections calls for', async () => {
  const context = await env.browser.newContext();
  try {
    const page = await context.newPage();
    const log = watchPage(page);
    await gotoRendered(page, `${env.server.url}/headings.html`);
    const headings = (await page.locator('main').ariaSnapshot())
      .split('\n')
      .map((line) => line.trim().replace(/:$/, ''))
      .filter((line) => line.startsWith('- heading'));
    expect(headings).toEqual([
      '- heading "Sleep and mood" [level=1]',
      '- heading "Key takeaways" [level=2]',
      '- heading "Questions" [level=2]',
      '- heading "Frequently asked questions" [level=3]',
      '- heading "Can therapy help with sleep?" [level=4]',
      '- heading "Check in with yourself" [level=3]',
      '- heading "Could it be insomnia? Take our quiz" [level=4]',
      // heading-level="2" wins over the outline.
      '- heading "Book an appointment" [level=2]',
      // heading-level="7" is out of range: reported, and the outline decides.
      '- heading "Could it be low mood? Take our quiz" [level=4]',
    ]);
    expect(log.warnings).toEqual([
      '[clinic-ui] <clinic-quiz-cta>: heading-level "7" is not a heading level from 2 to 6; the page\'s outline decides.',
    ]);
  } finally {
    await context.close();
  }
});
