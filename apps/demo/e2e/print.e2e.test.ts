// Patients print articles to bring to an appointment: on paper every FAQ answer and every
// comparison option is open, the chevrons are gone, and calls to action say where they lead.
import { expect, it } from 'vitest';
import { gotoRendered, sharedBrowserAndServer } from './support';

const env = sharedBrowserAndServer();

it.each([
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
])('prints every answer and option of the demo ($width px screen)', async (viewport) => {
  const context = await env.browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await gotoRendered(page, `${env.server.url}/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shadow = (tag: string) => document.querySelector(tag)!.shadowRoot!;
      const panels = ['clinic-faq', 'clinic-comparison-table'].flatMap((tag) => [
        ...shadow(tag).querySelectorAll<HTMLElement>('[part~="panel"]'),
      ]);
      const action = shadow('clinic-booking-cta').querySelector('[part~="action"]')!;
      return {
        panels: panels.length,
        hiddenAnswers: panels
          // Panels of an accordion on show (the comparison's narrow one is not, on a wide page).
          .filter((panel) =>
            panel.closest('[part~="item"]')!.querySelector('[part~="trigger"]')!.checkVisibility(),
          )
          .filter((panel) => !panel.firstElementChild?.checkVisibility()).length,
        chevrons: [...shadow('clinic-faq').querySelectorAll('[part~="indicator"]')].filter(
          (chevron) => chevron.checkVisibility(),
        ).length,
        actionAfter: getComputedStyle(action, '::after').content,
      };
    });
    expect(printed.panels).toBeGreaterThan(3);
    expect(printed.hiddenAnswers).toBe(0);
    expect(printed.chevrons).toBe(0);
    expect(printed.actionAfter).toMatch(/^" \(" attr\(href\) "\)"$|\(.*\/book.*\)/);
  } finally {
    await context.close();
  }
});
