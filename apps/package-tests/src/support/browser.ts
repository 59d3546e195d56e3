import { chromiumArgs, findChromium } from '@clinic-ui/testing';
import { chromium, type Browser, type Page } from 'playwright-core';

let browser: Promise<Browser> | undefined;

/** One headless Chromium for the whole file, started on first use. */
export function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  if (browser) await (await browser).close();
  browser = undefined;
}

/**
 * Opens `url` in a fresh page and records what a user's console would show: console errors,
 * uncaught exceptions and failed requests (4xx/5xx or network failures).
 */
export async function openPage(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (await getBrowser()).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}
