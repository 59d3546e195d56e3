// Real Chromium for the tests that use WordPress as people do: log in, submit forms, read pages.
import { chromiumArgs, findChromium } from '@clinic-ui/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tags } from './support.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}

/**
 * A browser context that stays on the site: the Playground build of WordPress leaves out the
 * login screen's stylesheet and redirects to a copy online, and the admin may not leave the machine.
 * With `documentsOnly` (for the admin screens, whose forms need no script), it loads pages but
 * none of their stylesheets, scripts or images: the build leaves out many of those too, and each
 * missing one costs a slow round through the one PHP worker.
 */
export async function siteContext(
  browser: Browser,
  url: string,
  { documentsOnly = false } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext();
  // Pages are served by PHP compiled to wasm on one worker: slow on a busy 2-core machine.
  context.setDefaultTimeout(180_000);
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === new URL(url).origin &&
    (!documentsOnly || route.request().resourceType() === 'document')
      ? route.continue()
      : route.abort(),
  );
  return context;
}

/** Logs in through wp-login.php and lands on `redirectTo` (a URL of the site). */
export async function logIn(
  page: Page,
  url: string,
  user: { login: string; password: string },
  redirectTo: string,
): Promise<void> {
  const submit = async (timeout?: number) => {
    await page.goto(`${url}/wp-login.php?redirect_to=${encodeURIComponent(redirectTo)}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.fill('#user_login', user.login);
    await page.fill('#user_pass', user.password);
    const [landed] = await Promise.all([
      page.waitForURL(redirectTo, { waitUntil: 'domcontentloaded', timeout }).then(
        () => true,
        () => false,
      ),
      page.click('#wp-submit'),
    ]);
    return landed;
  };
  // Logging in is the tests' way in, not what they test. Once, in a CI run under load, the one PHP
  // worker never answered the login form (3 minutes; the same test passed alone and under load
  // afterwards): give the form a minute, say where the page stood, and log in once more.
  if (await submit(60_000)) return;
  const error = await page
    .locator('#login_error')
    .innerText({ timeout: 1000 })
    .catch(() => 'none');
  console.warn(
    `logIn(${user.login}): no redirect to ${redirectTo} within 60 s; at ${page.url()}, login error: ${error}. Logging in again.`,
  );
  if (!(await submit())) throw new Error(`logIn(${user.login}): never reached ${redirectTo}`);
}

/** Waits for every clinic-* element of the page to be defined and rendered; returns their texts. */
export async function renderedElements(page: Page, tagNames: string[] = tags) {
  return page.evaluate(async (tagNames) => {
    const found = [...document.querySelectorAll(tagNames.join(','))];
    await Promise.all(tagNames.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(
      found.map(
        (element) => (element as unknown as { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    return found.map((element) => ({
      tag: element.localName,
      rendered: (element.shadowRoot?.childElementCount ?? 0) > 0,
      shadowText: element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    }));
  }, tagNames);
}
