// The snippet builder (Storybook's "Embed / Snippet builder" docs page, from the static Storybook
// build) in real Chromium: a marketer fills it in with the keyboard, copies the snippet, and pastes
// it into a blank page that gets the built bundle from the URL in the snippet. The element must
// render what was entered: the pinned version and integrity in the snippet must be true of the file.
import type Axe from 'axe-core';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePath, startServer, stylesheetPath, type RunningServer } from '../server.mjs';
import { axePath, launchChromium, wcagTags, watchPage, type PageLog } from './support';

const require = createRequire(import.meta.url);
const storybookStatic = join(
  dirname(require.resolve('@clinic-ui/storybook/package.json')),
  'storybook-static',
);
const { version } = JSON.parse(
  readFileSync(require.resolve('@clinic-ui/widgets/package.json'), 'utf8'),
) as { version: string };

let browser: Awaited<ReturnType<typeof launchChromium>>;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  expect(
    existsSync(join(storybookStatic, 'iframe.html')),
    'the static Storybook is built (turbo builds @clinic-ui/storybook before these tests)',
  ).toBe(true);
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({ roots: [storybookStatic] }),
  ]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  log = watchPage(page);
  await page.goto(
    `${server.url}/iframe.html?id=embed-snippet-builder--snippet-builder&viewMode=docs`,
  );
  await page.waitForSelector('[data-snippet-builder] [data-builder-preview="calm"] > *', {
    timeout: 20_000,
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const builder = () => page.locator('[data-snippet-builder]');
const field = (name: string) => builder().getByLabel(name, { exact: true });

/** Focuses a control with the keyboard: Tab until it has focus. */
async function tabToControl(locator: ReturnType<typeof field>, limit = 120) {
  const handle = await locator.elementHandle();
  for (let step = 0; step < limit; step += 1) {
    if (await page.evaluate((target) => document.activeElement === target, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with Tab');
}

/** Selects everything in the focused text field and types over it. */
async function typeOver(text: string) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

describe('the snippet builder', () => {
  it('shows an element problem inline, word for word as the console has it', async () => {
    await tabToControl(field('Block'));
    await field('Block').selectOption('clinic-byline');
    await tabToControl(field('published'));
    await typeOver('04/03/2026');
    const expected =
      '[clinic-ui] <clinic-byline>: published "04/03/2026" is not a real date in YYYY-MM-DD form; it is not shown.';
    await expect
      .poll(() => builder().locator('[data-builder-problems] li').allTextContents())
      .toEqual([expected]);
    // The same words under the field itself, tied to it for screen readers.
    await expect.poll(() => field('published').getAttribute('aria-invalid')).toBe('true');
    const description = await field('published').evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(description).toContain(expected);
    expect(log.warnings).toContain(expected);
    await typeOver('2026-03-04');
    await expect.poll(() => builder().locator('[data-builder-problems="none"]').count()).toBe(1);
  });

  it('builds an FAQ from what is typed, copies it, and the snippet renders it on a blank page', async () => {
    await field('Block').selectOption('clinic-faq');
    await tabToControl(field('Question 1'));
    await typeOver('Is parking free at Fernhollow?');
    await page.keyboard.press('Tab');
    await typeOver('Yes, behind the clinic on Quay Street.');
    await tabToControl(field('heading'));
    await typeOver('Visiting Fernhollow');
    await tabToControl(builder().getByRole('button', { name: 'Copy snippet' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => builder().locator('[data-builder-copy-status]').textContent())
      .toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await builder().locator('[data-builder-snippet]').textContent());
    expect(copied).toContain(
      `https://cdn.jsdelivr.net/npm/@clinic-ui/widgets@${version}/dist/clinic-ui.js`,
    );

    // A blank page holding only the pasted snippet; the CDN answers with the built files.
    const blank = await context.newPage();
    const blankLog = watchPage(blank);
    const cdn = `https://cdn.jsdelivr.net/npm/@clinic-ui/widgets@${version}/dist/`;
    const served: string[] = [];
    await blank.route(`${cdn}*`, (route) => {
      const file = route.request().url().slice(cdn.length);
      served.push(file);
      return route.fulfill({
        path: file === 'clinic-ui.js' ? bundlePath : stylesheetPath,
        headers: { 'Access-Control-Allow-Origin': '*' },
        contentType: file.endsWith('.js') ? 'text/javascript' : 'text/css',
      });
    });
    await blank.route('http://blank.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Blank</title></head><body><main>${copied}</main></body></html>`,
      }),
    );
    await blank.goto('http://blank.test/');
    await blank.waitForFunction(
      () => document.querySelector('clinic-faq')?.shadowRoot?.querySelector('[part="trigger"]'),
      undefined,
      { timeout: 15_000 },
    );
    const shown = await blank.evaluate(() => {
      const shadow = document.querySelector('clinic-faq')!.shadowRoot!;
      return {
        heading: shadow.querySelector('[part="heading"]')?.textContent,
        questions: [...shadow.querySelectorAll('[part="trigger"]')].map((node) => node.textContent),
        answers: [...shadow.querySelectorAll('[part="panel"]')].map((node) =>
          node.textContent?.replace(/\s+/g, ' ').trim(),
        ),
      };
    });
    expect(shown.heading).toBe('Visiting Fernhollow');
    expect(shown.questions[0]).toBe('Is parking free at Fernhollow?');
    expect(shown.answers[0]).toBe('Yes, behind the clinic on Quay Street.');
    expect(served.sort()).toEqual(['clinic-ui.css', 'clinic-ui.js']);
    // An integrity mismatch would be a console error (and nothing would render).
    expect(blankLog.consoleErrors).toEqual([]);
    expect(blankLog.warnings).toEqual([]);
    await blank.close();
  });

  it('switches the paste-step tabs with the arrow keys', async () => {
    const wordpress = builder().getByRole('tab', { name: 'WordPress' });
    await tabToControl(wordpress);
    await page.keyboard.press('ArrowRight');
    const squarespace = builder().getByRole('tab', { name: 'Squarespace' });
    await expect.poll(() => squarespace.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => builder().getByRole('tabpanel').textContent()).toContain('choose Code');
  });

  it('has no axe-core WCAG 2.x A/AA violations', async () => {
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      const results = await axe.run(
        { include: [['[data-snippet-builder]']] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
    }, wcagTags);
    expect(violations).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
