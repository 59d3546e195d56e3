// @vitest-environment node
// Checks the built package's published metadata: custom-elements.json (from the elements' JSDoc)
// documents the public contract, and the integrity hash matches the bundle.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { messageTables } from '@clinic-ui/react/internal';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url));
const pkg = JSON.parse(read('package.json').toString()) as Record<string, string>;

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
const manifest = JSON.parse(read(pkg.customElements!).toString()) as {
  modules: { declarations: Declaration[] }[];
};
const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations)
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName!, declaration]),
);
const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name);

// The public contract from the product brief: names may grow, never change.
const contract: Record<string, string[]> = {
  'clinic-key-takeaways': ['heading', 'heading-level'],
  'clinic-comparison-table': ['highlight-label', 'heading-level'],
  'clinic-byline': [
    'author-name',
    'author-credentials',
    'author-url',
    'reviewer-name',
    'reviewer-credentials',
    'reviewer-url',
    'published',
    'reviewed',
    'read-minutes',
    'structured-data',
  ],
  'clinic-quiz-cta': ['condition', 'href', 'heading', 'label', 'heading-level'],
  'clinic-booking-cta': [
    'href',
    'heading',
    'label',
    'locations',
    'phone',
    'accepting',
    'heading-level',
  ],
  'clinic-faq': ['heading', 'structured-data', 'heading-level'],
  'clinic-quiz-cta-group': ['label'],
  'clinic-screener': [
    'instrument',
    'bands',
    'booking-href',
    'region',
    'paged',
    'heading',
    'heading-level',
  ],
};

describe('custom-elements.json', () => {
  it('documents exactly the elements of the contract', () => {
    expect([...elements.keys()].sort()).toEqual(Object.keys(contract).sort());
  });

  it.each(Object.entries(contract))(
    'documents every attribute of <%s>, and theme',
    (tag, attributes) => {
      expect(names(elements.get(tag)!.attributes).sort()).toEqual([...attributes, 'theme'].sort());
    },
  );

  it('documents the parts, the token CSS properties, the problem event and, for calls to action, the click event', () => {
    for (const [tag, element] of elements) {
      expect(names(element.cssParts), tag).toEqual(expect.arrayContaining(['block', 'root']));
      expect(names(element.cssProperties), tag).toContain('--clinic-color-brand');
    }
    expect(names(elements.get('clinic-quiz-cta')!.events)).toEqual([
      'clinic-cta-click',
      'clinic-problem',
    ]);
    expect(names(elements.get('clinic-booking-cta')!.events)).toEqual([
      'clinic-cta-click',
      'clinic-problem',
    ]);
    for (const [tag, element] of elements)
      expect(names(element.events), tag).toContain('clinic-problem');
    expect(names(elements.get('clinic-screener')!.events)).toEqual([
      'clinic-cta-click',
      'clinic-problem',
    ]);
    expect(names(elements.get('clinic-faq')!.slots)).toEqual(['']);
    expect(names(elements.get('clinic-screener')!.slots)).toEqual(['', 'crisis']);
  });
});

describe('the script-tag bundle', () => {
  it('is what jsdelivr and unpkg serve', () => {
    expect(pkg.jsdelivr).toBe('dist/clinic-ui.js');
    expect(pkg.unpkg).toBe('dist/clinic-ui.js');
  });

  it('has a sha384 integrity hash that matches the built file', () => {
    const { integrity } = JSON.parse(read('dist/integrity.json').toString()) as {
      integrity: string;
    };
    const expected = `sha384-${createHash('sha384').update(read('dist/clinic-ui.js')).digest('base64')}`;
    expect(integrity).toBe(expected);
  });

  it.each(['dist/clinic-ui.js', 'dist/clinic-screener.js'])(
    "%s needs no eval or new Function, which a strict CSP (no 'unsafe-eval') forbids",
    (file) => {
      const code = read(file).toString();
      expect(code).not.toMatch(/\beval\(|new Function\(|setTimeout\(["'`]/);
    },
  );
});

describe("the self-screener's script, clinic-screener.js", () => {
  const integrity = JSON.parse(read('dist/integrity.json').toString()) as {
    screener: { file: string; integrity: string };
  };

  it('is published, with a sha384 integrity hash that matches the built file', () => {
    expect((pkg.exports as unknown as Record<string, string>)['./clinic-screener.js']).toBe(
      './dist/clinic-screener.js',
    );
    expect(integrity.screener.file).toBe('dist/clinic-screener.js');
    expect(integrity.screener.integrity).toBe(
      `sha384-${createHash('sha384').update(read('dist/clinic-screener.js')).digest('base64')}`,
    );
  });

  it('defines only <clinic-screener>, and clinic-ui.js never defines it', () => {
    const screener = read('dist/clinic-screener.js').toString();
    const main = read('dist/clinic-ui.js').toString();
    expect(screener).toContain('"clinic-screener"');
    for (const tag of Object.keys(contract).filter((name) => name !== 'clinic-screener')) {
      expect(screener, tag).not.toContain(`"${tag}"`);
      expect(main, tag).toContain(`"${tag}"`);
    }
    expect(main).not.toContain('clinic-screener');
  });

  it("carries none of the other blocks' built-in strings, in any language", () => {
    const screener = read('dist/clinic-screener.js').toString();
    const strings = Object.values(messageTables).flatMap((table) =>
      Object.values(table).flatMap((block: object) =>
        Object.values(block).filter((value): value is string => typeof value === 'string'),
      ),
    );
    expect(strings.length).toBeGreaterThan(10);
    for (const text of strings) expect(screener, text).not.toContain(JSON.stringify(text));
  });
});
