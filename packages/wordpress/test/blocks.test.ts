// @vitest-environment jsdom
// The blocks. The block editor cannot run here (the Playground build of WordPress has none of its
// scripts), so its parts are checked apart: the plugin's built editor.js registers the blocks with
// the real @wordpress/blocks (the version WordPress 6.5 ships, from runtime/), which creates,
// serializes, parses and validates them as the editor does on insert, save and reload; WordPress
// itself registers the same blocks, keeps their markup through kses for an Author, and serves the
// published page, which real Chromium renders.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { blocks as blockMetadata, blockJson, attributeKey } from '../scripts/blocks.mjs';
import { launchBrowser, renderedElements, siteContext } from './browser.ts';
import { article, describeElements, elements, parse, sites, tags } from './support.ts';
import { pluginDir, probe, runtimeModules, users } from './wordpress.ts';

interface BlockInstance {
  name: string;
  attributes: Record<string, unknown>;
  isValid: boolean;
  validationIssues?: unknown[];
}
interface BlocksApi {
  registerBlockType: unknown;
  getCategories(): { slug: string; title: string }[];
  setCategories(categories: { slug: string; title: string }[]): void;
  getBlockTypes(): { name: string; category: string; title: string; attributes: object }[];
  unregisterBlockType(name: string): void;
  createBlock(name: string, attributes: Record<string, unknown>): BlockInstance;
  serialize(blocks: BlockInstance[]): string;
  parse(html: string): BlockInstance[];
  validateBlock(block: BlockInstance): [boolean, unknown[]];
}
interface I18nApi {
  setLocaleData(data: object, domain: string): void;
  resetLocaleData(data?: object, domain?: string): void;
  __(text: string, domain: string): string;
}

const runtime = createRequire(join(runtimeModules, 'package.json'));
const wpBlocks = runtime('@wordpress/blocks') as BlocksApi;
const wpI18n = runtime('@wordpress/i18n') as I18nApi;
const wp = { blocks: wpBlocks, element: runtime('@wordpress/element') as unknown, i18n: wpI18n };
const editorScript = readFileSync(join(pluginDir, 'assets', 'editor.js'), 'utf8');

// WordPress passes the editor the categories of block_categories_all, the plugin's included.
wpBlocks.setCategories([{ slug: 'clinic-ui', title: 'Clinic UI' }, ...wpBlocks.getCategories()]);

/** Runs the plugin's built editor.js as WordPress would, with wp.* as the page's globals. */
function loadEditorScript() {
  for (const type of wpBlocks.getBlockTypes())
    if (type.name.startsWith('clinic-ui/')) wpBlocks.unregisterBlockType(type.name);
  (runInThisContext(`(function (wp) {\n${editorScript}\n})`) as (globals: typeof wp) => void)(wp);
  return wpBlocks.getBlockTypes().filter((type) => type.name.startsWith('clinic-ui/'));
}

/** One block per element, with the attributes and content of that element in the sample article. */
function sampleBlocks(): BlockInstance[] {
  const document = parse(article);
  return elements.map((element) => {
    const source = document.querySelector(element.tag)!;
    const attributes: Record<string, unknown> = { content: source.innerHTML };
    for (const attribute of element.attributes) {
      if (!source.hasAttribute(attribute.name)) continue;
      attributes[attributeKey(attribute.name)] =
        attribute.type === 'boolean' ? true : source.getAttribute(attribute.name);
    }
    return wpBlocks.createBlock(`clinic-ui/${element.tag.replace(/^clinic-/, '')}`, attributes);
  });
}

/** The elements a reader gets from the first element of each tag in the sample article. */
const expectedElements = () => {
  const document = parse(article);
  return describeElements(tags.map((tag) => document.querySelector(tag)!.outerHTML).join('\n'));
};

