// The demo page served with `Content-Security-Policy: default-src 'self'`: the widgets need no
// inline style or script, so they render styled and trip no violation.
import { describe, expect, it } from 'vitest';
import { strictCsp } from '../server.mjs';
import {
  clinicElementsIn,
  clinicTags,
  gotoRendered,
  waitForUpdatesAndLayout,
  themeColours,
  watchPage,
  sharedBrowserAndServer,
} from './support';

const env = sharedBrowserAndServer({ csp: true });

describe('the demo page under a strict Content-Security-Policy', () => {
  it(`renders styled widgets and reports no violation (${strictCsp})`, async () => {
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      const log = watchPage(page);
      await page.addInitScript(() => {
        const violations: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: violations });
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
        );
      });
      const response = await gotoRendered(page, `${env.server.url}/`);
      expect(response?.headers()['content-security-policy']).toBe(strictCsp);
      await waitForUpdatesAndLayout(page);

      expect(new Set(await clinicElementsIn(page))).toEqual(new Set(clinicTags));
      const styles = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((element) => element.localName.startsWith('clinic-'))
          .map((element) => {
            const block = element.shadowRoot!.querySelector('[part="block"]')!;
            const action = element.shadowRoot!.querySelector('[part="action"]');
            return {
              tag: element.localName,
              theme: element.getAttribute('theme') ?? 'calm',
              colour: getComputedStyle(block).color,
              display: getComputedStyle(element).display,
              action: action ? getComputedStyle(action).backgroundColor : undefined,
            };
          }),
      );
      for (const style of styles) {
        const colours = themeColours[style.theme as keyof typeof themeColours];
        expect(style, style.tag).toMatchObject({ colour: colours.text, display: 'block' });
        if (style.action !== undefined) expect(style.action, style.tag).toBe(colours.brand);
      }
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      );
      expect(violations).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('runs the analytics example, an external file, and it hears a quiz click', async () => {
    const context = await env.browser.newContext();
    try {
      const page = await context.newPage();
      const log = watchPage(page);
      await gotoRendered(page, `${env.server.url}/`);
      await waitForUpdatesAndLayout(page);
      // Stay on the page after the click (the quiz pages are not part of the demo).
      await page.evaluate(() =>
        window.addEventListener('click', (event) => event.preventDefault(), { capture: true }),
      );
      await page.locator('clinic-quiz-cta[condition="ADHD"] [part~="action"]').click();
      const layer = await page.evaluate(
        () => (window as unknown as { dataLayer?: unknown[] }).dataLayer,
      );
      expect(layer).toEqual([
        {
          event: 'clinic_cta_click',
          element: 'clinic-quiz-cta',
          href: '/quizzes/adhd',
          condition: 'ADHD',
        },
      ]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
