// Settings > Clinic UI in real WordPress: the contrast check is createClinicTheme's (same pairs,
// same ratios), an administrator's brand colour reaches the published page as a stylesheet, and a
// failing pair is refused with the pair named.
import { createClinicTheme, type ClinicThemeOverrides } from '@clinic-ui/tokens';
import { contrastRatio, describeContrast } from '@clinic-ui/tokens/contrast';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, logIn, siteContext } from './browser.ts';
import { probe, users } from './wordpress.ts';
import { article, sites } from './support.ts';

interface PhpResult {
  base: string;
  foreground: string;
  background: string;
  minimum: number;
  ratio: number;
  passes: boolean;
}

const option = 'clinic_ui_blocks_theme';

/** The saved site theme (PHP sends an empty colour list as []). */
async function savedTheme(url: string) {
  const { value } = await probe<{
    value: { theme: string; colors: Record<string, string> } | null;
  }>(url, 'get-option', { name: option });
  return { theme: value?.theme ?? 'calm', colors: { ...value?.colors } };
}

/** Sample colours: extremes, both hex lengths, and a spread of pseudo-random ones (fixed seed). */
function sampleColors(): string[] {
  let seed = 20_260_112;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  const random = Array.from(
    { length: 24 },
    () => `#${(next() % 0x1000000).toString(16).padStart(6, '0')}`,
  );
  return ['#000', '#fff', '#777777', '#767676', '#0b0', '#1f5f7a', '#8CE', ...random];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(sites)('WordPress $wp on PHP $php', ({ url }) => {
  test('PHP measures the same WCAG ratios as @clinic-ui/tokens/contrast', async () => {
    const colors = sampleColors();
    const pairs = colors.flatMap((foreground, index) =>
      colors.slice(index + 1, index + 6).map((background) => [foreground, background]),
    );
    const { ratios } = await probe<{ ratios: number[] }>(url, 'contrast', { pairs });
    expect(ratios).toHaveLength(pairs.length);
    pairs.forEach(([foreground, background], index) => {
      expect(ratios[index], `${foreground} on ${background}`).toBeCloseTo(
        contrastRatio(foreground!, background!),
        9,
      );
    });
  });

  test.each<[string, string, ClinicThemeOverrides['color']]>([
    ['calm', 'calm', {}],
    ['warm', 'warm', { brand: '#5b3f8c' }],
    ['dark', 'dark', { brand: '#1f5f7a', accent: '#ffcc00' }],
    ['auto, in its light scheme', 'calm', { brand: '#9ad', onBrand: '#123' }],
    ['auto, in its dark scheme', 'dark', { brand: '#9ad', onBrand: '#123' }],
  ])(
    'the check of %s with brand colours is createClinicTheme’s: every pair, ratio and verdict',
    async (label, base, colors) => {
      const theme = label.startsWith('auto') ? 'auto' : base;
      const { results } = await probe<{ results: PhpResult[] }>(url, 'check-theme', {
        theme,
        colors,
      });
      const expected = createClinicTheme(
        { color: colors },
        { base: base as 'calm', onContrastFailure: 'ignore' },
      ).contrast;
      const measured = results.filter((result) => result.base === base);
      expect(
        measured.map(({ foreground, background, minimum, passes }) => ({
          foreground,
          background,
          minimum,
          passes,
        })),
      ).toEqual(
        expected.map(({ foreground, background, minimum, passes }) => ({
          foreground,
          background,
          minimum,
          passes,
        })),
      );
      measured.forEach((result, index) =>
        expect(result.ratio).toBeCloseTo(expected[index]!.ratio, 9),
      );
    },
  );

  test('auto checks brand colours in both colour schemes and names the scheme that fails', async () => {
    const { value, errors } = await probe<{ value: unknown; errors: string[] }>(
      url,
      'sanitize-theme',
      { value: { theme: 'auto', colors: { brand: '#5b3f8c' } } },
    );
    const failures = createClinicTheme(
      { color: { brand: '#5b3f8c' } },
      { base: 'dark', onContrastFailure: 'ignore' },
    ).contrastFailures;
    expect(failures.length).toBeGreaterThan(0);
    expect(errors).toHaveLength(1);
    for (const failure of failures)
      expect(errors[0]).toContain(`${describeContrast(failure)} in the dark colour scheme`);
    expect(errors[0]).not.toContain('calm colour scheme');
    // Refused: the saved settings (none) stay.
    expect(value).toMatchObject({ theme: 'calm' });
    expect(Object.keys((value as { colors: object }).colors)).toEqual([]);
  });

  test('bad input is refused, naming the field', async () => {
    const notHex = await probe<{ errors: string[] }>(url, 'sanitize-theme', {
      value: { theme: 'warm', colors: { accent: 'red; } body { display: none' } },
    });
    expect(notHex.errors).toEqual([
      'Accent colour: "red; } body { display: none" is not a hex colour such as #1f5f7a. The settings were not saved.',
    ]);
    const unknown = await probe<{ errors: string[] }>(url, 'sanitize-theme', {
      value: { theme: 'neon' },
    });
    expect(unknown.errors).toEqual([
      'Site theme: "neon" is not a Clinic UI theme. The settings were not saved.',
    ]);
  });

  test('an administrator sets a brand colour: refused when a pair fails (named), else the published page links the theme stylesheet and the blocks use the colour', async () => {
    const settingsUrl = `${url}/wp-admin/options-general.php?page=clinic-ui-blocks`;
    const context = await siteContext(browser, url, { documentsOnly: true });
    const readers = await siteContext(browser, url);
    try {
      const page = await context.newPage();
      await logIn(page, url, users.admin, settingsUrl);
      await page.selectOption('#clinic-ui-blocks-theme', 'warm');

      // Light blue text on cream: below 4.5:1 for links; white on it below 4.5:1 for buttons.
      await page.fill('#clinic-ui-blocks-color-brand', '#9ad');
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      const refused = (await page.locator('.notice-error').innerText()).replace(/\s+/g, ' ');
      for (const failure of createClinicTheme(
        { color: { brand: '#9ad' } },
        { base: 'warm', onContrastFailure: 'ignore' },
      ).contrastFailures)
        expect(refused).toContain(describeContrast(failure));
      expect(refused).toContain('brand on surface');
      expect(refused).toContain('onBrand on brand');
      expect(await page.locator('#setting-error-settings_updated').count()).toBe(0);
      expect(await savedTheme(url)).toEqual({ theme: 'calm', colors: {} });

      // A deep purple passes every pair over warm.
      await page.selectOption('#clinic-ui-blocks-theme', 'warm');
      await page.fill('#clinic-ui-blocks-color-brand', '#5b3f8c');
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      await page.locator('#setting-error-settings_updated').waitFor();
      expect(await page.locator('.notice-error').count()).toBe(0);
      expect(await page.inputValue('#clinic-ui-blocks-color-brand')).toBe('#5b3f8c');
      expect(await savedTheme(url)).toEqual({ theme: 'warm', colors: { brand: '#5b3f8c' } });

      const post = await probe<{ url: string }>(url, 'save', {
        user: users.author.login,
        title: 'Brand colours',
        content: article,
      });
      const reader = await readers.newPage();
      const response = await reader.goto(post.url, { waitUntil: 'load' });
      const html = (await response?.text()) ?? '';
      const head = html.slice(0, html.indexOf('</head>'));
      const link = head.match(
        /<link\b[^>]*id=['"]clinic-ui-theme-css['"][^>]*href=['"]([^'"]+)['"]/,
      );
      expect(link?.[1]).toMatch(
        new RegExp(`^${url}/wp-content/uploads/clinic-ui-blocks/theme-[0-9a-f]{12}\\.css$`),
      );
      // A stylesheet, not inline style.
      expect(html).not.toMatch(/<style\b[^>]*clinic-ui/);
      const css = await (await fetch(link![1]!)).text();
      expect(css).toContain('--clinic-color-brand: #5b3f8c;');
      expect(css).toContain(
        `--clinic-color-surface: ${createClinicTheme({}, { base: 'warm' }).values.color.surface};`,
      );

      const colours = await reader.evaluate(async () => {
        await customElements.whenDefined('clinic-booking-cta');
        const element = document.querySelector('clinic-booking-cta') as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        await element.updateComplete;
        const root = element.shadowRoot!.querySelector('[part~="root"]')!;
        return {
          edge: getComputedStyle(root).borderInlineStartColor,
          surface: getComputedStyle(element).getPropertyValue('--clinic-color-surface').trim(),
        };
      });
      // The card's brand edge, and the warm theme's surface from the same stylesheet.
      expect(colours).toEqual({
        edge: 'rgb(91, 63, 140)',
        surface: createClinicTheme({}, { base: 'warm' }).values.color.surface,
      });
    } finally {
      await context.close();
      await readers.close();
      await probe(url, 'delete-option', { name: option });
    }
  });

  test('the settings page speaks Spanish to a Spanish-speaking administrator', async () => {
    await probe(url, 'user-locale', { user: users.admin.login, locale: 'es_ES' });
    const context = await siteContext(browser, url, { documentsOnly: true });
    try {
      const page = await context.newPage();
      const settingsUrl = `${url}/wp-admin/options-general.php?page=clinic-ui-blocks`;
      await logIn(page, url, users.admin, settingsUrl);
      expect(await page.locator('label[for="clinic-ui-blocks-theme"]').innerText()).toBe(
        'Tema del sitio',
      );
      await page.fill('#clinic-ui-blocks-color-brand', '#9ad');
      await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
      const refused = (await page.locator('.notice-error').innerText()).replace(/\s+/g, ' ');
      expect(refused).toContain('No se han guardado los colores');
      expect(refused).toContain('brand on surface');
    } finally {
      await context.close();
      await probe(url, 'user-locale', { user: users.admin.login, locale: '' });
    }
  });

  test('only administrators reach the settings', async () => {
    const context = await siteContext(browser, url, { documentsOnly: true });
    try {
      const page = await context.newPage();
      await logIn(page, url, users.author, `${url}/wp-admin/profile.php`);
      const response = await page.goto(`${url}/wp-admin/options-general.php?page=clinic-ui-blocks`);
      expect(response?.status()).toBe(403);
      expect(await page.locator('#clinic-ui-blocks-theme').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