describe('the editor script with @wordpress/blocks (WordPress 6.5’s version)', () => {
  test('registers one block per element of the manifest, in the Clinic UI category, with the attributes of block.json', () => {
    const registered = loadEditorScript();
    const metadata = blockMetadata();
    expect(registered.map((type) => type.name).sort()).toEqual(
      tags.map((tag) => `clinic-ui/${tag.replace(/^clinic-/, '')}`).sort(),
    );
    for (const type of registered) {
      expect(type.category).toBe('clinic-ui');
      const json = JSON.parse(
        readFileSync(join(pluginDir, 'blocks', type.name.split('/')[1]!, 'block.json'), 'utf8'),
      ) as { attributes: object };
      expect(json).toEqual(blockJson(metadata.find((block) => block.name === type.name)!));
      expect(type.attributes).toEqual(json.attributes);
    }
  });

  test('each block inserts, saves as the element’s own markup, and reloads valid with the same attributes', () => {
    loadEditorScript();
    const inserted = sampleBlocks();
    const saved = wpBlocks.serialize(inserted);
    // Without the block comments, the post is the elements as an author would paste them.
    expect(describeElements(saved.replace(/<!--[\s\S]*?-->/g, ''))).toEqual(expectedElements());
    const reloaded = wpBlocks.parse(saved);
    expect(reloaded.map((block) => block.name)).toEqual(inserted.map((block) => block.name));
    reloaded.forEach((block, index) => {
      expect(block.isValid, `${block.name}: ${JSON.stringify(block.validationIssues)}`).toBe(true);
      expect(wpBlocks.validateBlock(block)[0]).toBe(true);
      expect(block.attributes).toEqual(inserted[index]!.attributes);
    });
  });

  test('a block whose markup was changed outside the editor is reported invalid (the check can fail)', () => {
    loadEditorScript();
    const saved = wpBlocks.serialize(sampleBlocks().slice(0, 1));
    const tampered = saved.replace(/<clinic-([a-z-]+)/, '<clinic-$1 data-x="1"');
    expect(tampered).not.toBe(saved);
    // The validator logs the mismatch, as the editor's console would show it.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(wpBlocks.parse(tampered)[0]!.isValid).toBe(false);
      expect(logged).toHaveBeenCalled();
      expect(String(warned.mock.calls[0]?.[0])).toContain('Expected attributes');
    } finally {
      logged.mockRestore();
      warned.mockRestore();
    }
  });

  test('editor strings and block titles in Spanish, from the JSON translations the build writes', () => {
    const jed = JSON.parse(
      readFileSync(
        join(pluginDir, 'languages', 'clinic-ui-blocks-es_ES-clinic-ui-blocks-editor.json'),
        'utf8',
      ),
    ) as { locale_data: { messages: object } };
    wpI18n.setLocaleData(jed.locale_data.messages, 'clinic-ui-blocks');
    try {
      const registered = loadEditorScript();
      expect(registered.find((type) => type.name === 'clinic-ui/faq')?.title).toBe(
        'Preguntas frecuentes',
      );
      expect(registered.find((type) => type.name === 'clinic-ui/key-takeaways')?.title).toBe(
        'Puntos clave',
      );
      expect(wpI18n.__('Content (HTML)', 'clinic-ui-blocks')).toBe('Contenido (HTML)');
    } finally {
      wpI18n.resetLocaleData(undefined, 'clinic-ui-blocks');
      loadEditorScript();
    }
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(sites)('WordPress $wp on PHP $php', ({ url }) => {
  test('WordPress registers the same blocks, the category and the editor script with its Spanish translations', async () => {
    const state = await probe<{
      blocks: Record<string, { category: string; attributes: object; editor_script: string[] }>;
      categories: string[];
      translations: string | false;
    }>(url, 'blocks');
    expect(Object.keys(state.blocks).sort()).toEqual(
      blockMetadata()
        .map((block) => block.name)
        .sort(),
    );
    for (const metadata of blockMetadata()) {
      const registered = state.blocks[metadata.name]!;
      expect(registered.category).toBe('clinic-ui');
      expect(registered.editor_script).toEqual(['clinic-ui-blocks-editor']);
      expect(Object.keys(registered.attributes)).toEqual(
        expect.arrayContaining(Object.keys(metadata.attributes)),
      );
    }
    expect(state.categories).toContain('clinic-ui');
    const jed = JSON.parse(state.translations as string) as {
      locale_data: { messages: Record<string, string[]> };
    };
    expect(jed.locale_data.messages['Content (HTML)']).toEqual(['Contenido (HTML)']);
  });

  test('blocks saved by an Author survive kses, reload valid, and the published page renders every element', async () => {
    loadEditorScript();
    const content = wpBlocks.serialize(sampleBlocks());
    const saved = await probe<{ url: string; content: string; unfiltered_html: boolean }>(
      url,
      'save',
      { user: users.author.login, title: 'Blocks', content },
    );
    expect(saved.unfiltered_html).toBe(false);
    // What the editor gets back on reload: every block valid, nothing lost to kses.
    const reloaded = wpBlocks.parse(saved.content);
    expect(reloaded).toHaveLength(tags.length);
    for (const block of reloaded)
      expect(block.isValid, `${block.name}: ${JSON.stringify(block.validationIssues)}`).toBe(true);
    expect(reloaded.map((block) => block.attributes)).toEqual(
      wpBlocks.parse(content).map((block) => block.attributes),
    );

    const context = await siteContext(browser, url);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(saved.url, { waitUntil: 'load' });
      const rendered = await renderedElements(page);
      expect(rendered.map((element) => element.tag)).toEqual(
        describeElements(content.replace(/<!--[\s\S]*?-->/g, '')).map((element) => element.tag),
      );
      for (const element of rendered) expect(element.rendered, element.tag).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
