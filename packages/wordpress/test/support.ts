// Shared pieces of the plugin's tests: the fixtures, the manifest, and HTML parsed as a browser would.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { readElements, widgetsDir, widgetsVersion } from '../scripts/manifest.mjs';
import { fixturesDir } from './wordpress.ts';

export { widgetsDir, widgetsVersion };

/** Every element of the widgets' manifest (the seven tags, with the quiz group). */
export const elements = readElements();
export const tags = elements.map((element) => element.tag);

/** A post with every element and many of their attributes, as an author pastes it. */
export const article = readFileSync(join(fixturesDir, 'article.html'), 'utf8');
/** Script, event handlers, javascript: and data: links, and an undocumented clinic-* tag. */
export const hostile = readFileSync(join(fixturesDir, 'hostile.html'), 'utf8');

export const sites = inject('sites');

export function parse(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

/** The outermost clinic-* elements of some HTML, in document order. */
export function clinicElements(html: string): Element[] {
  return [...parse(html).querySelectorAll('*')].filter(
    (element) =>
      element.localName.startsWith('clinic-') && !element.parentElement?.closest(tags.join(',')),
  );
}

/** Each clinic-* element (nested ones too) as tag and attributes. */
export function describeElements(html: string) {
  return [...parse(html).querySelectorAll(tags.join(','))].map((element) => ({
    tag: element.localName,
    attributes: Object.fromEntries(
      [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
    ),
  }));
}
