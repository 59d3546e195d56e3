// The plugin inside real WordPress (Playground): installing the built zip, kses for authors,
// wpautop in classic content, and how the assets are enqueued.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { probe, users } from './wordpress.ts';
import {
  article,
  clinicElements,
  describeElements,
  hostile,
  parse,
  sites,
  tags,
  widgetsDir,
  widgetsVersion,
} from './support.ts';

interface Saved {
  id: number;
  url: string;
  content: string;
  rendered: string;
  unfiltered_html: boolean;
  error?: string;
}

const integrity = JSON.parse(readFileSync(join(widgetsDir, 'dist', 'integrity.json'), 'utf8')) as {
  integrity: string;
  stylesheet: { integrity: string };
};

describe.each(sites)('WordPress $wp on PHP $php', ({ url, wp, php }) => {
  test('the built zip installs and activates, at the version of the widgets it ships', async () => {
    const state = await probe(url, 'state');
    expect(state).toMatchObject({
      active: true,
      version: widgetsVersion,
      requires: { wp: '6.4', php: '7.4' },
    });
    expect(state.php).toMatch(new RegExp(`^${php.replace('.', '\\.')}\\.`));
    expect(state.wp).toMatch(new RegExp(`^${wp.replace('.', '\\.')}\\.`));
  });

  test.each([users.author.login, users.contributor.login])(
    '%s (no unfiltered_html) saves every element with its documented attributes',
    async (user) => {
      const saved = await probe<Saved>(url, 'save', {
        user,
        title: 'Winter mood',
        content: article,
      });
      expect(saved.error).toBeUndefined();
      expect(saved.unfiltered_html).toBe(false);
      const described = describeElements(saved.content);
      expect(new Set(described.map((element) => element.tag))).toEqual(new Set(tags));
      expect(described).toEqual(describeElements(article));
      // The light DOM inside the elements is kept too.
      expect(parse(saved.content).querySelectorAll('clinic-faq details summary')).toHaveLength(2);
      expect(parse(saved.content).querySelector('th[data-highlight]')?.textContent).toBe(
        'Talk therapy',
      );
    },
  );

  test('nothing else is loosened: no script, no on* attributes, no javascript: or data: links', async () => {
    const saved = await probe<Saved>(url, 'save', {
      user: users.author.login,
      title: 'Hostile',
      content: hostile,
    });
    expect(saved.error).toBeUndefined();
    expect(saved.content).not.toMatch(/<script/i);
    expect(saved.content).not.toMatch(/\son[a-z]+=/i);
    expect(saved.content).not.toMatch(/javascript:/i);
    expect(saved.content).not.toMatch(/data:/i);
    // The elements and their safe attributes stay; an undocumented clinic-* tag does not.
    const described = describeElements(saved.content);
    expect(described.map((element) => element.tag)).toEqual([
      'clinic-quiz-cta',
      'clinic-byline',
      'clinic-faq',
    ]);
    expect(described[0]?.attributes).toMatchObject({ condition: 'panic' });
    expect(described[1]?.attributes).toMatchObject({
      'author-name': 'Ilse Marrow',
      published: '2026-01-12',
    });
    expect(saved.content).not.toContain('<clinic-unknown-thing');
    expect(saved.content).toContain('kept text');
  });

  test('classic content: wpautop leaves the inside of every element alone, and the rest gets paragraphs', async () => {
    const { rendered } = await probe<{ rendered: string }>(url, 'render', { content: article });
    const before = clinicElements(article).map((element) => element.outerHTML);
    const after = clinicElements(rendered);
    expect(after.map((element) => element.outerHTML)).toEqual(before);
    for (const element of after) expect(element.parentElement?.localName).toBe('body');
    // wpautop still formats the text between the elements.
    expect(parse(rendered).querySelector('body > p')?.textContent).toContain('Shorter days');
    expect(rendered).not.toMatch(/<br \/>\s*<\/details>/);
  });

  test('the assets: in the head, deferred, once, from the plugin, only on pages that use an element', async () => {
    const saved = await probe<Saved>(url, 'save', {
      user: users.author.login,
      title: 'Assets',
      content: article,
    });
    const html = await (await fetch(saved.url)).text();
    const document = parse(html.replace(/^[\s\S]*?<body[^>]*>/i, '')); // the page, for counting
    const head = html.slice(0, html.indexOf('</head>'));
    const pluginAssets = `${url}/wp-content/plugins/clinic-ui-blocks/assets/`;
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*clinic-ui\.js[^"]*)"[^>]*>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe(`${pluginAssets}clinic-ui.js?ver=${widgetsVersion}`);
    expect(scripts[0]![0]).toMatch(/\sdefer[\s=>]/);
    expect(head).toContain(scripts[0]![0]);
    const styles = [...html.matchAll(/<link\b[^>]*\bhref='?"?([^'"]*clinic-ui\.css[^'"]*)/g)];
    expect(styles).toHaveLength(1);
    expect(styles[0]![1]).toBe(`${pluginAssets}clinic-ui.css?ver=${widgetsVersion}`);
    expect(head).toContain(styles[0]![0]);
    // No inline script of the plugin's.
    expect(html).not.toMatch(/<script\b[^>]*id=["']clinic-ui-js-(before|after|extra)/);
    expect(document.querySelectorAll(tags.join(',')).length).toBeGreaterThan(0);
    // The copy served is the widgets' build, byte for byte.
    const served = Buffer.from(await (await fetch(scripts[0]![1]!)).arrayBuffer());
    expect(served.equals(readFileSync(join(widgetsDir, 'dist', 'clinic-ui.js')))).toBe(true);

    const plain = await probe<Saved>(url, 'save', {
      user: users.author.login,
      title: 'No elements',
      content: '<p>Opening hours change in December.</p>',
    });
    const plainHtml = await (await fetch(plain.url)).text();
    expect(plainHtml).toContain('Opening hours change in December.');
    expect(plainHtml).not.toContain('clinic-ui');
  });

  test('CDN mode: the pinned version with Subresource Integrity', async () => {
    const saved = await probe<Saved>(url, 'save', {
      user: users.author.login,
      title: 'CDN',
      content: article,
    });
    await probe(url, 'option', { name: 'clinic_ui_blocks_asset_source', value: 'cdn' });
    try {
      const html = await (await fetch(saved.url)).text();
      const base = `https://cdn.jsdelivr.net/npm/@clinic-ui/widgets@${widgetsVersion}/dist/`;
      const script = html.match(/<script\b[^>]*clinic-ui\.js[^>]*>/)?.[0] ?? '';
      expect(script).toContain(`src="${base}clinic-ui.js"`);
      expect(script).toContain(`integrity="${integrity.integrity}"`);
      expect(script).toContain('crossorigin="anonymous"');
      expect(script).toMatch(/\sdefer[\s=>]/);
      const link = html.match(/<link\b[^>]*clinic-ui\.css[^>]*>/)?.[0] ?? '';
      expect(link).toMatch(
        new RegExp(`href=['"]${base.replaceAll('.', '\\.')}clinic-ui\\.css['"]`),
      );
      expect(link).toContain(`integrity="${integrity.stylesheet.integrity}"`);
      expect(link).toContain('crossorigin="anonymous"');
    } finally {
      await probe(url, 'option', { name: 'clinic_ui_blocks_asset_source', value: 'local' });
    }
  });
});
