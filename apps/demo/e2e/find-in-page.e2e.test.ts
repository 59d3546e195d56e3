// Readers who search the page for words in a closed FAQ answer find them: closed answers are
// `hidden="until-found"`, and the browser's find (here, a link to a text fragment, which runs the
// same search) opens the item before scrolling to it.
import { expect, it } from 'vitest';
import { gotoRendered, sharedBrowserAndServer } from './support';

const env = sharedBrowserAndServer();

it("opens the closed FAQ answer that the page's find lands on", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await gotoRendered(page, `${env.server.url}/`);
    const answerState = () =>
      page.evaluate(() => {
        const faq = document.querySelector('clinic-faq')!.shadowRoot!;
        const trigger = [...faq.querySelectorAll('[part~="trigger"]')].find((button) =>
          button.textContent?.includes('Can I start with therapy'),
        )!;
        const panel = trigger.closest('[part~="item"]')!.querySelector('[part~="panel"]')!;
        return {
          expanded: trigger.getAttribute('aria-expanded'),
          hidden: panel.getAttribute('hidden'),
          visible: panel.querySelector('p')?.checkVisibility() ?? false,
        };
      });
    expect(await answerState()).toEqual({
      expanded: 'false',
      hidden: 'until-found',
      visible: false,
    });
    // A browser-initiated navigation to a text fragment in the closed answer.
    await page.goto(`${env.server.url}/#:~:text=a%20prescriber%20can%20join%20the%20plan`);
    await expect.poll(answerState).toEqual({ expanded: 'true', hidden: null, visible: true });
  } finally {
    await context.close();
  }
});
