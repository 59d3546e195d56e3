// Published pages in real Chromium: what a reader of a WordPress site sees, after an Author (no
// unfiltered_html) saves the post through the REST API as the block editor does.
import { chromiumArgs, findChromium } from '@clinic-ui/testing';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderedElements } from './browser.ts';
import { probe, users } from './wordpress.ts';
import { article, describeElements, sites, tags } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
});

/** Texts of the article that a reader must see, with or without the plugin. */
const articleTexts = [
  'Ilse Marrow',
  'Low mood in winter is common and often treatable.',
  'Talk therapy',
  'Bright light each morning',
  'A short, private self-check.',
  'Same-week appointments.',
  'Is a light box safe for everyone?',
  'Ask first if you have an eye condition.',
];

/** Logs in through wp-login.php and saves a post through the REST API with the user's nonce. */
async function saveAsAuthor(url: string, content: string) {
  const context = await browser.newContext();
  // Pages are served by PHP compiled to wasm on one worker: slow on a busy 2-core machine.
  context.setDefaultTimeout(180_000);
  try {
    // The Playground build of WordPress leaves out the login screen's stylesheet and redirects to a
    // copy online: the admin side may not leave the machine (the reader's pages are checked below).
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === new URL(url).origin
        ? route.continue()
        : route.abort(),
    );
    const page = await context.newPage();
    // Straight from the login form to the REST nonce (no dashboard and its background requests).
    const nonceUrl = `${url}/wp-admin/admin-ajax.php?action=rest-nonce`;
    await page.goto(`${url}/wp-login.php?redirect_to=${encodeURIComponent(nonceUrl)}`, {
      waitUntil: 'domcontentloaded',
    });
    await page.fill('#user_login', users.author.login);
    await page.fill('#user_pass', users.author.password);
    await Promise.all([
      page.waitForURL(nonceUrl, { waitUntil: 'domcontentloaded' }),
      page.click('#wp-submit'),
    ]);
    const nonce = (await page.textContent('body'))?.trim() ?? '';
    expect(nonce).toMatch(/^[0-9a-f]{10}$/);
    const response = await page.request.post(`${url}/?rest_route=/wp/v2/posts&context=edit`, {
      headers: { 'X-WP-Nonce': nonce },
      data: { title: 'Winter blues or something more?', content, status: 'publish' },
    });
    expect(response.status()).toBe(201);
    return (await response.json()) as { id: number; link: string; content: { raw: string } };
  } finally {
    await context.close();
  }
}

/** A reader's page, recording console errors, warnings, uncaught errors and every request. */
async function openAsReader(link: string) {
  const context = await browser.newContext();
  // Pages are served by PHP compiled to wasm on one worker: slow on a busy 2-core machine.
  context.setDefaultTimeout(180_000);
  const page = await context.newPage();
  const log = { errors: [] as string[], warnings: [] as string[], requests: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error')
      log.errors.push(`${message.text()} (${message.location().url})`);
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('request', (request) => log.requests.push(request.url()));
  await page.goto(link, { waitUntil: 'load' });
  return { page, log, close: () => context.close() };
}

describe.each(sites)('WordPress $wp on PHP $php', ({ url }) => {
  let post: { id: number; link: string };

  test('an Author saves every element through the REST API and the published page renders them all, with no console errors and no request beyond the site', async () => {
    const saved = await saveAsAuthor(url, article);
    post = saved;
    expect(describeElements(saved.content.raw)).toEqual(describeElements(article));

    const reader = await openAsReader(saved.link);
    try {
      const rendered = await renderedElements(reader.page);
      expect(new Set(rendered.map((element) => element.tag))).toEqual(new Set(tags));
      expect(rendered).toHaveLength(describeElements(article).length);
      for (const element of rendered) expect(element.rendered, element.tag).toBe(true);
      // Each card renders its own text; the group lays the cards out around a slot.
      for (const element of rendered.filter(({ tag }) => tag !== 'clinic-quiz-cta-group'))
        expect(element.shadowText, element.tag).not.toBe('');
      expect(reader.log.errors).toEqual([]);
      expect(reader.log.warnings.filter((text) => text.includes('[clinic-ui]'))).toEqual([]);
      const origin = new URL(url).origin;
      const elsewhere = reader.log.requests.filter(
        (request) => new URL(request).origin !== origin && !request.startsWith(`blob:${origin}/`),
      );
      expect(elsewhere).toEqual([]);
      expect(reader.log.requests).toContain(
        `${url}/wp-content/plugins/clinic-ui-blocks/assets/clinic-ui.js?ver=${(await probe<{ version: string }>(url, 'state')).version}`,
      );
    } finally {
      await reader.close();
    }
  });

  test('classic content keeps its structure: every block shows all of its content', async () => {
    const reader = await openAsReader(post.link);
    try {
      const rendered = await renderedElements(reader.page);
      const shadowText = (tag: string) =>
        rendered
          .filter((element) => element.tag === tag)
          .map((element) => element.shadowText)
          .join(' | ');
      expect(shadowText('clinic-key-takeaways')).toContain(
        'Morning light and regular sleep can help.',
      );
      expect(shadowText('clinic-key-takeaways')).toContain('two weeks');
      expect(shadowText('clinic-comparison-table')).toContain('Our pick');
      expect(shadowText('clinic-comparison-table')).toContain('A few weeks');
      expect(shadowText('clinic-faq')).toContain('Is a light box safe for everyone?');
      expect(shadowText('clinic-faq')).toContain('Do I need a referral?');
      expect(shadowText('clinic-booking-cta')).toContain('Talk to our winter mood team');
      expect(shadowText('clinic-byline')).toContain('Tomas Reed');
      // The list, table and disclosures the widgets read are intact in the light DOM.
      const counts = await reader.page.evaluate(() => ({
        points: document.querySelectorAll('clinic-key-takeaways > ul > li').length,
        rows: document.querySelectorAll('clinic-comparison-table table tr').length,
        questions: document.querySelectorAll('clinic-faq > details > summary').length,
        strayBreaks: document.querySelectorAll('clinic-faq br, clinic-key-takeaways br').length,
      }));
      expect(counts).toEqual({ points: 3, rows: 3, questions: 2, strayBreaks: 0 });
    } finally {
      await reader.close();
    }
  });

  test('deactivating the plugin leaves the content readable', async () => {
    expect(await probe(url, 'deactivate')).toEqual({ active: false });
    try {
      const reader = await openAsReader(post.link);
      try {
        expect(reader.log.requests.some((request) => request.includes('clinic-ui'))).toBe(false);
        // A reader opens each question of the FAQ, now plain <details> (without the plugin,
        // wpautop's paragraphs may move them out of the unknown element: still readable).
        const questions = reader.page.locator('summary');
        expect(await questions.count()).toBe(2);
        for (let index = 0; index < 2; index += 1) await questions.nth(index).click();
        const text = await reader.page.evaluate(() => document.body.innerText);
        for (const expected of articleTexts) expect(text).toContain(expected);
      } finally {
        await reader.close();
      }
    } finally {
      expect(await probe(url, 'activate')).toEqual({ active: true });
    }
  });
});
